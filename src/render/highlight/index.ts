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
import { ownValue } from '../../util/records.js';

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

/**
 * Whether Pygments (as Sphinx sets it up) drops the code's leading and trailing newlines: Sphinx builds `none`, the
 * Python family, `rest` and `c` with `stripnl=False`; every other lexer strips them. A language Pygments does not
 * know falls back to `none` (kept).
 */
const KEEPS_NEWLINES = new Set(['none', 'default', 'python', 'python3', 'py', 'py3', 'pycon', 'pycon3', 'rest', 'c']);
export function stripsNewlines(language: string): boolean {
  const name = language.toLowerCase();
  return (ownValue(LEXERS, name) !== undefined || name === 'text') && !KEEPS_NEWLINES.has(name);
}

export function lexerFor(language: string): Lexer {
  // Own keys only: `constructor` or `__proto__` would otherwise find Object.prototype's members.
  return ownValue(LEXERS, language.toLowerCase()) ?? plainLexer;
}

/**
 * Sphinx re-renders a block as plain text when its lexer meets an error token; we do the same, so the `<pre>`
 * text is always exactly `code`.
 */
export function highlight(language: string, code: string, emphasize: readonly number[] = []): ElementContent[] {
  const tokens = lexerFor(language)(code) ?? plainLexer(code)!;
  return formatTokens(tokens, new Set(emphasize));
}
