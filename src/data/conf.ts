/**
 * Reads the few settings apiref needs from a Sphinx `conf.py` AS TEXT: the file is never executed.
 *
 * Only top-level assignments whose value is a literal are understood:
 *
 *     project = u'Compute API Reference'
 *     os_api_ref_min_microversion = '2.1'
 *     os_api_ref_release_microversions = {
 *         '2.1': 'Kilo',   # comments and trailing commas are fine
 *     }
 *
 * A watched setting with any other value (a float `2.1`, a name, a call) is reported at its line and ignored.
 */
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';
import { setOwn } from '../util/records.js';

export interface ConfSettings {
  project: string | null;
  htmlTitle: string | null;
  minMicroversion: string | null;
  maxMicroversion: string | null;
  releaseMicroversions: Record<string, string>;
  /** `extensions = [...]`: the Sphinx extensions the project's own build loads (null when not a list of strings). */
  extensions: string[] | null;
}

type Tok =
  | { kind: 'str'; value: string; computed: boolean; start: number; end: number }
  | { kind: 'name' | 'num' | 'op'; text: string; start: number; end: number }
  | { kind: 'nl'; start: number; end: number };

const STRING_SETTINGS = {
  project: 'project',
  html_title: 'htmlTitle',
  os_api_ref_min_microversion: 'minMicroversion',
  os_api_ref_max_microversion: 'maxMicroversion',
} as const;
const DICT_SETTING = 'os_api_ref_release_microversions';

/** Reads `text` (the contents of `file`); never throws, reports unreadable settings to `diagnostics`. */
export function readConf(file: string, text: string, diagnostics: DiagnosticBag): ConfSettings {
  const settings: ConfSettings = {
    project: null,
    htmlTitle: null,
    minMicroversion: null,
    maxMicroversion: null,
    releaseMicroversions: {},
    extensions: null,
  };
  const lines = lineStarts(text);
  const span = (start: number, end: number): Span => ({
    file,
    start: toPoint(lines, start),
    end: toPoint(lines, end),
  });
  for (const stmt of statements(tokenize(text))) {
    const [name, eq] = stmt;
    // Only `NAME = value` starting a line at column 1 (module level) counts; `a = b = c` and `x.y = ` do not.
    if (!name || name.kind !== 'name' || !eq || eq.kind !== 'op' || eq.text !== '=') continue;
    if (toPoint(lines, name.start).column !== 1) continue;
    const key = name.text;
    const value = stmt.slice(2);
    const where = span(name.start, stmt[stmt.length - 1]!.end);
    // `x = None` is Sphinx's way of saying "use the default".
    const isNone = value.length === 1 && value[0]!.kind === 'name' && value[0]!.text === 'None';
    if (Object.hasOwn(STRING_SETTINGS, key)) {
      const s = stringLiteral(value);
      const field = STRING_SETTINGS[key as keyof typeof STRING_SETTINGS];
      if (isNone) settings[field] = null;
      else if (s === null) {
        diagnostics.report('conf-not-literal', 'warn', notLiteral(key, value, 'a string literal'), where);
        settings[field] = null;
      } else settings[field] = s;
    } else if (key === 'extensions') {
      // Only read to name where an unknown directive comes from; anything but a plain list is left alone.
      settings.extensions = listLiteral(value);
    } else if (key === DICT_SETTING) {
      const d = dictLiteral(value);
      if (isNone) settings.releaseMicroversions = {};
      else if (d === null) {
        const message = notLiteral(key, value, "a dict of strings ({'2.1': 'Kilo'})");
        diagnostics.report('conf-not-literal', 'warn', message, where);
        settings.releaseMicroversions = {};
      } else settings.releaseMicroversions = d;
    }
  }
  return settings;
}

function notLiteral(key: string, value: Tok[], expected: string): string {
  const hint =
    value.length === 1 && value[0]!.kind === 'num'
      ? ` Write it as a string ('${value[0]!.text}'): as a number, 2.10 would read as 2.1.`
      : '';
  return `\`\`${key}\`\` is not ${expected}; conf.py is not executed, so it is ignored.${hint}`;
}

/** `['a', 'b']` (trailing comma allowed); null for anything else. */
function listLiteral(toks: Tok[]): string[] | null {
  if (toks.length < 2 || !isOp(toks[0], '[') || !isOp(toks[toks.length - 1], ']')) return null;
  const out: string[] = [];
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (t.kind === 'nl') continue;
    if (t.kind !== 'str' || t.computed) return null;
    out.push(t.value);
    const next = toks[i + 1];
    if (next && isOp(next, ',')) i++;
    else if (i + 1 !== toks.length - 1) return null;
  }
  return out;
}

