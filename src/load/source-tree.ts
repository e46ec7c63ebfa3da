/**
 * The files of one kind under the source directory, found as Sphinx finds documents: folders and files whose
 * names start with `_` or `.` are skipped, and so is the output directory when it lies inside.
 */
import fs from 'node:fs';
import { absolutePath, childPath } from '../util/paths.js';

/** Paths relative to the source directory, `/`-separated (`v3/index.rst`), in no particular order. */
export function filesUnder(sourceDir: string, outDir: string, extension: string): string[] {
  const out: string[] = [];
  const output = absolutePath(outDir);
  const walk = (dir: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('_')) continue;
      // Only folders and files of the kind need a path (a samples folder holds hundreds of .json files).
      if (e.isDirectory()) {
        const full = childPath(dir, e.name);
        if (full !== output) walk(full, `${prefix}${e.name}/`);
      } else if (e.name.endsWith(extension) && e.isFile()) out.push(`${prefix}${e.name}`);
    }
  };
  walk(absolutePath(sourceDir), '');
  return out;
}
