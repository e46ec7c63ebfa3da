#!/usr/bin/env node
/**
 * Live-preview latency on the largest corpus tree: time from saving a one-line change in one of cinder's .inc
 * files to the page's reload event (server-sent event received), and to the browser's load event of the
 * reloaded page (when /usr/bin/chromium is present), over 20 edits. Prints median and worst.
 *
 *   npm run build && node scripts/bench-serve.mjs [--edits 20] [--tree ../shared/corpus/cinder] [--no-browser]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const edits = Number(opt('--edits', '20'));
const tree = path.resolve(repo, opt('--tree', '../shared/corpus/cinder'));
const useBrowser = !args.includes('--no-browser') && fs.existsSync('/usr/bin/chromium');
const incName = opt('--inc', 'v3/volumes-v3-volumes.inc');

if (!fs.existsSync(path.join(tree, 'api-ref', 'source', 'index.rst'))) {
  console.error(`bench-serve: no api-ref tree at ${tree}`);
  process.exit(2);
}
const { startPreview } = await import(path.join(repo, 'dist', 'serve', 'index.js'));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-bench-'));
fs.cpSync(tree, work, { recursive: true });
const source = path.join(work, 'api-ref', 'source');
const inc = path.join(source, incName);
const rebuildMs = [];
const preview = await startPreview({ source, cwd: work, port: 0, log: (l) => console.log(l), onRebuild: (r) => rebuildMs.push(r.ms) });

// Our own event-stream client: the reload event as the page would get it.
const events = [];
let waiter = null;
const stream = http.get(new URL('/_apiref/events', preview.url), (res) => {
  let buf = '';
  res.setEncoding('utf8');
  res.on('data', (chunk) => {
    buf += chunk;
    let at;
    while ((at = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, at);
      buf = buf.slice(at + 2);
      if (/^event: rebuild$/m.test(block)) {
        const t = performance.now();
        events.push(t);
        if (waiter) waiter(t);
      }
    }
  });
});

let browser = null;
let page = null;
const pagePath = `${path.posix.dirname(incName)}/index.html`;
if (useBrowser) {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  await page.goto(preview.url + pagePath);
  await page.waitForFunction(() => !!window.__apirefLive && window.__apirefLive.source.readyState === 1);
}

const original = fs.readFileSync(inc, 'utf8');
const toEvent = [];
const toLoad = [];
for (let i = 0; i < edits; i++) {
  await new Promise((r) => setTimeout(r, 150));
  const gotEvent = new Promise((resolve) => (waiter = resolve));
  const loaded = page ? page.waitForEvent('load', { timeout: 60_000 }) : null;
  const t0 = performance.now();
  fs.writeFileSync(inc, `${original}\nBenchmark edit number ${i}.\n`);
  const t1 = await gotEvent;
  waiter = null;
  toEvent.push(t1 - t0);
  if (loaded) {
    await loaded;
    toLoad.push(performance.now() - t0);
    await page.waitForFunction(() => !!window.__apirefLive && window.__apirefLive.source.readyState === 1);
  }
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return `median ${median.toFixed(0)} ms, worst ${s[s.length - 1].toFixed(0)} ms`;
};
console.log(`\n${edits} edits of ${incName} in ${path.basename(tree)} (${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}):`);
console.log(`  save → reload event:        ${stats(toEvent)}`);
console.log(`  rebuild (server-side only): ${stats(rebuildMs.slice(-edits))}`);
if (toLoad.length) console.log(`  save → browser load event:  ${stats(toLoad)}`);

stream.destroy();
await browser?.close();
await preview.close();
fs.rmSync(work, { recursive: true, force: true });
