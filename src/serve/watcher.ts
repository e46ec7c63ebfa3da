/**
 * Watches the files a site is built from and hands over batches of changes once they settle: editors save in
 * several steps (truncate, write, rename), so events are gathered until none has come for `debounceMs`. Files
 * are re-read by the rebuild itself, so a half-written file is simply read again on the next event.
 */
import { watch, type FSWatcher } from 'chokidar';
import path from 'node:path';
import type { ChangeEvent, FileChange } from './preview-site.js';

export interface SourceWatcher {
  /** Adds paths (files or folders) to watch; already-watched ones are skipped. */
  add(paths: string[]): void;
  /** Resolves once the initial scan is done. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchSources(
  paths: string[],
  onBatch: (changes: FileChange[]) => void,
  options: { debounceMs?: number; ignore?: (p: string) => boolean } = {},
): SourceWatcher {
  const debounceMs = options.debounceMs ?? 25;
  const watched = new Set(paths);
  const watcher: FSWatcher = watch(paths, {
    ignoreInitial: true,
    ignored: (p: string) => {
      const base = path.basename(p);
      // Editor swap and backup files, VCS folders: never inputs of a build.
      if (base === '.git' || base === 'node_modules' || base.endsWith('~') || base.endsWith('.swp') || base.endsWith('.swx') || base.startsWith('.#')) return true;
      return options.ignore?.(p) ?? false;
    },
  });
  let pending = new Map<string, ChangeEvent>();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    const batch = [...pending].map(([file, event]) => ({ file, event }));
    pending = new Map();
    if (batch.length) onBatch(batch);
  };
  const note = (event: ChangeEvent) => (file: string) => {
    const prev = pending.get(file);
    // unlink then add (a save by rename) is a change; add then unlink is nothing new but still worth a look.
    pending.set(file, prev && prev !== event ? 'change' : event);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  watcher.on('add', note('add'));
  watcher.on('change', note('change'));
  watcher.on('unlink', note('unlink'));
  watcher.on('unlinkDir', note('unlink'));
  watcher.on('addDir', note('add'));
  // A watch error (permissions, too many files) must not stop the preview.
  watcher.on('error', () => {});
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    add(more) {
      const fresh = more.filter((p) => !watched.has(p));
      for (const p of fresh) watched.add(p);
      if (fresh.length) watcher.add(fresh);
    },
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
