/**
 * Writes the site atomically: everything goes to a staging folder beside the output directory, which then takes
 * the output directory's place in two renames. A failed or interrupted build leaves the previous site as it was.
 * Every path is checked to stay inside the output directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isWithin } from '../load/source-files.js';

export interface OutputFile {
  /** Path relative to the output directory, '/'-separated. */
  path: string;
  content: string | Buffer;
}

export function writeSite(outDir: string, files: OutputFile[]): void {
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  const staging = path.join(parent, `.${path.basename(out)}.apiref-staging`);
  const old = path.join(parent, `.${path.basename(out)}.apiref-old`);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  try {
    for (const f of files) {
      const target = path.resolve(staging, f.path);
      if (!isWithin(staging, target) || target === staging) throw new Error(`refusing to write outside the output directory: ${f.path}`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, f.content);
    }
    fs.rmSync(old, { recursive: true, force: true });
    if (fs.existsSync(out)) fs.renameSync(out, old);
    fs.renameSync(staging, out);
    fs.rmSync(old, { recursive: true, force: true });
  } catch (err) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(out) && fs.existsSync(old)) fs.renameSync(old, out);
    throw err;
  }
}
