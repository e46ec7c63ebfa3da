/**
 * unified (v11) parser plugin: `unified().use(rstParse, {file, include}).parse(text)` returns our Root.
 *
 * Diagnostics go to the vfile: each becomes `file.message(reason, {place, ruleId, source: 'apiref'})`, with
 * `fatal: true` for errors, `fatal: false` for warnings and `fatal: undefined` for info (vfile's convention).
 * The parser's own DiagnosticBag is kept on `file.data.diagnostics` for callers that want the full objects.
 */
import type { Plugin, Processor } from 'unified';
import type { Node as UnistRoot } from 'unist';
import type { VFile } from 'vfile';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { parseDocument, type ParseOptions } from './parse.js';
import type { Root } from './syntax.js';

export interface RstParseOptions {
  /** Absolute path of the document; defaults to the vfile's path. */
  file?: string;
  include?: ParseOptions['include'];
}

export const rstParse: Plugin<[RstParseOptions?], string, UnistRoot> = function (
  this: Processor,
  options: RstParseOptions = {},
) {
  this.parser = (document: string, vfile: VFile): UnistRoot => {
    const bag = new DiagnosticBag();
    const file = options.file ?? (vfile.path ? vfile.path : '<input>');
    const root: Root = parseDocument(document, { file, diagnostics: bag, include: options.include });
    for (const d of bag.list) {
      const place = { start: { line: d.line, column: d.column }, end: { line: d.endLine, column: d.endColumn } };
      const message = vfile.message(d.message, { place, ruleId: d.ruleId, source: 'apiref' });
      message.fatal = d.severity === 'error' ? true : d.severity === 'warn' ? false : undefined;
      if (d.file !== file) message.file = d.file;
    }
    (vfile.data as Record<string, unknown>).diagnostics = bag;
    return root as unknown as UnistRoot;
  };
};
