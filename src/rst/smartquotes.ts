/**
 * Smart quotes as Sphinx 5.3 applies them (docutils' SmartQuotes transform, action `qDe`): straight quotes
 * become curly ones, `--`/`---` en/em dashes, `...` an ellipsis. A block's text nodes are educated as one
 * stream so a quote sees the character before it even when that is in the previous node; literal text is
 * left alone but still gives that context. Escaped characters (`\"`) stay as they are.
 */
import { escapeToNull, escapedValueOf, rememberEscaped, restoreBackslashes, unescape } from './inline/escapes.js';
import type { Inline, Interpreted, Text } from './syntax.js';

interface Quotes {
  openDouble: string;
  closeDouble: string;
  openSingle: string;
  closeSingle: string;
  apostrophe: string;
}

const ENGLISH: Quotes = { openDouble: '\u201c', closeDouble: '\u201d', openSingle: '\u2018', closeSingle: '\u2019', apostrophe: '\u2019' };

/** Roles whose text is code (Sphinx does not educate it). */
const LITERAL_ROLES = new Set(['code', 'literal', 'kbd', 'file', 'samp', 'command', 'program', 'math', 'raw']);

/** Roles whose text docutils/Sphinx show as plain (educated) text: the default role, sup, sub, abbr, … */
const TEXT_ROLES = new Set([
  'title-reference', 'title', 't', 'emphasis', 'strong', 'superscript', 'sup', 'subscript', 'sub', 'abbr',
]);

type Token =
  | { kind: 'plain'; node: Text }
  | { kind: 'interpreted'; node: Interpreted }
  | { kind: 'literal'; text: string };

/** Educates the text nodes of one block of inline content in place. */
export function educate(nodes: Inline[], language = 'en'): void {
  if (!language.toLowerCase().startsWith('en')) language = 'en'; // only English quote styles are implemented
  const tokens: Token[] = [];
  collect(nodes as unknown as InlineLike[], tokens);
  let previousLast = ' ';
  for (const token of tokens) {
    if (token.kind === 'literal') {
      if (token.text) previousLast = token.text.slice(-1);
      continue;
    }
    const source = token.kind === 'plain' ? escapedValueOf(token.node) : escapeToNull(token.node.raw);
    const escaped = markEscapes(source);
    if (!escaped) continue;
    const last = escaped.slice(-1);
    // Most text has nothing to educate: skipping the dozen regex passes then leaves the same string.
    const result = SOMETHING_TO_EDUCATE.test(escaped)
      ? restoreEscapes(educateText(protectEscapes(escaped), previousLast, ENGLISH))
      : escaped;
    token.node.value = unescape(result);
    // Keep the escapes known, so educating the same nodes again changes nothing.
    if (token.kind === 'plain') rememberEscaped(token.node, result);
    else token.node.raw = restoreBackslashes(result);
    previousLast = last;
  }
}

interface InlineLike {
  type: string;
  value?: string;
  role?: string | null;
  label?: string;
  children?: InlineLike[];
}

function collect(nodes: InlineLike[], tokens: Token[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        tokens.push({ kind: 'plain', node: node as unknown as Text });
        break;
      case 'literal':
      case 'problematic':
      case 'rawInline':
        tokens.push({ kind: 'literal', text: node.value ?? '' });
        break;
      case 'interpreted':
        // Roles are resolved later. Text-like roles are educated like the text around them; the others
        // (code, ref targets, …) only give context.
        if (node.role === null || TEXT_ROLES.has(String(node.role).toLowerCase())) {
          tokens.push({ kind: 'interpreted', node: node as unknown as Interpreted });
        } else {
          tokens.push({ kind: 'literal', text: node.value ?? '' });
        }
        break;
      case 'footnoteReference':
      case 'citationReference':
      case 'footnoteRef':
        tokens.push({ kind: 'literal', text: node.label ?? '' });
        break;
      default:
        if (Array.isArray(node.children)) collect(node.children, tokens);
    }
  }
}

export function isLiteralRole(role: string | null | undefined): boolean {
  return role != null && LITERAL_ROLES.has(role.toLowerCase());
}

// Sphinx turns NUL-escaped "active" characters back into backslash escapes, which smartquotes then protects
// as character references and restores at the end.
const ESCAPE_ENTITIES: [string, string][] = [
  ['\\\\', '&#92;'],
  ['\\"', '&#34;'],
  ["\\'", '&#39;'],
  ['\\.', '&#46;'],
  ['\\-', '&#45;'],
  ['\\`', '&#96;'],
];

