/** `highlight(language, code)`: Pygments-style tokens as hast; falls back to plain text when lexing fails. */
import type { ElementContent } from 'hast';
import { bashLexer } from './bash.js';
import { consoleLexer } from './console.js';
import { formatTokens } from './format.js';
import { httpLexer } from './http.js';
import { javascriptLexer } from './javascript.js';
import { jsonLexer } from './json.js';
import { plainLexer } from './plain.js';
import { pythonLexer } from './python.js';
import type { Lexer } from './token.js';
import { xmlLexer } from './xml.js';

const LEXERS: Record<string, Lexer> = {
  json: jsonLexer,
  javascript: javascriptLexer,
  js: javascriptLexer,
  bash: bashLexer,
  sh: bashLexer,
  shell: bashLexer,
  console: consoleLexer,
  'shell-session': consoleLexer,
  xml: xmlLexer,
  html: xmlLexer,
  http: httpLexer,
  default: pythonLexer,
  python: pythonLexer,
  python3: pythonLexer,
  py: pythonLexer,
  py3: pythonLexer,
};

export function lexerFor(language: string): Lexer {
  return LEXERS[language.toLowerCase()] ?? plainLexer;
}

/**
 * Sphinx re-renders a block as plain text when its lexer meets an error token; we do the same, so the `<pre>`
 * text is always exactly `code`.
 */
export function highlight(language: string, code: string, emphasize: readonly number[] = []): ElementContent[] {
  const tokens = lexerFor(language)(code) ?? plainLexer(code)!;
  return formatTokens(tokens, new Set(emphasize));
}
