/**
 * Inline markup parser. TEMPORARY STUB (text only) — being replaced by the real implementation.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Inline, Line } from './syntax.js';

/**
 * Parses the inline markup of a text block (a paragraph, title, term, ...). `lines` are the block's lines with
 * indentation already removed; positions of the returned nodes point into the original files.
 */
export function parseInline(lines: Line[], _diagnostics: DiagnosticBag): Inline[] {
  if (!lines.length) return [];
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return [
    {
      type: 'text',
      value: lines.map((l) => l.text).join('\n'),
      position: {
        file: first.file,
        start: { line: first.line, column: first.column, offset: first.offset },
        end: { line: last.line, column: last.column + last.text.length, offset: last.offset + last.text.length },
      },
    },
  ];
}
