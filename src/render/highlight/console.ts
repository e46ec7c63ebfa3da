/** Pygments' BashSessionLexer: prompt lines (`$ `, `# `, `> `) as `gp` + bash, everything else output `go`. */
import { bashLexer } from './bash.js';
import type { Lexer, Token } from './token.js';

const PROMPT = /^(?:\[[^\]\n]*\][$#] |[^\s$#%>]*[$#%>] ?)/;

export const consoleLexer: Lexer = (code) => {
  const tokens: Token[] = [];
  const lines = code.split(/(?<=\n)/);
  for (const line of lines) {
    const m = /^(?:\$|#|>|%) /.test(line) ? PROMPT.exec(line) : null;
    if (m) {
      tokens.push(['gp', m[0]]);
      tokens.push(...(bashLexer(line.slice(m[0].length)) ?? [['', line.slice(m[0].length)] as [string, string]]));
    } else {
      const body = line.endsWith('\n') ? line.slice(0, -1) : line;
      if (body) tokens.push(['go', body]);
      if (body.length < line.length) tokens.push(['', '\n']);
    }
  }
  return tokens;
};