/**
 * Text without quotes, dashes (`--`), ellipses, backslash escapes or character references (which
 * restoreEscapes would turn back into characters) comes out of educateText unchanged.
 */
const SOMETHING_TO_EDUCATE = /['"\\&]|--|\.\.\.|\. \. \./;

function markEscapes(text: string): string {
  if (!text.includes('\x00')) return text; // nothing escaped: spares a lookbehind scan of every text
  return text.replace(/(?<=\x00)([-\\'".`])/g, '\\$1');
}

function protectEscapes(text: string): string {
  for (const [escape, entity] of ESCAPE_ENTITIES) text = text.split(escape).join(entity);
  return text;
}

function restoreEscapes(text: string): string {
  for (const [escape, entity] of ESCAPE_ENTITIES) text = text.split(entity).join(escape[1]!);
  return text;
}

function educateText(text: string, previousLast: string, q: Quotes): string {
  text = text.split('---').join('\u2014').split('--').join('\u2013');
  text = text.split('...').join('\u2026').split('. . .').join('\u2026');
  const context = previousLast.replace(/["']/g, ';');
  return educateQuotes(context + text, q).slice(1);
}

const W = '[\\p{L}\\p{N}_]';
const SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PUNCT = `[-!" #\\$%'()*+,./:;<=>?@\\[\\\\\\]\\^_\`{|}~]`;
/** A punctuation character not at a word boundary after it (Python's `\B` with Unicode `\w`). */
const PUNCT_NO_BOUNDARY = `(?:_(?=${W})|(?!_)${PUNCT}(?!${W}))`;
const OPEN = '[([{]';
const DASH = '(?:[-\u2013\u2014]|&[mn]dash;|&#8211;|&#8212;|&#x201[34];)';
const SEP = `(?:${SPACE}|[\u200b\u200c]|&nbsp;)`;

const RULES = {
  firstSingle: new RegExp(`^'(?=${PUNCT_NO_BOUNDARY})`, 'u'),
  firstDouble: new RegExp(`^"(?=${PUNCT_NO_BOUNDARY})`, 'u'),
  doubleSingle: new RegExp(`"'(?=${W})`, 'gu'),
  singleDouble: new RegExp(`'"(?=${W})`, 'gu'),
  openerThenSingle: new RegExp(`(${OPEN}|${DASH})'(?=${PUNCT}? )`, 'gu'),
  openerThenDouble: new RegExp(`(${OPEN}|${DASH})"(?=${PUNCT}? )`, 'gu'),
  decade: /'(?=\p{Nd}{2}s)/gu,
  openingSingle: new RegExp(`(${SEP}|${OPEN}|${DASH})'(?=${W}|${PUNCT})`, 'gu'),
  apostrophe: new RegExp(`(?<=${W})'(?=${W})`, 'gu'),
  closingSingle: new RegExp(`(?<!${SPACE})'`, 'gu'),
  openingDouble: new RegExp(`(${SEP}|${OPEN}|${DASH})"(?=${W}|${PUNCT})`, 'gu'),
  closingDouble: new RegExp(`(?<!${SPACE})"|"(?=${SPACE})`, 'gu'),
};

/** The quote rules in docutils' order; each pass sees the result of the one before. */
function educateQuotes(text: string, q: Quotes): string {
  text = text.replace(RULES.firstSingle, q.closeSingle);
  text = text.replace(RULES.firstDouble, q.closeDouble);
  text = text.replace(RULES.doubleSingle, q.openDouble + q.openSingle);
  text = text.replace(RULES.singleDouble, q.openSingle + q.openDouble);
  text = text.replace(RULES.openerThenSingle, `$1${q.closeSingle}`);
  text = text.replace(RULES.openerThenDouble, `$1${q.closeDouble}`);
  text = text.replace(RULES.decade, q.apostrophe);
  text = text.replace(RULES.openingSingle, `$1${q.openSingle}`);
  if (q.closeSingle !== q.apostrophe) text = text.replace(RULES.apostrophe, q.apostrophe);
  text = text.replace(RULES.closingSingle, q.closeSingle);
  text = text.split("'").join(q.openSingle);
  text = text.replace(RULES.openingDouble, `$1${q.openDouble}`);
  text = text.replace(RULES.closingDouble, q.closeDouble);
  return text.split('"').join(q.openDouble);
}
