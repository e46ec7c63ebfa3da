/**
 * Helpers for the real-browser tests: Debian's Chromium through playwright-core (never a downloaded browser),
 * and sites built in memory and served over HTTP (the page script's address handling needs http://).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { renderSite } from '../../src/site/build.js';
import { outputPathFor, contentType } from '../../src/serve/safe-path.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE_SOURCE = path.join(REPO, 'api-ref', 'source');
export const SHARED = path.resolve(REPO, '../shared');
/** The corpus tree the browser tests also run on (skipped when ../shared is absent). */
export const CORPUS_SOURCE = path.join(SHARED, 'corpus', 'placement', 'api-ref', 'source');
export const HAS_CORPUS = fs.existsSync(path.join(CORPUS_SOURCE, 'index.rst'));
export const SCREENSHOT_DIR = path.join(REPO, 'test-output', 'screenshots');

if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface StaticSite {
  url: string;
  /** Built pages: output path → HTML. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

/** Builds a source tree in memory and serves the result on a free port of 127.0.0.1. */
export async function serveBuilt(source: string): Promise<StaticSite> {
  const bag = new DiagnosticBag();
  const config = loadConfig({ source, cwd: source, out: path.join(REPO, 'test-output', 'unused') }, bag);
  const built = renderSite(config, bag);
  const files = new Map(built.files.map((f) => [f.path, f.content]));
  const server = http.createServer((req, res) => {
    const safe = outputPathFor(req.url ?? '/');
    const body = safe.ok ? files.get(safe.path) : undefined;
    if (!safe.ok || body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType(safe.path) }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  const pages = new Map<string, string>();
  for (const [p, c] of files) if (p.endsWith('.html')) pages.set(p, c.toString());
  return {
    url: `http://127.0.0.1:${port}/`,
    pages,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** The id of the first operation of a page's HTML (its section id), or null. */
export function firstOperationId(html: string): string | null {
  return /<section class="detail-control" id="([^"]+)"/.exec(html)?.[1] ?? null;
}

/** The page (output path) holding the most operations. */
export function pageWithOperations(pages: Map<string, string>): string {
  let best = '';
  let most = -1;
  for (const [p, html] of pages) {
    const n = html.split('class="detail-control"').length - 1;
    if (n > most) [best, most] = [p, n];
  }
  return best;
}
