/** The preview server over HTTP: safe paths, the live script only in served pages, rebuild events from the watcher. */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/serve/index.js';
import { copyExample, edit } from './example-copy.js';

/** A raw GET: the path is sent exactly as given (no client-side normalisation of `..`). */
function get(base: string, rawPath: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Collects the server-sent events until `until` accepts one, or fails after `ms`. */
function nextEvent(base: string, until: (event: string, data: string) => boolean, ms = 10_000): { done: Promise<{ event: string; data: string }>; ready: Promise<void> } {
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  const done = new Promise<{ event: string; data: string }>((resolve, reject) => {
    const u = new URL('/_apiref/events', base);
    const req = http.get(u, (res) => {
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let at;
        while ((at = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, at);
          buf = buf.slice(at + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
          if (event === 'hello') readyResolve();
          if (until(event, data)) {
            clearTimeout(timer);
            req.destroy();
            resolve({ event, data });
          }
        }
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error('no matching event'));
    }, ms);
  });
  return { done, ready };
}

describe('apiref serve (HTTP)', () => {
  let preview: Preview;
  let src: string;
  const lines: string[] = [];

  beforeAll(async () => {
    src = copyExample();
    preview = await startPreview({ source: src, cwd: src, port: 0, log: (l) => lines.push(l), debounceMs: 30 });
  });
  afterAll(async () => {
    await preview?.close();
  });

  it('binds 127.0.0.1 and prints the URL', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(lines[0]).toContain(preview.url);
  });

  it('serves pages with the live script, assets without it', async () => {
    const page = await get(preview.url, '/v2/index.html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<script src="/_apiref/live.js" data-page="v2/index.html"');
    const root = await get(preview.url, '/');
    expect(root.body).toContain('data-page="index.html"');
    const js = await get(preview.url, '/_static/apiref.js');
    expect(js.status).toBe(200);
    expect(js.body).not.toContain('_apiref/live');
    expect((await get(preview.url, '/_apiref/live.js')).body).toContain('EventSource');
    expect((await get(preview.url, '/v2')).status).toBe(301);
  });

  it.each([
    '/../../../../etc/passwd',
    '/v2/../../conf.py',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/..%2f..%2fetc%2fpasswd',
    '/..%5c..%5cetc%5cpasswd',
    '/..\\..\\etc\\passwd',
    '/index.html%00',
  ])('refuses %j', async (p) => {
    const r = await get(preview.url, p);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('root:');
  });

  it('source files are not served, only the built site', async () => {
    expect((await get(preview.url, '/conf.py')).status).toBe(404);
    expect((await get(preview.url, '/v2/parameters.yaml')).status).toBe(404);
  });

  it('an edit to an .inc is announced as a rebuild of its page, and the new page is served', async () => {
    const stream = nextEvent(preview.url, (e) => e === 'rebuild');
    await stream.ready;
    edit(path.join(src, 'v2', 'volumes.inc'), 'Lists the volumes of a project, newest first.', 'Lists volumes SERVED-EDIT.');
    const ev = await stream.done;
    expect(JSON.parse(ev.data).rendered).toEqual(['v2/index.html']);
    expect((await get(preview.url, '/v2/index.html')).body).toContain('SERVED-EDIT');
    expect(lines.some((l) => /^rebuilt after volumes\.inc: 1 page \(v2\/index\.html\) in \d+ ms, \d+ warnings, \d+ errors$/.test(l))).toBe(true);
  });

  it('keeps serving when a watched file is deleted, and reports it for the page', async () => {
    const stream = nextEvent(preview.url, (e) => e === 'rebuild');
    await stream.ready;
    const inc = path.join(src, 'v2', 'snapshots.inc');
    const text = fs.readFileSync(inc);
    fs.rmSync(inc);
    await stream.done;
    expect((await get(preview.url, '/v2/index.html')).status).toBe(200);
    const state = JSON.parse((await get(preview.url, '/_apiref/state?page=v2/index.html')).body);
    expect(state.diagnostics.some((d: { ruleId: string }) => d.ruleId === 'file-unreadable')).toBe(true);
    const back = nextEvent(preview.url, (e) => e === 'rebuild');
    await back.ready;
    fs.writeFileSync(inc, text);
    await back.done;
    const after = JSON.parse((await get(preview.url, '/_apiref/state?page=v2/index.html')).body);
    expect(after.diagnostics.some((d: { ruleId: string }) => d.ruleId === 'file-unreadable')).toBe(false);
  });
});
