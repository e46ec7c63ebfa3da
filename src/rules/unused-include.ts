/** `.inc` files under the source directory that no document includes: stale pages nobody sees. */
import fs from 'node:fs';
import path from 'node:path';
import { fileSpan } from '../diagnostics/diagnostic.js';
import type { Rule } from './types.js';

export const unusedInclude: Rule = {
  id: 'unused-include',
  defaultSeverity: 'warn',
  description: 'An .inc file under the source directory that no document includes.',
  check(site, report) {
    // Most .inc files are included under the very path found here; following symbolic links (a realpath per
    // dependency, every JSON sample among them) is only needed to be sure about the rest.
    const asWritten = new Set([...site.included].map((f) => path.resolve(f)));
    let real: Set<string> | null = null;
    for (const file of incFiles(site.config.sourceDir, site.config.outDir)) {
      if (asWritten.has(path.resolve(file))) continue;
      real ??= new Set([...site.included].map((f) => realpath(f)));
      if (real.has(realpath(file))) continue;
      const rel = path.relative(site.config.sourceDir, file).split(path.sep).join('/');
      report(`${rel} is not included by any document: ${howToInclude(site.pages, site.config.sourceDir, file)} or delete it.`, fileSpan(file));
    }
  },
};

/**
 * The include line to suggest. Include paths are relative to the top-level document, so name the document
 * beside the file when there is one (its index first), else give the path from the source directory (`/x.inc`).
 */
function howToInclude(pages: readonly { file: string; docname: string }[], sourceDir: string, file: string): string {
  const dir = path.dirname(file);
  const beside = pages.filter((p) => path.dirname(p.file) === dir).sort((a, b) => Number(!a.docname.endsWith('index')) - Number(!b.docname.endsWith('index')))[0];
  if (beside) {
    const doc = path.relative(sourceDir, beside.file).split(path.sep).join('/');
    return `include it from ${doc} (\`\`.. include:: ${path.basename(file)}\`\`)`;
  }
  const fromSource = path.relative(sourceDir, file).split(path.sep).join('/');
  return `include it (\`\`.. include:: /${fromSource}\`\`)`;
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
  const stack = [sourceDir];
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
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (path.resolve(full) !== path.resolve(outDir)) stack.push(full);
      } else if (e.isFile() && e.name.endsWith('.inc')) out.push(full);
    }
  }
  return out.sort();
}
