/**
 * The `.inc` files under the source directory that no document includes (unused-include reports them), and the
 * parameters their rest_parameters lists name: parameter-unused leaves those to unused-include, since the one
 * problem is the stale file (valet's placements.inc and its seven entries).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Site } from '../resolve/site.js';
import { absolutePath, joinBelow } from '../util/paths.js';
import { filesUnder } from '../load/source-tree.js';

const orphans = new WeakMap<Site, string[]>();

export function orphanIncludes(site: Site): string[] {
  let list = orphans.get(site);
  if (list) return list;
  // Most .inc files are included under the very path found here; following symbolic links (a realpath per
  // dependency, every JSON sample among them) is only needed to be sure about the rest.
  const asWritten = new Set([...site.included].map(absolutePath));
  let real: Set<string> | null = null;
  list = [];
  const sourceDir = absolutePath(site.config.sourceDir);
  const incs = filesUnder(sourceDir, site.config.outDir, '.inc').sort();
  for (const file of incs.map((rel) => joinBelow(sourceDir, rel) ?? path.join(sourceDir, rel))) {
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
