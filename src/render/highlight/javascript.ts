/** Pygments' JavascriptLexer, the common subset: the corpora use it for JSON samples. */
import { stringEnd } from './json.js';
import { matchAt, type Lexer, type Token } from './token.js';

const WS = /\s+/y;
const LINE_COMMENT = /\/\/[^\n]*/y;
// In Pygments' order: binary, octal (`0o7`, and `07` as browsers read it), hex, BigInt (`10n`), then the rest
// as floats (`09`, `1.5`, `1e5`).
const NUMBER = /0[bB][01]+n?|0[oO]?[0-7]+n?|0[xX][0-9a-fA-F]+n?|[0-9]+n|(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+)(?:[eE][-+]?[0-9]+)?/y;
// `\u0041` escapes are part of a name; a backslash that ends a line (a shell continuation in a curl sample) is an
// operator, as in Pygments.
const IDENT = /(?:[$A-Za-z_\u00a0-\uffff]|\\u[0-9a-fA-F]{4})(?:[$A-Za-z0-9_\u00a0-\uffff]|\\u[0-9a-fA-F]{4})*/y;
const OPERATOR = /\+\+|--|~|\?\?=?|\?|:|\\(?=\n)|(?:<<|>>>?|==?|!=?|[-<>+*%&|^/])=?|&&|\|\|/y;

const CONSTANTS = new Set(['true', 'false', 'null', 'NaN', 'Infinity', 'undefined']);
const DECLARATIONS = new Set(['var', 'let', 'const', 'with', 'function', 'class']);
const KEYWORDS = new Set([
  'for', 'in', 'while', 'do', 'break', 'return', 'continue', 'switch', 'case', 'default', 'if', 'else', 'throw',
  'try', 'catch', 'finally', 'new', 'delete', 'typeof', 'instanceof', 'void', 'yield', 'this', 'of', 'async',
  'await', 'import', 'export', 'from', 'as', 'extends', 'super', 'static', 'get', 'set', 'debugger',
]);
const BUILTINS = new Set([
  'Array', 'Boolean', 'Date', 'BigInt', 'Error', 'Function', 'Math', 'Number', 'Object', 'RegExp', 'String',
  'Promise', 'Proxy', 'Symbol', 'Map', 'Set', 'JSON', 'console', 'window', 'document', 'parseInt', 'parseFloat',
  'isNaN', 'isFinite', 'eval',
]);

function identClass(word: string): string {
  if (CONSTANTS.has(word)) return 'kc';
  if (DECLARATIONS.has(word)) return 'kd';
  if (KEYWORDS.has(word)) return 'k';
  if (BUILTINS.has(word)) return 'nb';
  return 'nx';
}

export const javascriptLexer: Lexer = (code) => {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < code.length) {
    const c = code[pos]!;
    let m: string | null = null;
    if ((m = matchAt(WS, code, pos))) {
      tokens.push(['w', m]);
    } else if ((m = matchAt(LINE_COMMENT, code, pos))) {
      tokens.push(['c1', m]);
    } else if (code.startsWith('/*', pos)) {
      const end = code.indexOf('*/', pos + 2);
      if (end < 0) return null;
      m = code.slice(pos, end + 2);
      tokens.push(['cm', m]);
    } else if (c === '"' || c === "'" || c === '`') {
      // Pygments' JavaScript strings may span lines (curl samples: `-d '` and the body on the lines after it).
      const end = stringEnd(code, pos, c);
      if (end < 0) return null;
      m = code.slice(pos, end);
      tokens.push([c === '"' ? 's2' : c === "'" ? 's1' : 'sb', m]);
    } else if ((m = matchAt(NUMBER, code, pos))) {
      tokens.push([/^0[xX]/.test(m) ? 'mh' : /^0[bB]/.test(m) ? 'mb' : /^0[oO]?[0-7]+n?$/.test(m) ? 'mo' : /n$/.test(m) ? 'mi' : 'mf', m]);
    } else if ((m = matchAt(IDENT, code, pos))) {
      tokens.push([identClass(m), m]);
    } else if ('{([;,'.includes(c) || '})].'.includes(c)) {
      m = c;
      tokens.push(['p', m]);
    } else if ((m = matchAt(OPERATOR, code, pos))) {
      tokens.push(['o', m]);
    } else {
      return null;
    }
    pos += m.length;
  }
  return tokens;
};
