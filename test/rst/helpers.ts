/** Shared test helpers: parse a string or a file with includes resolved relative to a directory. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseDocument, type ParseOptions } from '../../src/rst/parse.js';
import type { Root } from '../../src/rst/syntax.js';

export function parse(text: string, file = '/doc/index.rst', include?: ParseOptions['include']): { root: Root; bag: DiagnosticBag } {
  const bag = new DiagnosticBag();
  const root = parseDocument(text, { file, diagnostics: bag, include });
  return { root, bag };
}

/** An include callback reading files relative to `baseDir` (a leading `/` means relative to `sourceDir`). */
export function fileIncluder(baseDir: string, sourceDir = baseDir, bag?: DiagnosticBag): ParseOptions['include'] {
  return (p, at) => {
    const file = p.startsWith('/') ? path.join(sourceDir, p) : path.resolve(baseDir, p);
    try {
      return { file, text: readFileSync(file, 'utf8') };
    } catch {
      bag?.report('include', 'error', `cannot read ${p}`, at);
      return null;
    }
  };
}
