/**
 * The `.inc` files under the source directory that no document includes (unused-include reports them), and the
 * parameters their rest_parameters lists name: parameter-unused leaves those to unused-include, since the one
 * problem is the stale file (valet's placements.inc and its seven entries).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Site } from '../resolve/site.js';
import { absolutePath, childPath } from '../util/paths.js';

const orphans = new WeakMap<Site, string[]>();

export function orphanIncludes(site: Site): string[] {
  let list = orphans.get(site);
  if (list) return list;
  // Most .inc files are included under the very path found here; following symbolic links (a realpath per
  // dependency, every JSON sample among them) is only needed to be sure about the rest.
  const asWritten = new Set([...site.included].map(absolutePath));
  let real: Set<string> | null = null;
  list = [];
  for (const file of incFiles(site.config.sourceDir, site.config.outDir)) {
    if (asWritten.has(file)) continue;
    real ??= new Set([...site.included].map((f) => realpath(f)));
    if (real.has(realpath(file))) continue;
    list.push(file);
  }
  orphans.set(site, list);
  return list;
}

/**
 * The references (`- name: reference`) that rest_parameters lists in files no document includes name, by the
 * base name of the parameters file the directive gives (an orphan has no document to resolve the path against).
 */
export function orphanParameterReferences(site: Site): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of orphanIncludes(site)) {
    const text = site.files.tryRead(file)?.text;
    if (!text) continue;
    let refs: Set<string> | null = null;
    for (const line of text.split(/\r\n?|\n/)) {
      const directive = /^\s*\.\.\s+rest_parameters::\s*(\S+)/.exec(line);
      if (directive) {
        const base = path.posix.basename(directive[1]!);
        refs = out.get(base) ?? new Set();
        out.set(base, refs);
        continue;
      }
      const item = /^\s+-\s+[^:]+:\s*(\S+)\s*$/.exec(line);
      if (item && refs) refs.add(item[1]!);
      else if (line.trim() && !/^\s/.test(line)) refs = null; // back at the margin: the list is over
    }
  }
  return out;
}

function realpath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** `.inc` files, skipping `_`/`.` folders and the output directory, as the document search does. */
function incFiles(sourceDir: string, outDir: string): string[] {
  const out: string[] = [];
  const output = absolutePath(outDir);
  const stack = [absolutePath(sourceDir)];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('_')) continue;
      // Only folders and .inc files need a path (a samples folder holds hundreds of .json files).
      if (e.isDirectory()) {
        const full = childPath(dir, e.name);
        if (full !== output) stack.push(full);
      } else if (e.name.endsWith('.inc') && e.isFile()) out.push(childPath(dir, e.name));
    }
  }
  return out.sort();
}
