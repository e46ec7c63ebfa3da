/**
 * Character classes of docutils' inline markup recognition rules, built from Unicode categories.
 * Python's `\w` and `\s` are Unicode-aware, so these are too (JS `\w`/`\s` are not the same sets).
 */

/** Python's str.isspace() set. */
export const WS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** Python's Unicode `\w` (letters, numbers, underscore). */
export const WORD = '\\p{L}\\p{N}_';

const wsRe = new RegExp(`^[${WS}]$`, 'u');
const wordRe = new RegExp(`^[${WORD}]$`, 'u');
/** Openers: ASCII quotes and brackets, Unicode Ps, Pi, Pf. */
const openerRe = /^(?:["'(<[{]|[\p{Ps}\p{Pi}\p{Pf}])$/u;
/** Delimiters: `- / :` and the non-ASCII dashes and other punctuation. */
const delimiterRe = /^(?:[-/:]|(?![\x00-\x7f])[\p{Pd}\p{Po}])$/u;
/** Closers: ASCII quotes and brackets, Unicode Pe, Pi, Pf, and the low-9 quotes used as closers in some languages. */
const closerRe = /^(?:["')>\]}\u201a\u201e]|[\p{Pe}\p{Pi}\p{Pf}])$/u;

// ASCII answers are looked up in tables: these run once per character of every block.
const ASCII_WS = new Uint8Array(128);
const ASCII_WORD = new Uint8Array(128);
const ASCII_START_PREFIX = new Uint8Array(128);
const ASCII_END_SUFFIX = new Uint8Array(128);
for (let i = 0; i < 128; i++) {
  const c = String.fromCharCode(i);
  ASCII_WS[i] = wsRe.test(c) ? 1 : 0;
  ASCII_WORD[i] = wordRe.test(c) ? 1 : 0;
  ASCII_START_PREFIX[i] = wsRe.test(c) || openerRe.test(c) || delimiterRe.test(c) ? 1 : 0;
  ASCII_END_SUFFIX[i] = c === '\x00' || '\\.,;!?'.includes(c) || wsRe.test(c) || delimiterRe.test(c) || closerRe.test(c) ? 1 : 0;
}

export function isWhitespace(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const code = c.charCodeAt(0);
  return code < 128 ? ASCII_WS[code] === 1 : wsRe.test(c);
}

/** A simplename word character: `\w` without the underscore. */
export function isNameChar(c: string | undefined): boolean {
  return c !== '_' && isWordChar(c);
}

export function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const code = c.charCodeAt(0);
  return code < 128 ? ASCII_WORD[code] === 1 : wordRe.test(c);
}

/** Separators allowed inside a simplename. */
export function isNameSeparator(c: string | undefined): boolean {
  return c === '-' || c === '.' || c === '_' || c === '+' || c === ':';
}

/** May the character before a start-string be this one? (`^` is handled by the caller.) */
export function isStartPrefix(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const code = c.charCodeAt(0);
  if (code < 128) return ASCII_START_PREFIX[code] === 1;
  return wsRe.test(c) || openerRe.test(c) || delimiterRe.test(c);
}

/** May the character after an end-string be this one? (`$` is handled by the caller.) */
export function isEndSuffix(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const code = c.charCodeAt(0);
  if (code < 128) return ASCII_END_SUFFIX[code] === 1;
  return wsRe.test(c) || delimiterRe.test(c) || closerRe.test(c);
}

/** True at the end of the string or before an end-suffix character. */
export function endSuffixAt(s: string, i: number, end = s.length): boolean {
  if (i >= end) return true;
  const code = s.charCodeAt(i);
  return code < 128 ? ASCII_END_SUFFIX[code] === 1 : isEndSuffix(charAt(s, i));
}

/** May a start-string begin at index i (i > 0) — is the character before it a start prefix? */
export function startPrefixBefore(s: string, i: number): boolean {
  const code = s.charCodeAt(i - 1);
  return code < 128 ? ASCII_START_PREFIX[code] === 1 : isStartPrefix(charBefore(s, i));
}

/** The code point at UTF-16 index i, as a string ('' past the end). Surrogate pairs count as one character. */
export function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The character that ends at UTF-16 index i (exclusive). */
export function charBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1]!;
}

// Pairs that are not "opener, opener + 1" in Unicode, and the language-specific quote pairs docutils accepts.
// (A backslash pairs with itself here, though it is neither a start prefix nor, except as a closing delimiter,
// an end suffix.)
const EXTRA_PAIRS: Record<string, string> = {
  '"': '"', "'": "'", '(': ')', '<': '>', '[': ']', '{': '}', '\\': '\\',
  '\u00ab': '\u00bb', '\u00bb': '\u00ab\u00bb', '\u2019': '\u2018\u2019', '\u201d': '\u201c\u201d',
  '\u203a': '\u2039\u203a', '\u201b': '\u201a', '\u201f': '\u201e', '\u301d': '\u301e\u301f',
  '\u2018': '\u2019\u201a', '\u201c': '\u201d\u201e', '\u201a': '\u2018\u2019', '\u201e': '\u201c\u201d',
  '\u2e03': '\u2e02', '\u2e05': '\u2e04', '\u2e0a': '\u2e09', '\u2e0d': '\u2e0c', '\u2e1d': '\u2e1c', '\u2e21': '\u2e20',
};

/** Is a start-string "quoted", i.e. between a matching opener and closer (`'*'`, `(*)`, `«*»`)? */
export function matchChars(before: string, after: string): boolean {
  const extra = EXTRA_PAIRS[before];
  if (extra !== undefined) return extra.includes(after);
  if (!openerRe.test(before)) return false;
  const cp = before.codePointAt(0)!;
  return after.codePointAt(0) === cp + 1 && /^[\p{Pe}\p{Pf}]$/u.test(after);
}
