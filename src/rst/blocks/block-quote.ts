/**
 * Block quotes: an indented block not claimed by anything else. A `-- name` paragraph after a blank line ends
 * the quote as its attribution; text after an attribution starts another quote (docutils' split_attribution).
 */
import { dropColumns, indentOf, joinSpans, lastNonBlank, spanOf, trimEndBlank } from '../lines.js';
import { parseInline } from '../inline.js';
import type { Attribution, BlockQuote, Line } from '../syntax.js';
import { indentedBlock } from './indented.js';
import { parseNested } from './nested.js';
import { emit, type BodyState } from './state.js';
import { unindentWarning } from './unindent.js';

const attributionRe = /^(---?(?!-)|\u2014) *(?=[^ ])/;

export function blockQuote(st: BodyState): boolean {
  const b = indentedBlock(st.lines, st.i);
  st.i = b.end;
  let rest = b.lines;
  while (rest.length) {
    const split = splitAttribution(rest);
    const body = split ? rest.slice(0, split.at) : rest;
    const quote: BlockQuote = {
      type: 'blockQuote',
      children: parseNested(st.ctx, body),
      position: spanOf(body[0] ?? rest[0]!, lastNonBlank(body) ?? rest[0]!),
    };
    emit(st, quote);
    if (!split) break;
    const lines = split.lines;
    const attribution: Attribution = {
      type: 'attribution',
      children: parseInline(lines, st.ctx.diagnostics),
      position: spanOf(lines[0]!, lines[lines.length - 1]!),
    };
    quote.children.push(attribution);
    quote.position = joinSpans(quote.position, attribution.position);
    rest = rest.slice(split.end);
    let k = 0;
    while (k < rest.length && !rest[k]!.text.length) k++;
    rest = rest.slice(k);
  }
  if (!b.blankFinish) unindentWarning(st, 'Block quote');
  return true;
}

function splitAttribution(indented: Line[]): { at: number; end: number; lines: Line[] } | null {
  let blank = -2;
  let nonblankSeen = false;
  for (let i = 0; i < indented.length; i++) {
    const line = indented[i]!.text;
    if (line.length) {
      if (nonblankSeen && blank === i - 1) {
        const m = attributionRe.exec(line);
        if (m) {
          const check = checkAttribution(indented, i);
          if (check) {
            const lines = indented.slice(i, check.end).map((l, k) => (k === 0 ? dropColumns(l, m[0].length) : dropColumns(l, check.indent)));
            return { at: i, end: check.end, lines: trimEndBlank(lines) };
          }
        }
      }
      nonblankSeen = true;
    } else blank = i;
  }
  return null;
}

function checkAttribution(indented: Line[], start: number): { end: number; indent: number } | null {
  let indent: number | undefined;
  let i = start + 1;
  for (; i < indented.length; i++) {
    const line = indented[i]!.text;
    if (!line.length) break;
    const li = indentOf(line);
    if (indent === undefined) indent = li;
    else if (li !== indent) return null;
  }
  return { end: i, indent: indent ?? 0 };
}
