/** Pygments' XmlLexer: tags `nt`, attributes `na`, values `s`, comments `c`, processing instructions `cp`. */
import { matchAt, type Lexer, type Token } from './token.js';

const TAG_OPEN = /<\/?[\w:.-]+/y;
const ATTR = /[\w:.-]+\s*=/y;
const VALUE = /"[^"]*"|'[^']*'/y;
const TEXT = /[^<&\s]+/y;
const SPACE = /\s+/y;
const ENTITY = /&\S*?;/y;

export const xmlLexer: Lexer = (code) => {
  const tokens: Token[] = [];
  let pos = 0;
  let inTag = false;
  while (pos < code.length) {
    let m: string | null = null;
    if (inTag) {
      if ((m = matchAt(/\s+/y, code, pos))) tokens.push(['w', m]);
      else if ((m = matchAt(ATTR, code, pos))) tokens.push(['na', m]);
      else if ((m = matchAt(VALUE, code, pos))) tokens.push(['s', m]);
      else if ((m = matchAt(/\/?>/y, code, pos))) {
        tokens.push(['nt', m]);
        inTag = false;
      } else return null;
    } else if (code.startsWith('<!--', pos)) {
      const end = code.indexOf('-->', pos + 4);
      if (end < 0) return null;
      tokens.push(['cm', (m = code.slice(pos, end + 3))]);
    } else if (code.startsWith('<?', pos) || code.startsWith('<!', pos)) {
      const end = code.indexOf('>', pos);
      if (end < 0) return null;
      tokens.push(['cp', (m = code.slice(pos, end + 1))]);
    } else if ((m = matchAt(TAG_OPEN, code, pos))) {
      tokens.push(['nt', m]);
      inTag = true;
    } else if ((m = matchAt(ENTITY, code, pos))) {
      tokens.push(['ni', m]);
    } else if ((m = matchAt(SPACE, code, pos))) {
      // Pygments gives whitespace between text words its own token.
      tokens.push(['w', m]);
    } else if ((m = matchAt(TEXT, code, pos))) {
      tokens.push(['', m]);
    } else {
      return null;
    }
    pos += m.length;
  }
  return tokens;
};
