/**
 * The line patterns of docutils' Body state, in its order. All are anchored and linear (no nested
 * quantifiers over overlapping characters), so a 1 MB line costs one scan.
 */

export const bulletRe = /^[-+*\u2022\u2023\u2043]( +|$)/;
export const doctestRe = /^>>>( +|$)/;
export const lineBlockRe = /^\|( +|$)/;
export const gridTableTopRe = /^\+-[-+]+-\+ *$/;
export const simpleTableTopRe = /^=+( +=+)+ *$/;
export const explicitRe = /^\.\.( +|$)/;
export const anonymousRe = /^__( +|$)/;
/** A line of one repeated punctuation character: section adornment or transition. */
export const adornmentRe = /^([!-/:-@[-`{-~])\1* *$/;
/** Option list item start (`-a`, `--long`, `/V`), used only to end specialized states as docutils does. */
const optArg = '(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)';
const oneOption = `(?:[-+][a-zA-Z0-9](?: ?${optArg})?|(?:--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*(?:[ =]${optArg})?)`;
export const optionRe = new RegExp(`^${oneOption}(?:, ${oneOption})*(?:  +| ?$)`);

/** Word characters except `_` (Python's `(?!_)\w`). */
const W = '[\\p{L}\\p{N}\\p{M}]';
/** docutils' Inliner.simplename. */
export const simplename = `${W}+(?:[-._+:]${W}+)*`;

/**
 * `:name: ` at the start of `text`: returns the name as written and the index after the marker's trailing
 * spaces, or null. Same language as docutils' field_marker pattern, scanned by hand.
 */
export function matchFieldMarker(text: string): { name: string; end: number } | null {
  if (text.charCodeAt(0) !== 58 /* : */ || text.length < 3) return null;
  const c1 = text[1];
  if (c1 === ':' || c1 === ' ') return null;
  let j = 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') {
      if (j + 1 >= text.length) return null;
      j += 2;
      continue;
    }
    if (c === ':') {
      const next = text[j + 1];
      if (next === undefined || next === ' ') {
        if (text[j - 1] === ' ' || j === 1) return null;
        let end = j + 1;
        while (end < text.length && text.charCodeAt(end) === 32) end++;
        return { name: text.slice(1, j), end };
      }
      if (next === '`') return null;
    }
    j++;
  }
  return null;
}

export interface EnumMatch {
  format: 'parens' | 'rparen' | 'period';
  text: string;
  /** Index after the enumerator and its trailing spaces. */
  end: number;
}

const enumTextRe = /^(?:[0-9]+|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#)$/;

/** docutils' enumerator pattern: `1.`, `(a)`, `iv)`, `#.` followed by spaces or end of line. */
function isEnumChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 35;
}

export function matchEnumerator(text: string): EnumMatch | null {
  const c0 = text.charCodeAt(0);
  if (c0 !== 40 /* ( */ && !isEnumChar(c0)) return null;
  let p = 0;
  const parens = text[0] === '(';
  if (parens) p = 1;
  let q = p;
  while (q < text.length && isEnumChar(text.charCodeAt(q))) q++;
  const body = text.slice(p, q);
  if (!body || !enumTextRe.test(body)) return null;
  const suffix = text[q];
  let format: EnumMatch['format'];
  if (parens) {
    if (suffix !== ')') return null;
    format = 'parens';
  } else if (suffix === ')') format = 'rparen';
  else if (suffix === '.') format = 'period';
  else return null;
  let end = q + 1;
  if (end < text.length && text.charCodeAt(end) !== 32) return null;
  while (end < text.length && text.charCodeAt(end) === 32) end++;
  return { format, text: body, end };
}

/** Whether a line starts any Body construct other than plain text (ends specialized list states). */
export function isBodyMarkup(text: string): boolean {
  return (
    bulletRe.test(text) ||
    matchEnumerator(text) !== null ||
    matchFieldMarker(text) !== null ||
    optionRe.test(text) ||
    doctestRe.test(text) ||
    lineBlockRe.test(text) ||
    gridTableTopRe.test(text) ||
    simpleTableTopRe.test(text) ||
    explicitRe.test(text) ||
    anonymousRe.test(text) ||
    adornmentRe.test(text)
  );
}
