/**
 * `apiref serve`: builds the site in memory, serves it with live reload, watches everything it was built from
 * and rebuilds what a change affects. Binds 127.0.0.1 unless told otherwise.
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { UsageError, type ConfigOptions } from '../config/load.js';
import { PreviewSite, type FileChange, type RebuildReport } from './preview-site.js';
import { createPreviewServer, type PreviewServer } from './server.js';
import { watchSources, type SourceWatcher } from './watcher.js';

export { PreviewSite, type FileChange, type RebuildReport } from './preview-site.js';
export { outputPathFor } from './safe-path.js';

export interface ServeOptions extends ConfigOptions {
  host?: string;
  port?: number;
  open?: boolean;
  /** Where the URL and the rebuild lines go. */
  log?: (line: string) => void;
  debounceMs?: number;
  /** Called after each rebuild has been announced (tests, benchmarks). */
  onRebuild?: (report: RebuildReport, changes: FileChange[]) => void;
}

export interface Preview {
  url: string;
  site: PreviewSite;
  server: PreviewServer;
  watcher: SourceWatcher;
  close(): Promise<void>;
}

export async function startPreview(options: ServeOptions): Promise<Preview> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const site = new PreviewSite(options);
  const first = site.build();
  const server = createPreviewServer(site);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', (err: NodeJS.ErrnoException) => {
      // A port in use or not allowed is the user's to fix (exit 2), not a crash.
      reject(new UsageError(`cannot listen on ${host}:${options.port ?? 8000}: ${err.code ?? err.message}`));
    });
    server.server.listen(options.port ?? 8000, host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  log(`apiref serve: ${url}  (${site.site.pages.length} pages, ${first.warnings} warnings, ${first.errors} errors, built in ${first.ms.toFixed(0)} ms; Ctrl+C to stop)`);

  const outDir = site.config.outDir;
  const watcher = watchSources(
    site.watchPaths(),
    (changes) => {
      // Reload first, lint after: the rules look at the whole site and the page does not need them to show.
      const report = site.update(changes, { deferChecks: true });
      if (report.kind === 'none') return;
      server.announce(report);
      options.onRebuild?.(report, changes);
      setImmediate(() => {
        const counts = report.kind === 'partial' ? site.check() : report;
        server.announceFindings();
        log(describeRebuild({ ...report, ...counts }, changes));
        watcher.add(site.watchPaths());
      });
    },
    { debounceMs: options.debounceMs, ignore: (p) => p === outDir || p.startsWith(outDir + path.sep) },
  );
  await watcher.ready;
  if (options.open) openBrowser(url);
  return {
    url,
    site,
    server,
    watcher,
    async close() {
      await watcher.close();
      await server.close();
    },
  };
}

/** One line per rebuild: what changed, which pages were rendered, how long it took, the findings. */
export function describeRebuild(report: RebuildReport, changes: FileChange[]): string {
  const what = changes.length === 1 ? path.basename(changes[0]!.file) : `${changes.length} files`;
  const findings = `${report.warnings} warnings, ${report.errors} errors`;
  if (report.kind === 'failed') return `rebuild after ${what} failed, previous version kept: ${report.failure}`;
  const pages = report.rendered.length === 1 ? `1 page (${report.rendered[0]})` : `${report.rendered.length} pages`;
  const kept = report.kept.length ? `; kept the last good version of ${report.kept.join(', ')} (new errors)` : '';
  return `${report.kind === 'full' ? 'full rebuild' : 'rebuilt'} after ${what}: ${pages} in ${report.ms.toFixed(0)} ms, ${findings}${kept}`;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser opener: the URL is printed anyway.
  }
}
