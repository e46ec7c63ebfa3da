/** A private copy of the bundled example (tests never edit the repository's own). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE = path.join(REPO, 'api-ref');

/** Copies `api-ref/` to a temporary folder; returns its `source` directory. */
export function copyExample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-serve-'));
  fs.cpSync(EXAMPLE, path.join(dir, 'api-ref'), { recursive: true, filter: (src) => !src.includes(`${path.sep}build`) });
  return path.join(dir, 'api-ref', 'source');
}

/** Replaces the first occurrence of `from` in a file (throws when absent: the test's premise changed). */
export function edit(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  fs.writeFileSync(file, text.replace(from, to));
}
