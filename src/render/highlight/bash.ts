/** Pygments' BashLexer, the common subset: variables `nv`, strings `s2`/`s1`, comments `c1`, builtins `nb`. */
import { stringEnd } from './json.js';
import { matchAt, type Lexer, type Token } from './token.js';

const WS = /[ \t]+/y;
const VARIABLE = /\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9#?$!@*-])/y;
const BRACED = /\$\{[^}\n]*\}/y;
const ASSIGN = /[A-Za-z_][A-Za-z0-9_]*(?=\+?=)/y;
const WORD = /[^\s'"$#;&|<>()=\\`{}]+/y;
const KEYWORDS = new Set(['if', 'fi', 'else', 'while', 'do', 'done', 'for', 'then', 'return', 'function', 'case', 'select', 'continue', 'until', 'esac', 'elif']);
const BUILTINS = new Set([
  'alias', 'bg', 'bind', 'break', 'builtin', 'caller', 'cd', 'command', 'compgen', 'complete', 'declare', 'dirs',
  'disown', 'echo', 'enable', 'eval', 'exec', 'exit', 'export', 'false', 'fc', 'fg', 'getopts', 'hash', 'help',
  'history', 'jobs', 'kill', 'let', 'local', 'logout', 'popd', 'printf', 'pushd', 'pwd', 'read', 'readonly', 'set',
  'shift', 'shopt', 'source', 'suspend', 'test', 'time', 'times', 'trap', 'true', 'type', 'typeset', 'ulimit',
  'umask', 'unalias', 'unset', 'wait',
]);

export const bashLexer: Lexer = (code) => {
  const tokens: Token[] = [];
  let pos = 0;
  let wordStart = true;
  while (pos < code.length) {
    const c = code[pos]!;
    let m: string | null = null;
    if ((m = matchAt(WS, code, pos))) {
      tokens.push(['w', m]);
      wordStart = true;
    } else if (c === '\n') {
      m = c;
      tokens.push(['w', m]);
      wordStart = true;
    } else if (c === '#' && wordStart) {
      m = matchAt(/#[^\n]*/y, code, pos)!;
      tokens.push(['c1', m]);
    } else if (c === '"' || c === "'") {
      const end = stringEnd(code, pos, c);
      // An unclosed quote: the rest is the string (bash never errors in Pygments).
      m = code.slice(pos, end < 0 ? code.length : end);
      if (c === '"') pushDoubleQuoted(tokens, m);
      else tokens.push(['s1', m]);
      wordStart = false;
    } else if (wordStart && (m = matchAt(ASSIGN, code, pos))) {
      tokens.push(['nv', m]);
      wordStart = false;
    } else if ((m = matchAt(BRACED, code, pos))) {
      tokens.push(['si', '${'], ['nv', m.slice(2, -1)], ['si', '}']);
      wordStart = false;
    } else if ((m = matchAt(VARIABLE, code, pos))) {
      tokens.push(['nv', m]);
      wordStart = false;
    } else if (c === '\\') {
      m = code.slice(pos, pos + 2);
      tokens.push(['se', m]);
    } else if ((m = matchAt(WORD, code, pos))) {
      const cls = wordStart && KEYWORDS.has(m) ? 'k' : wordStart && BUILTINS.has(m) ? 'nb' : /^\d+$/.test(m) ? 'm' : '';
      tokens.push([cls, m]);
      wordStart = false;
    } else {
      m = c;
      tokens.push([c === '=' ? 'o' : 'p', m]);
      wordStart = c !== '=';
    }
    pos += m.length;
  }
  return tokens;
};

/** `"text $VAR ${X}"`: the string with its variables split out, as Pygments' string state does. */
function pushDoubleQuoted(tokens: Token[], s: string): void {
  const re = /\$\{[^}\n]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m.index > last) tokens.push(['s2', s.slice(last, m.index)]);
    if (m[0].startsWith('${')) tokens.push(['si', '${'], ['nv', m[0].slice(2, -1)], ['si', '}']);
    else tokens.push(['nv', m[0]]);
    last = m.index + m[0].length;
  }
  if (last < s.length) tokens.push(['s2', s.slice(last)]);
}
