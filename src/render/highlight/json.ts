/** Pygments' JsonLexer: keys `nt`, strings `s2`, integers `mi`, other numbers `mf`, constants `kc`, punctuation `p`. */
import { matchAt, type Lexer, type Token } from './token.js';

const WS = /[ \t\r\n]+/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const CONST = /(?:true|false|null)(?![A-Za-z0-9_])/y;
const AFTER_KEY = /[ \t\r\n]*:/y;

export const jsonLexer: Lexer = (code) => {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < code.length) {
    const c = code[pos]!;
    let m: string | null;
    if ((m = matchAt(WS, code, pos))) {
      tokens.push(['w', m]);
    } else if (c === '"') {
      const end = stringEnd(code, pos);
      if (end < 0) return null;
      m = code.slice(pos, end);
      AFTER_KEY.lastIndex = end;
      tokens.push([AFTER_KEY.test(code) ? 'nt' : 's2', m]);
    } else if ('{}[],:'.includes(c)) {
      m = c;
      tokens.push(['p', m]);
    } else if ((m = matchAt(NUMBER, code, pos))) {
      tokens.push([/[.eE]/.test(m) ? 'mf' : 'mi', m]);
    } else if ((m = matchAt(CONST, code, pos))) {
      tokens.push(['kc', m]);
    } else {
      return null;
    }
    pos += m.length;
  }
  return tokens;
};

/** Index just past the closing quote of the string starting at `start`, or -1 when it never closes. */
export function stringEnd(code: string, start: number, quote = '"', stopAtNewline = false): number {
  for (let i = start + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (stopAtNewline && c === '\n') return -1;
  }
  return -1;
}
