/**
 * Inline markup parser: docutils 0.19's inliner (see inline/parser.ts for how it works).
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { InlineParser } from './inline/parser.js';
import { SourceMap } from './inline/source-map.js';
import type { Inline, Line } from './syntax.js';

/**
 * Parses the inline markup of a text block (a paragraph, title, term, ...). `lines` are the block's lines with
 * indentation already removed; positions of the returned nodes point into the original files. Unmatched markup
 * becomes a `problematic` node plus an `rst-syntax` warning; nothing throws.
 *
 * Node details: `reference` with an embedded URI (`` `text <uri>`_ ``) has `refuri`, `anonymous: false` and
 * `target` (the name of the target docutils defines beside it); `` `text <uri>`__ `` likewise without `target`;
 * only references without any link (`name__`, `` `text`__ ``) are `anonymous: true` with neither refuri nor refname. `interpreted.raw` is the
 * text between the backquotes as written; `role` is lower-cased. Footnote/citation labels are as written.
 */
export function parseInline(lines: Line[], diagnostics: DiagnosticBag): Inline[] {
  if (!lines.length) return [];
  const map = new SourceMap(lines);
  return new InlineParser(map.text, map, diagnostics).parse();
}
