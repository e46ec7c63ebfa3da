/**
 * Regular expressions for the parts of docutils' inliner that are plain searches: end-strings and URIs.
 * None of them nests quantifiers ambiguously, so each attempt is linear in what it reads.
 */
import { WORD, WS } from './chars.js';

/** After an end-string: end of text, whitespace, NUL (escape), closing delimiters, delimiters or closers. */
export const END_SUFFIX =
  `(?=$|[${WS}\\x00\\\\.,;!?\\-/:"')>\\]}\\u201a\\u201e\\p{Pe}\\p{Pi}\\p{Pf}]|(?![\\x00-\\x7f])[\\p{Pd}\\p{Po}])`;

export const SIMPLENAME = `(?:(?!_)[${WORD}])+(?:[-._+:](?:(?!_)[${WORD}])+)*`;

const notAfterSpaceOrEscape = `(?<![${WS}\\x00])`;

export const END_PATTERNS = {
  emphasis: new RegExp(`${notAfterSpaceOrEscape}(\\*)${END_SUFFIX}`, 'gu'),
  strong: new RegExp(`${notAfterSpaceOrEscape}(\\*\\*)${END_SUFFIX}`, 'gu'),
  literal: new RegExp(`(?<![${WS}])(\`\`)${END_SUFFIX}`, 'gu'),
  target: new RegExp(`${notAfterSpaceOrEscape}(\`)${END_SUFFIX}`, 'gu'),
  substitution: new RegExp(`${notAfterSpaceOrEscape}(\\|_{0,2})${END_SUFFIX}`, 'gu'),
  // An escaped space before the backquote does not count as whitespace.
  interpreted: new RegExp(
    `(?<!(?<!\\x00)[${WS}\\x00])(\`(?<suffix>(?<role>:${SIMPLENAME}:)?(?<refend>__?)?))${END_SUFFIX}`,
    'gu',
  ),
} as const;

export type EndKind = keyof typeof END_PATTERNS;

const URIC = `[-_.!~*'()[\\];/:@&=+$,%a-zA-Z0-9\\x00]`;
const URI_LAST = `[_~*/=+a-zA-Z0-9]`;
const URI_END = `(?:${URI_LAST}|${URIC}(?=>))`;
const EMAILC = `[-_!~*'{|}/#?^\`&=+$%a-zA-Z0-9\\x00]`;
const EMAIL = `${EMAILC}+(?:\\.${EMAILC}+)*(?<!\\x00)@${EMAILC}+(?:\\.${EMAILC}*)*${URI_END}`;

/** `scheme:rest` at a position (sticky); group 1 is the scheme. */
export const SCHEME_URI = new RegExp(
  `([a-zA-Z][a-zA-Z0-9.+-]*):(?:(?:\\/\\/?)?${URIC}*${URI_END})(?:\\?${URIC}*${URI_END})?(?:#${URIC}*${URI_END})?${END_SUFFIX}`,
  'uy',
);
/** A bare e-mail address at a position (sticky). */
export const EMAIL_URI = new RegExp(`${EMAIL}${END_SUFFIX}`, 'uy');
/** A whole string that is an e-mail address (embedded `<a@b.org>` gets `mailto:`). */
export const EMAIL_ONLY = new RegExp(`^${EMAIL}$`, 'u');

export const SCHEME_CHAR = /[a-zA-Z0-9.+-]/;
export const EMAIL_CHAR = /[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00.]/;