/** One string literal, or adjacent literals ('a' 'b'); null for anything else (f-strings included). */
function stringLiteral(toks: Tok[]): string | null {
  let inner = toks;
  if (inner.length >= 2 && isOp(inner[0], '(') && isOp(inner[inner.length - 1], ')')) inner = inner.slice(1, -1);
  if (inner.length === 0) return null;
  let out = '';
  for (const t of inner) {
    if (t.kind !== 'str' || t.computed) return null;
    out += t.value;
  }
  return out;
}

/** `{ 'k': 'v', ... }` with string keys and values; null for anything else. */
function dictLiteral(toks: Tok[]): Record<string, string> | null {
  if (toks.length < 2 || !isOp(toks[0], '{') || !isOp(toks[toks.length - 1], '}')) return null;
  const out: Record<string, string> = {};
  let i = 1;
  const end = toks.length - 1;
  while (i < end) {
    const k = toks[i];
    const colon = toks[i + 1];
    const v = toks[i + 2];
    if (k?.kind !== 'str' || k.computed || !isOp(colon, ':') || v?.kind !== 'str' || v.computed) return null;
    setOwn(out, k.value, v.value);
    i += 3;
    if (i < end) {
      if (!isOp(toks[i], ',')) return null;
      i++;
    }
  }
  return out;
}

function isOp(t: Tok | undefined, text: string): boolean {
  return !!t && t.kind === 'op' && t.text === text;
}

/** Splits tokens at logical newlines (newlines outside brackets), dropping empty statements. */
function* statements(toks: Tok[]): Generator<Tok[]> {
  let cur: Tok[] = [];
  for (const t of toks) {
    if (t.kind === 'nl' || (t.kind === 'op' && t.text === ';')) {
      if (cur.length) yield cur;
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) yield cur;
}

const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_\u0080-\uffff]/;
const TWO_CHAR_OPS = new Set(['==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '|=', '&=', ':=', '->', '**', '//']);
const STRING_PREFIX = /^(?:[uUrRbBfF]|[rR][bBfF]|[bBfF][rR])$/;

/** A small Python tokenizer: enough for literals, names, brackets and logical lines. Linear in the text. */
function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let depth = 0;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (c === '#') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2; // explicit line continuation
      continue;
    }
    if (c === '\n') {
      if (depth === 0) toks.push({ kind: 'nl', start: i, end: i });
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (IDENT_START.test(c)) {
      const start = i;
      while (i < n && IDENT_PART.test(src[i]!)) i++;
      const word = src.slice(start, i);
      if ((src[i] === "'" || src[i] === '"') && STRING_PREFIX.test(word)) {
        i = readString(src, i, start, word, toks);
        continue;
      }
      toks.push({ kind: 'name', text: word, start, end: i });
      continue;
    }
    if (c === "'" || c === '"') {
      i = readString(src, i, i, '', toks);
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const start = i;
      while (i < n && /[0-9A-Za-z_.]/.test(src[i]!)) i++;
      toks.push({ kind: 'num', text: src.slice(start, i), start, end: i });
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    // Two-character operators matter only so that `==` is not read as an assignment.
    const two = src.slice(i, i + 2);
    const op = TWO_CHAR_OPS.has(two) ? two : c;
    toks.push({ kind: 'op', text: op, start: i, end: i + op.length });
    i += op.length;
  }
  return toks;
}

/** Reads a string literal whose quote is at `q`; pushes a token and returns the index after it. */
function readString(src: string, q: number, start: number, prefix: string, toks: Tok[]): number {
  const quote = src[q]!;
  const triple = src.startsWith(quote.repeat(3), q);
  const close = triple ? quote.repeat(3) : quote;
  const raw = /[rR]/.test(prefix);
  let i = q + close.length;
  let value = '';
  const n = src.length;
  while (i < n) {
    if (src.startsWith(close, i)) {
      i += close.length;
      toks.push({ kind: 'str', value, computed: /[fFbB]/.test(prefix), start, end: i });
      return i;
    }
    const c = src[i]!;
    if (!triple && c === '\n') break; // unterminated: treat the rest of the line as the string
    if (c === '\\' && i + 1 < n) {
      const e = src[i + 1]!;
      if (raw) value += c + e;
      else value += ESCAPES[e] ?? (e === '\n' ? '' : c + e);
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  toks.push({ kind: 'str', value, computed: true, start, end: i });
  return i;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function toPoint(starts: number[], offset: number): { line: number; column: number; offset: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
}
