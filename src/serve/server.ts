/**
 * The preview HTTP server: serves the in-memory site (pages get the live script), the live script itself, the
 * server-sent events stream that announces rebuilds, and each page's findings as JSON. Nothing is read from
 * disk on request: only names of the built site can be answered.
 */
import http from 'node:http';
import path from 'node:path';
import type { PreviewSite, RebuildReport } from './preview-site.js';
import { outputPathFor, contentType } from './safe-path.js';
import { EVENTS_PATH, LIVE_SCRIPT, LIVE_SCRIPT_PATH, STATE_PATH, injectLiveScript } from './live-client.js';

export interface PreviewServer {
  server: http.Server;
  /** Tells every open page about a rebuild. */
  announce(report: RebuildReport): void;
  /** Tells every open page that the findings changed (after the deferred checks). */
  announceFindings(): void;
  /** Open event streams (for tests). */
  readonly clients: number;
  close(): Promise<void>;
}

export function createPreviewServer(site: PreviewSite): PreviewServer {
  const clients = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    try {
      handle(site, clients, req, res);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`apiref serve: ${(err as Error).message}\n`);
    }
  });
  // Keep-alive event streams must not hold the process open after close().
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': ping\n\n');
  }, 15_000);
  heartbeat.unref();
  return {
    server,
    announce(report) {
      const data = JSON.stringify({ kind: report.kind, generation: site.generation, rendered: report.rendered, kept: report.kept });
      for (const c of clients) c.write(`event: rebuild\ndata: ${data}\n\n`);
    },
    announceFindings() {
      for (const c of clients) c.write(`event: findings\ndata: ${JSON.stringify({ generation: site.generation })}\n\n`);
    },
    get clients() {
      return clients.size;
    },
    close() {
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}

function handle(site: PreviewSite, clients: Set<http.ServerResponse>, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
    return;
  }
  const url = req.url ?? '/';
  const safe = outputPathFor(url);
  if (!safe.ok) {
    res.writeHead(safe.status, { 'content-type': 'text/plain; charset=utf-8' }).end(safe.status === 400 ? 'Bad request\n' : 'Not found\n');
    return;
  }
  const route = `/${safe.path}`;
  if (route === EVENTS_PATH) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 500\nevent: hello\ndata: ${JSON.stringify({ generation: site.generation })}\n\n`);
    clients.add(res);
    req.on('close', () => clients.delete(res));
    return;
  }
  if (route === LIVE_SCRIPT_PATH) {
    send(res, req, 200, contentType('x.js'), LIVE_SCRIPT);
    return;
  }
  if (route === STATE_PATH) {
    const page = new URL(url, 'http://x').searchParams.get('page') ?? '';
    const base = site.config.root;
    const diagnostics = site.diagnosticsFor(page).map((d) => ({ ...d, where: path.relative(base, d.file) || d.file }));
    send(res, req, 200, contentType('x.json'), JSON.stringify({ generation: site.generation, madeAt: site.pageMadeAt(page), diagnostics }));
    return;
  }
  const name = safe.path;
  let body = site.file(name);
  // `/v3` and `/v3/` both mean the folder's index page.
  if (body === undefined && !name.endsWith('.html')) {
    const index = `${name}/index.html`;
    if (site.file(index) !== undefined) {
      res.writeHead(301, { location: `/${index.slice(0, -'index.html'.length)}` }).end();
      return;
    }
  }
  if (body === undefined) {
    send(res, req, 404, 'text/plain; charset=utf-8', 'Not found\n');
    return;
  }
  if (name.endsWith('.html')) body = injectLiveScript(body.toString(), name, site.pageMadeAt(name));
  send(res, req, 200, contentType(name), body);
}

function send(res: http.ServerResponse, req: http.IncomingMessage, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
