/**
 * Finds the next inline markup start, as docutils' "initial" pattern does: a start-string (`**`, `*`, ``` `` ```,
 * `` _` ``, `|`), a whole construct (`name_`, `name__`, `[label]_`), or a backquote with an optional `:role:`.
 * The start must be preceded by whitespace, an opener or a delimiter — or sit at `from`, where docutils'
 * `^` matches because it searches the remaining text as a new string.
 */
import { charAt, endSuffixAt, isWhitespace, startPrefixBefore } from './chars.js';
import type { NameIndex } from './name-index.js';

export type StartMatch =
  | { kind: 'start'; token: '**' | '*' | '``' | '_`' | '|'; start: number; end: number }
  | { kind: 'reference'; start: number; nameEnd: number; end: number; anonymous: boolean }
  | { kind: 'footnote'; start: number; label: string; citation: boolean; end: number }
  | { kind: 'backquote'; start: number; role: string | null; btStart: number; end: number };

const FOOTNOTE_NUMBER = /^[0-9]+$/;
const SIMPLENAME_ONLY = /^(?:(?!_)[\p{L}\p{N}_])+(?:[-._+:](?:(?!_)[\p{L}\p{N}_])+)*$/u;
const LABEL_CHAR = /[\p{L}\p{N}_\-.+:#*]/u;

export function findInitial(s: string, from: number, names: NameIndex): StartMatch | null {
  const n = s.length;
  for (let p = from; p < n; p++) {
    const c = s[p]!;
    // Cheap filter: only these characters (or a name character, when a `name_` reference is possible) can
    // begin markup.
    if (c !== '*' && c !== '`' && c !== '_' && c !== '|' && c !== '[' && c !== ':' && !(names.mayHaveReference && names.isName(p))) continue;
    if (p !== from && !startPrefixBefore(s, p)) continue;
    const m = startStringAt(s, p) ?? wholeAt(s, p, names) ?? backquoteAt(s, p, names);
    if (m) return m;
  }
  return null;
}

/** May a start-string ending at i be followed by this? (`(?!\s)`: anything but whitespace, or the end.) */
function notSpaceAt(s: string, i: number): boolean {
  return i >= s.length || !isWhitespace(charAt(s, i));
}

function startStringAt(s: string, p: number): StartMatch | null {
  const c = s[p];
  const d = s[p + 1];
  let token: '**' | '*' | '``' | '_`' | '|' | null = null;
  if (c === '*') token = d === '*' ? '**' : '*';
  else if (c === '`' && d === '`') token = '``';
  else if (c === '_' && d === '`') token = '_`';
  else if (c === '|' && d !== '|') token = '|';
  if (!token || !notSpaceAt(s, p + token.length)) return null;
  return { kind: 'start', token, start: p, end: p + token.length };
}

function wholeAt(s: string, p: number, names: NameIndex): StartMatch | null {
  if (s[p] === '[') return footnoteAt(s, p);
  const ref = names.referenceAt(p);
  if (!ref) return null;
  const end = ref.nameEnd + ref.refend.length;
  return { kind: 'reference', start: p, nameEnd: ref.nameEnd, end, anonymous: ref.refend === '__' };
}

//  > | see [#note]_ here
//          ^ p: scan the label up to `]`, which must be followed by `_` and an end-suffix.
function footnoteAt(s: string, p: number): StartMatch | null {
  let j = p + 1;
  while (j < s.length && LABEL_CHAR.test(charAt(s, j))) j += charAt(s, j).length;
  if (s[j] !== ']' || s[j + 1] !== '_' || !endSuffixAt(s, j + 2)) return null;
  const label = s.slice(p + 1, j);
  if (!label) return null;
  const auto = label[0] === '#' && (label.length === 1 || SIMPLENAME_ONLY.test(label.slice(1)));
  const known = FOOTNOTE_NUMBER.test(label) || auto || label === '*';
  if (!known && !SIMPLENAME_ONLY.test(label)) return null;
  return { kind: 'footnote', start: p, label, citation: !known, end: j + 2 };
}

function backquoteAt(s: string, p: number, names: NameIndex): StartMatch | null {
  let bt = p;
  let role: string | null = null;
  if (s[p] === ':') {
    bt = names.roleAt(p);
    if (bt < 0) return null;
    role = s.slice(p + 1, bt - 1);
  }
  if (s[bt] !== '`' || s[bt + 1] === '`' || !notSpaceAt(s, bt + 1)) return null;
  return { kind: 'backquote', start: p, role, btStart: bt, end: bt + 1 };
}
