/**
 * The text of a phrase reference (`` `text <uri>`_ ``, `` `text <name_>`_ ``, `` `name`_ ``): splits off an
 * embedded URI or alias the way docutils does.
 */
import { isWhitespace } from './chars.js';
import { restoreBackslashes, unescape } from './escapes.js';
import { EMAIL_ONLY, EMAIL_URI, SCHEME_URI } from './patterns.js';
import { fullyNormalizeName } from '../../document/ids.js';

export interface EmbeddedLink {
  /** Length of the reference text before the link (whitespace before `<` excluded). */
  textEnd: number;
  /** Index of the alias text (after `<`) and its end (before `>`), in the escaped phrase. */
  aliasStart: number;
  aliasEnd: number;
  refuri?: string;
  refname?: string;
}

//  > | `the text <http://x.org/>`_
//                ^ the last unescaped `<`; it must follow whitespace (or start the text), `>` must end it.
export function findEmbedded(escaped: string): EmbeddedLink | null {
  const n = escaped.length;
  if (n < 3 || escaped[n - 1] !== '>') return null;
  const beforeClose = escaped[n - 2]!;
  if (beforeClose === '\x00' || isWhitespace(beforeClose)) return null;
  let i = n - 2;
  while (i >= 0 && !((escaped[i] === '<' || escaped[i] === '>') && escaped[i - 1] !== '\x00')) i--;
  if (i < 0 || escaped[i] !== '<' || i + 1 > n - 2 || isWhitespace(escaped[i + 1])) return null;
  let textEnd = i;
  while (textEnd > 0 && (escaped[textEnd - 1] === ' ' || escaped[textEnd - 1] === '\n')) textEnd--;
  if (i > 0 && textEnd === i) return null; // `<` must follow whitespace or start the text
  const alias = escaped.slice(i + 1, n - 1);
  const link: EmbeddedLink = { textEnd, aliasStart: i + 1, aliasEnd: n - 1 };
  const looksLikeUri = matchesAt(SCHEME_URI, alias) || matchesAt(EMAIL_URI, alias);
  if (alias.endsWith('_') && !restoreBackslashes(alias).endsWith('\\_') && !looksLikeUri) {
    link.refname = fullyNormalizeName(unescape(alias.slice(0, -1)));
  } else {
    link.refuri = embeddedUri(alias);
  }
  return link;
}

function matchesAt(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** Unescaped whitespace is removed from an embedded URI; escaped spaces stay (as single spaces). */
function embeddedUri(alias: string): string {
  const parts = alias.split(/\x00[ \n]/);
  let uri = unescape(parts.map((p) => p.replace(/[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, '')).join(' '));
  if (EMAIL_ONLY.test(uri)) uri = 'mailto:' + uri;
  if (uri.endsWith('\\_')) uri = uri.slice(0, -2) + '_';
  return uri;
}
