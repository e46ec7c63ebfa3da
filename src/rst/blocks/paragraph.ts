/**
 * Docutils' Text state: a non-blank line followed by a blank line or more text is a paragraph; followed by an
 * indented line it is a definition list term; followed by an adornment line it may be a section title.
 * A paragraph ending in `::` introduces a literal block and keeps one colon (`text::`) or none (`text ::`).
 */
import { spanOf } from '../lines.js';
import { parseInline } from '../inline.js';
import type { Line, Paragraph } from '../syntax.js';
import { report } from './context.js';
import { definitionList } from './definition-list.js';
import { textBlock } from './indented.js';
import { literalBlock } from './literal-block.js';
import { adornmentRe } from './patterns.js';
import { underlineTitle } from './section.js';
import { emit, type BodyState } from './state.js';

export function textLine(st: BodyState): boolean {
  const { lines } = st;
  const i = st.i;
  const next = lines[i + 1];
  if (next === undefined || !next.text.length) {
    st.i = i + 1;
    emitParagraph(st, [lines[i]!]);
    return true;
  }
  if (next.text.charCodeAt(0) === 32) {
    definitionList(st);
    return true;
  }
  if (adornmentRe.test(next.text) && underlineTitle(st)) return true;
  const tb = textBlock(lines, i + 1, true);
  st.i = tb.end;
  const para = [lines[i]!, ...tb.lines];
  if (tb.indentedAt !== undefined) {
    const literal = paragraphNode(st, para);
    if (literal.node) emit(st, literal.node);
    report(st.ctx, 'ERROR', 'Unexpected indentation.', spanOf(lines[tb.indentedAt]!));
    if (literal.literalNext) literalBlock(st);
    return true;
  }
  emitParagraph(st, para);
  return true;
}

/** Emits the paragraph (st.i is already past it) and the literal block it introduces. */
function emitParagraph(st: BodyState, lines: Line[]): void {
  const { node, literalNext } = paragraphNode(st, lines);
  if (node) emit(st, node);
  if (literalNext) literalBlock(st);
}

/** Counts the backslashes right before index `end` of `text`. */
function backslashesBefore(text: string, end: number): number {
  let n = 0;
  while (end - 1 - n >= 0 && text[end - 1 - n] === '\\') n++;
  return n;
}

export function paragraphNode(st: BodyState, input: Line[]): { node: Paragraph | null; literalNext: boolean } {
  const lines = input.slice();
  const last = lines[lines.length - 1]!;
  const t = last.text;
  const position = spanOf(lines[0]!, last);
  let literalNext = false;
  if (t.endsWith('::') && backslashesBefore(t, t.length - 2) % 2 === 0) {
    literalNext = true;
    if (lines.length === 1 && t === '::') return { node: null, literalNext };
    const before = t.length >= 3 ? t[t.length - 3] : '\n';
    if (before === ' ' || before === '\n') {
      const rest = t.slice(0, -2).trimEnd();
      if (rest.length) lines[lines.length - 1] = { ...last, text: rest };
      else lines.pop();
    } else {
      lines[lines.length - 1] = { ...last, text: t.slice(0, -1) };
    }
  }
  const node: Paragraph = { type: 'paragraph', children: parseInline(lines, st.ctx.diagnostics), position };
  return { node, literalNext };
}
