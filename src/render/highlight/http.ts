/** Pygments' HttpLexer: request/status line, `na: l` headers, then the body (JSON bodies highlighted as JSON). */
import { jsonLexer } from './json.js';
import type { Lexer, Token } from './token.js';

const REQUEST = /^([A-Za-z]+)( +)([^ \n]+)( +)(HTTP)(\/)(\d+(?:\.\d+)?)(\r?\n|$)/;
const STATUS = /^(HTTP)(\/)(\d+(?:\.\d+)?)( +)(\d{3})( +)?([^\n]*)(\r?\n|$)/;
const HEADER = /^([^\s:]+)( *)(:)( *)([^\n]*?)(\r?\n|$)/;

export const httpLexer: Lexer = (code) => {
  const tokens: Token[] = [];
  let rest = code;
  let m = REQUEST.exec(rest);
  if (m) {
    tokens.push(['nf', m[1]!], ['', m[2]!], ['nn', m[3]!], ['', m[4]!], ['kr', m[5]!], ['o', m[6]!], ['m', m[7]!], ['', m[8]!]);
  } else if ((m = STATUS.exec(rest))) {
    tokens.push(['kr', m[1]!], ['o', m[2]!], ['m', m[3]!], ['', m[4]!], ['m', m[5]!], ['', m[6] ?? ''], ['ne', m[7]!], ['', m[8]!]);
  } else {
    return null;
  }
  rest = rest.slice(m[0].length);
  let json = false;
  let h: RegExpExecArray | null;
  while (rest && (h = HEADER.exec(rest))) {
    if (/^content-type$/i.test(h[1]!) && /json/i.test(h[5]!)) json = true;
    tokens.push(['na', h[1]!], ['', h[2]!], ['o', h[3]!], ['', h[4]!], ['l', h[5]!], ['', h[6]!]);
    rest = rest.slice(h[0].length);
  }
  if (rest) {
    const blank = /^\r?\n/.exec(rest);
    if (blank) {
      tokens.push(['', blank[0]]);
      rest = rest.slice(blank[0].length);
    }
    const body = json ? jsonLexer(rest) : null;
    tokens.push(...(body ?? [['', rest] as Token]));
  }
  return tokens.filter(([, v]) => v.length > 0);
};
