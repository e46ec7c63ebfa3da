/**
 * Pygments' Python 3 lexer, the common subset. Sphinx's `default` language is python3 with a fallback to plain
 * text when lexing fails, which is why `::` blocks holding JSON come out with `p`/`s2`/`n` tokens.
 */
import { stringEnd } from './json.js';
import { matchAt, type Lexer, type Token } from './token.js';

const WS = /[ \t\f\r\n]+/y;
const COMMENT = /#[^\n]*/y;
const NUMBER = /0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|(?:\d(?:_?\d)*\.(?:\d(?:_?\d)*)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?j?|\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*j?|j)?/y;
const IDENT = /[_\p{XID_Start}][\p{XID_Continue}]*/uy;
const STRING_PREFIX = /(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?(?=['"])/y;
const OPERATOR = /!=|==|<<|>>|:=|[-~+/*%=<>&^|.]/y;
const ESCAPE_AT = /\\(?:[\\abfnrtv"'\n]|x[a-fA-F0-9]{2}|[0-7]{1,3}|N\{[^}\n]*\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8})/y;

const KEYWORDS = new Set([
  'assert', 'async', 'await', 'break', 'continue', 'del', 'elif', 'else', 'except', 'finally', 'for', 'global',
  'if', 'lambda', 'pass', 'raise', 'nonlocal', 'return', 'try', 'while', 'yield', 'as', 'with', 'def', 'class',
  'from', 'import',
]);
const WORD_OPERATORS = new Set(['and', 'in', 'is', 'not', 'or']);
const CONSTANTS = new Set(['True', 'False', 'None']);
// Name classes as Pygments 2.14 gives them (each checked by lexing the name alone): builtins `nb`, pseudo-builtins
// `bp` and exceptions `ne`, except after a dot; magic methods `fm` and magic attributes `vm` everywhere.
const BUILTINS = new Set([
  '__import__', 'abs', 'all', 'any', 'bin', 'bool', 'breakpoint', 'bytearray', 'bytes', 'chr', 'classmethod',
  'compile', 'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'filter', 'float', 'format',
  'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'int', 'isinstance',
  'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct',
  'open', 'ord', 'pow', 'print', 'property', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice',
  'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip',
]);
const PSEUDO_BUILTINS = new Set(['self', 'cls', 'Ellipsis', 'NotImplemented']);
const EXCEPTIONS = new Set([
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BlockingIOError', 'BrokenPipeError',
  'BufferError', 'BytesWarning', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError',
  'ConnectionRefusedError', 'ConnectionResetError', 'DeprecationWarning', 'EOFError', 'EncodingWarning',
  'EnvironmentError', 'Exception', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError',
  'FutureWarning', 'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError',
  'IndexError', 'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError',
  'MemoryError', 'ModuleNotFoundError', 'NameError', 'NotADirectoryError', 'NotImplementedError', 'OSError',
  'OverflowError', 'PendingDeprecationWarning', 'PermissionError', 'ProcessLookupError', 'RecursionError',
  'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning', 'StopAsyncIteration', 'StopIteration',
  'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TimeoutError', 'TypeError',
  'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
  'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError',
]);
const MAGIC_METHODS = new Set([
  '__abs__', '__add__', '__aenter__', '__aexit__', '__aiter__', '__and__', '__anext__', '__await__',
  '__bool__', '__bytes__', '__call__', '__complex__', '__contains__', '__del__', '__delattr__', '__delete__',
  '__delitem__', '__dir__', '__divmod__', '__enter__', '__eq__', '__exit__', '__float__', '__floordiv__',
  '__format__', '__ge__', '__get__', '__getattribute__', '__getitem__', '__gt__', '__hash__', '__iadd__',
  '__iand__', '__imatmul__', '__imul__', '__index__', '__init__', '__instancecheck__', '__int__', '__invert__',
  '__ior__', '__isub__', '__iter__', '__ixor__', '__le__', '__len__', '__length_hint__', '__lshift__',
  '__lt__', '__matmul__', '__missing__', '__mod__', '__mul__', '__ne__', '__neg__', '__new__', '__next__',
  '__or__', '__pos__', '__pow__', '__prepare__', '__radd__', '__rand__', '__rdivmod__', '__repr__',
  '__reversed__', '__rfloordiv__', '__rlshift__', '__rmatmul__', '__rmod__', '__rmul__', '__ror__',
  '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__set__',
  '__setattr__', '__setitem__', '__str__', '__sub__', '__subclasscheck__', '__truediv__', '__xor__',
]);
const MAGIC_ATTRIBUTES = new Set([
  '__annotations__', '__bases__', '__class__', '__closure__', '__code__', '__defaults__', '__dict__',
  '__doc__', '__func__', '__globals__', '__kwdefaults__', '__module__', '__mro__', '__name__', '__qualname__',
  '__self__', '__slots__', '__weakref__',
]);

export const pythonLexer: Lexer = (code) => {
  const tokens: Token[] = [];
  let pos = 0;
  let prevWord = '';
  while (pos < code.length) {
    const c = code[pos]!;
    let m: string | null = null;
    if ((m = matchAt(WS, code, pos))) {
      // Whitespace keeps `def`/`class`/`import` waiting for their name.
      tokens.push(['', m]);
      pos += m.length;
      continue;
    } else if ((m = matchAt(COMMENT, code, pos))) {
      // Pygments marks a `#!` line at the very start of the input as a hashbang (`ch`), any other `#` line as `c1`.
      tokens.push([pos === 0 && m.startsWith('#!') ? 'ch' : 'c1', m]);
    } else if ((m = matchAt(STRING_PREFIX, code, pos)) !== null) {
      const q = code[pos + m.length]!;
      const triple = code.startsWith(q.repeat(3), pos + m.length);
      const start = pos + m.length;
      let end = triple ? tripleEnd(code, start, q) : stringEnd(code, start, q, true);
      // A one-line string left open is no lexing error to Pygments: it stops at the end of its line and lexing goes
      // on from the top state (curl samples: `-d '` with the body on the lines after it).
      if (end < 0 && !triple) end = openStringEnd(code, start);
      if (end < 0) return null;
      const raw = /[rR]/.test(m);
      pushString(tokens, code.slice(pos, end), q === '"' ? 's2' : 's1', m.length ? 'sa' : '', m, raw);
      m = code.slice(pos, end);
    } else if ((m = matchAt(NUMBER, code, pos))) {
      tokens.push([/[xX]/.test(m) ? 'mh' : /[bB]/.test(m.slice(0, 2)) ? 'mb' : /^0[oO]/.test(m) ? 'mo' : /[.eEj]/.test(m) ? 'mf' : 'mi', m]);
    } else if ((m = matchAt(IDENT, code, pos))) {
      let cls = 'n';
      const afterDot = code[pos - 1] === '.';
      if ((m === 'import' || m === 'from') && /\s/.test(code[pos + m.length] ?? '')) {
        tokens.push(['kn', m]);
        pos = importStatement(code, pos + m.length, tokens, m);
        prevWord = '';
        continue;
      }
      if (MAGIC_METHODS.has(m)) cls = 'fm';
      else if (prevWord === 'def') cls = 'nf';
      else if (prevWord === 'class') cls = 'nc';
      else if (CONSTANTS.has(m)) cls = 'kc';
      else if (WORD_OPERATORS.has(m)) cls = 'ow';
      else if (KEYWORDS.has(m)) cls = 'k';
      else if (MAGIC_ATTRIBUTES.has(m)) cls = 'vm';
      else if (afterDot) cls = 'n';
      else if (BUILTINS.has(m)) cls = 'nb';
      else if (PSEUDO_BUILTINS.has(m)) cls = 'bp';
      else if (EXCEPTIONS.has(m)) cls = 'ne';
      tokens.push([cls, m]);
      prevWord = m;
      pos += m.length;
      continue;
    } else if ('()[]{},:;'.includes(c) || c === '\\') {
      // A backslash is plain text to Pygments (a line continuation with its newline, or alone), never a lexing error.
      m = c === '\\' ? (code[pos + 1] === '\n' ? '\\\n' : c) : c;
      tokens.push([c === '\\' ? '' : 'p', m]);
    } else if ((m = matchAt(OPERATOR, code, pos))) {
      tokens.push(['o', m]);
    } else if (c === '@') {
      m = c;
      tokens.push(['o', m]);
    } else {
      return null;
    }
    prevWord = '';
    pos += m.length;
  }
  return tokens;
};

function tripleEnd(code: string, start: number, q: string): number {
  const close = q.repeat(3);
  for (let i = start + 3; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code.startsWith(close, i)) return i + 3;
  }
  return -1;
}

// Pygments' string-formatting rules, tried inside every non-f string: `%`-style and `{}`-style fields are
// String.Interpol (`si`), so a sample's "https://{endpoint}/v2/" splits into s2 / si / s2.
const OLD_INTERP = /%(?:\(\w+\))?[-#0 +]*(?:[0-9]+|[*])?(?:\.(?:[0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]/y;
const NEW_INTERP = /\{(?:[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+|\[[^\]]+\])*)?(?:![sra])?(?::(?:.?[<>=^])?[-+ ]?#?0?(?:\d+)?,?(?:\.\d+)?[E-GXb-gnosx%]?)?\}/uy;

/** A string token with its escapes (`se`) and formatting fields (`si`) split out, and its prefix (`sa`). */
function pushString(tokens: Token[], s: string, cls: string, prefixCls: string, prefix: string, raw: boolean): void {
  if (prefix) tokens.push([prefixCls, prefix]);
  const body = s.slice(prefix.length);
  // f-strings interpolate expressions, a different state machine; they keep escapes only.
  const fstring = /[fF]/.test(prefix);
  let plain = 0;
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    let m: string | null = null;
    let k = '';
    if (c === '\\' && !raw) {
      ESCAPE_AT.lastIndex = i;
      const e = ESCAPE_AT.exec(body);
      if (e) {
        m = e[0];
        k = 'se';
      }
    } else if (c === '%' && !fstring) {
      m = matchAt(OLD_INTERP, body, i);
      k = 'si';
    } else if (c === '{' && !fstring) {
      // `{{` is a literal brace pair to Pygments, never the start of a field.
      if (body[i + 1] === '{') {
        i += 2;
        continue;
      }
      m = matchAt(NEW_INTERP, body, i);
      k = 'si';
    }
    if (!m) {
      i++;
      continue;
    }
    if (i > plain) tokens.push([cls, body.slice(plain, i)]);
    tokens.push([k, m]);
    i += m.length;
    plain = i;
  }
  if (plain < body.length) tokens.push([cls, body.slice(plain)]);
}

/** Where a one-line string left open ends: before the first newline not escaped by a backslash, or at the end. */
function openStringEnd(code: string, start: number): number {
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === '\n') return i;
  }
  return code.length;
}

const SPACE = /\s+/y;
const AS = /(\s+)(as)(\s+)/y;
const COMMA = /(\s*)(,)(\s*)/y;
const FROM_IMPORT = /(\s+)(import)\b/y;
const NONE = /None\b/y;

/**
 * Pygments' `import` and `fromimport` states, from just after the keyword to where lexing goes back to the top:
 * `import a.b as c, d` makes every name a namespace (`nn`), `as` a keyword and `,` an operator; `from a.b import`
 * makes the module `nn` and `import` `kn`, and what follows is ordinary code. Returns the position reached.
 */
function importStatement(code: string, pos: number, tokens: Token[], keyword: 'import' | 'from'): number {
  let m = matchAt(SPACE, code, pos);
  if (m) {
    tokens.push(['', m]);
    pos += m.length;
  }
  for (;;) {
    let groups: RegExpExecArray | null;
    if (keyword === 'import' && (groups = execAt(AS, code, pos))) {
      tokens.push(['', groups[1]!], ['k', 'as'], ['', groups[3]!]);
      pos += groups[0].length;
    } else if (keyword === 'import' && (groups = execAt(COMMA, code, pos))) {
      if (groups[1]) tokens.push(['', groups[1]]);
      tokens.push(['o', ',']);
      if (groups[3]) tokens.push(['', groups[3]]);
      pos += groups[0].length;
    } else if (keyword === 'from' && (groups = execAt(FROM_IMPORT, code, pos))) {
      tokens.push(['', groups[1]!], ['kn', 'import']);
      return pos + groups[0].length;
    } else if (code[pos] === '.') {
      tokens.push(['nn', '.']);
      pos += 1;
    } else if (keyword === 'from' && (m = matchAt(NONE, code, pos))) {
      tokens.push(['bp', m]);
      return pos + m.length;
    } else if ((m = matchAt(IDENT, code, pos))) {
      tokens.push(['nn', m]);
      pos += m.length;
    } else {
      return pos;
    }
  }
}

function execAt(re: RegExp, code: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(code);
}
