/**
 * A fast reader for the plain shape nearly every parameters.yaml and status.yaml has: a mapping of simple keys
 * to mappings of simple keys to scalars.
 *
 *     name:                        # a simple key (every entry at one indentation)
 *       in: body                   # fields at one deeper indentation, simple keys
 *       required: true             # plain, single-line quoted, or `|` / `>` block scalars
 *       description: |
 *         Text ...
 *
 * Parsing 130 KB through the general YAML library costs about 200 ms in a cold process, most of a lint run's
 * data loading; this reader does the same file in a few milliseconds. It gives exactly what the library path
 * gives (values, YAML-as-written sources, spans; tested to be equal on every corpus file and on mutations of
 * them), and returns null the moment the file leaves the shape (anchors, merge keys, flow collections, nested
 * mappings, escapes, tabs, duplicates, anything the library would report), so the library path handles every
 * file that could need a diagnostic.
 */
import type { Point, Span } from '../diagnostics/diagnostic.js';
import { MAX_YAML_BYTES, YAML11_FALSE, YAML11_TRUE } from './yaml-reader.js';
import { lastAtMost } from '../util/arrays.js';

/**
 * A key this reader accepts: a plain scalar the core schema reads as a string that is written the same way
 * (YAML caps keys at 1024 characters), or a three-digit status code (an integer, whose key text is as written).
 */
const SIMPLE_KEY = /^(?:[A-Za-z_](?:[A-Za-z0-9_.:-]{0,998}[A-Za-z0-9_.-])?|[1-5][0-9][0-9])$/;
/** Keys the core schema would read as something other than the string (or that JS objects treat specially). */
const NOT_STRING_KEY = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|__proto__)$/;
/** Plain scalars cannot start with these (or they mean something else): leave such values to the library. */
const INDICATOR_START = /^[-?:,[\]{}#&*!%@`]/;
/** A continuation line of a plain scalar may start with a backtick; the rest stay with the library. */
const CONTINUATION_BAIL = /^[-?:,[\]{}#&*!%@|>'"]/;
/** Tokens that might be numbers, nulls or specials in some spelling: only the two simple forms below are read. */
const NUMBER_LIKE = /^[-+.0-9][0-9A-Za-z_.+-]*$/;
const SIMPLE_INT = /^(?:0|[1-9][0-9]{0,14})$/;
const SIMPLE_FLOAT = /^[0-9]+\.[0-9]+$/;
const CORE_NULL = /^(?:~|null|Null|NULL)$/;

/** Thrown inside the reader when the file leaves the plain shape; caught at the top, never escapes. */
class NotPlain extends Error {}

interface ScalarRead {
  value: unknown;
  source: string;
  start: number;
  end: number;
  /** Where the value's node ends for the enclosing mapping's range (after a trailing comment and newline). */
  nodeEnd: number;
  /** True for a plain scalar (YAML 1.1 booleans apply only to those). */
  plain: boolean;
  /** The first line after the value. */
  nextLine: number;
}

/** One field of an entry: `name: value`. */
export interface PlainField {
  name: string;
  /** The value as the library path gives it: strings, integers, YAML 1.1 booleans, floats as written. */
  value: unknown;
  /** The scalar as the library path's `scalarSource` gives it (the text written, for plain scalars). */
  source: string;
  keySpan: Span;
  span: Span;
  /** True for a plain (unquoted, non-block) scalar: only those can be YAML 1.1 booleans. */
  plain: boolean;
}

/** One entry as read: its fields, and where its mapping ends. */
export interface PlainEntry {
  key: string;
  keySpan: Span;
  /** The end of the entry's mapping (as the library's node range gives it). */
  end: Point;
  fields: Map<string, PlainField>;
}

/** The file's entries read in the plain shape, or null when it is not in that shape (then use the YAML library). */
export function readPlainMappings(file: string, text: string): PlainEntry[] | null {
  // Tabs, CRs, BOMs and control characters each have YAML rules of their own: the library handles them.
  if (text.length > MAX_YAML_BYTES || /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/.test(text)) return null;
  try {
    return new PlainReader(file, text).read();
  } catch (err) {
    if (err instanceof NotPlain) return null;
    throw err;
  }
}

class PlainReader {
  /** Offset of each line's first character, plus one past the end. */
  private readonly starts: number[] = [0];
  /** Offset of each line's end (before its newline). */
  private readonly ends: number[] = [];
  /** The entries' indentation, set by the first entry. */
  private top = -1;

  constructor(
    private readonly file: string,
    private readonly text: string,
  ) {
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) break;
      this.ends.push(nl);
      this.starts.push(nl + 1);
      from = nl + 1;
    }
    this.ends.push(text.length);
  }

  private get lineCount(): number {
    return this.ends.length;
  }

  private line(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  /** After the line's newline (or the end of the text for the last line). */
  private afterLine(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1]! : this.text.length;
  }

  private point(offset: number): Point {
    const line = lastAtMost(this.starts, offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1, offset };
  }

  private span(start: number, end: number): Span {
    return { file: this.file, start: this.point(start), end: this.point(end) };
  }

  read(): PlainEntry[] {
    const entries: PlainEntry[] = [];
    const keys = new Set<string>();
    let i = 0;
    let seenContent = false;
    while (i < this.lineCount) {
      const line = this.line(i);
      if (isBlankOrComment(line)) {
        i++;
        continue;
      }
      if (!seenContent && line === '---') {
        seenContent = true;
        i++;
        continue;
      }
      seenContent = true;
      const sp = leadingSpaces(line);
      if (this.top < 0) this.top = sp;
      else if (sp !== this.top) throw new NotPlain();
      const m = /^(\S+):(?:\s+#.*|\s*)$/.exec(line.slice(sp));
      if (!m || !isSimpleKey(m[1]!)) throw new NotPlain();
      const key = m[1]!;
      if (keys.has(key)) throw new NotPlain();
      keys.add(key);
      const read = this.readFields(key, this.starts[i]! + sp, i + 1);
      entries.push(read.entry);
      i = read.nextLine;
    }
    if (entries.length === 0) throw new NotPlain();
    return entries;
  }

  private readFields(key: string, keyStart: number, from: number): { entry: PlainEntry; nextLine: number } {
    const fields = new Map<string, PlainField>();
    let indent = -1;
    let mapEnd = -1;
    let i = from;
    while (i < this.lineCount) {
      const line = this.line(i);
      if (isBlankOrComment(line)) {
        i++;
        continue;
      }
      const lineIndent = leadingSpaces(line);
      if (lineIndent <= this.top) {
        if (lineIndent < this.top) throw new NotPlain();
        break;
      }
      if (indent < 0) indent = lineIndent;
      else if (lineIndent !== indent) throw new NotPlain();
      const m = /^(\S+):(?: +|$)/.exec(line.slice(indent));
      if (!m || !isSimpleKey(m[1]!)) throw new NotPlain();
      const name = m[1]!;
      if (fields.has(name)) throw new NotPlain();
      const nameStart = this.starts[i]! + indent;
      const valueAt = nameStart + m[0].length;
      const v = this.readValue(i, valueAt, indent);
      fields.set(name, {
        name,
        value: v.value,
        source: v.source,
        keySpan: this.span(nameStart, nameStart + name.length),
        span: this.span(v.start, v.end),
        plain: v.plain,
      });
      mapEnd = v.nodeEnd;
      i = v.nextLine;
    }
    // An entry without fields is a null (or a mistake): the library path reads and reports it.
    if (fields.size === 0) throw new NotPlain();
    const keySpan = this.span(keyStart, keyStart + key.length);
    return { entry: { key, keySpan, end: this.point(mapEnd), fields }, nextLine: i };
  }

  /** The value that starts at `at` on line `i`, a field at `indent`. */
  private readValue(i: number, at: number, indent: number): ScalarRead {
    const first = this.text.slice(at, this.ends[i]!);
    if (first === '') {
      // `description:` with the text on the following, more indented lines: a plain scalar starting there.
      const next = i + 1 < this.lineCount ? this.line(i + 1) : '';
      const sp = leadingSpaces(next);
      if (sp <= indent || sp === next.length) throw new NotPlain();
      const text = next.slice(sp);
      if (INDICATOR_START.test(text) || /^[|>'"]/.test(text)) throw new NotPlain();
      return this.readPlain(i + 1, this.starts[i + 1]! + sp, indent, text);
    }
    if (first.startsWith('#')) throw new NotPlain();
    const c = first[0]!;
    if (c === '|' || c === '>') return this.readBlock(i, at, indent, first);
    if (c === "'" || c === '"') return this.readQuoted(i, at, indent, first);
    if (INDICATOR_START.test(first)) throw new NotPlain();
    return this.readPlain(i, at, indent, first);
  }

  private readBlock(i: number, at: number, indent: number, header: string): ScalarRead {
    const h = /^([|>])(-?)\s*(?:#.*)?$/.exec(header);
    if (!h) throw new NotPlain();
    const folded = h[1] === '>';
    const strip = h[2] === '-';
    // The first content line sets the indentation; a blank line before it is left to the library.
    const firstLine = i + 1;
    if (firstLine >= this.lineCount) throw new NotPlain();
    const n = leadingSpaces(this.line(firstLine));
    if (n <= indent || n === this.line(firstLine).length) throw new NotPlain();
    const lines: string[] = [];
    let last = firstLine;
    let j = firstLine;
    for (; j < this.lineCount; j++) {
      const line = this.line(j);
      const sp = leadingSpaces(line);
      if (sp === line.length) {
        // Whitespace-only lines longer than the indentation carry content spaces: leave them to the library.
        if (sp > n) throw new NotPlain();
        lines.push('');
        continue;
      }
      if (sp < n) break;
      if (folded && sp > n) throw new NotPlain();
      lines.push(line.slice(n));
      last = j;
    }
    lines.length = last - firstLine + 1;
    let value: string;
    if (folded) {
      value = lines[0]!;
      let blanks = 0;
      for (let k = 1; k < lines.length; k++) {
        const l = lines[k]!;
        if (l === '') {
          blanks++;
          continue;
        }
        value += blanks ? '\n'.repeat(blanks) : ' ';
        value += l;
        blanks = 0;
      }
    } else value = lines.join('\n');
    if (!strip) value += '\n';
    const end = this.afterLine(last);
    this.expectFieldOrEntryAfter(last + 1, indent);
    return { value, source: value, start: at, end, nodeEnd: end, plain: false, nextLine: last + 1 };
  }

  private readQuoted(i: number, at: number, indent: number, first: string): ScalarRead {
    const q = first[0]!;
    let value = '';
    let k = 1;
    for (;;) {
      const close = first.indexOf(q, k);
      // Multi-line quoted scalars and escapes are left to the library.
      if (close < 0) throw new NotPlain();
      value += first.slice(k, close);
      if (q === "'" && first[close + 1] === "'") {
        value += "'";
        k = close + 2;
        continue;
      }
      k = close + 1;
      break;
    }
    if (q === '"' && value.includes('\\')) throw new NotPlain();
    if (!/^(?:\s+#.*|\s*)$/.test(first.slice(k))) throw new NotPlain();
    this.expectFieldOrEntryAfter(i + 1, indent);
    return { value, source: value, start: at, end: at + k, nodeEnd: this.afterLine(i), plain: false, nextLine: i + 1 };
  }

  private readPlain(i: number, at: number, indent: number, first: string): ScalarRead {
    let text = first;
    const comment = text.search(/\s#/);
    if (comment >= 0) text = text.slice(0, comment);
    text = text.trimEnd();
    if (!isPlainLine(text)) throw new NotPlain();
    let value = text;
    let end = at + text.length;
    let last = i;
    if (comment < 0) {
      // Continuation lines: more indented than the field, folded with single spaces (blank lines become \n).
      let blanks = 0;
      for (let j = i + 1; j < this.lineCount; j++) {
        const line = this.line(j);
        const sp = leadingSpaces(line);
        if (sp === line.length) {
          blanks++;
          continue;
        }
        if (sp <= indent) break;
        const part = line.trim();
        if (CONTINUATION_BAIL.test(part) || /\s#/.test(part) || !isPlainLine(part)) throw new NotPlain();
        value += blanks ? '\n'.repeat(blanks) : ' ';
        value += part;
        blanks = 0;
        last = j;
        end = this.starts[j]! + sp + part.length;
      }
    }
    this.expectFieldOrEntryAfter(last + 1, indent);
    const source = this.text.slice(at, end);
    return { value: last === i ? resolvePlain(value) : value, source, start: at, end, nodeEnd: this.afterLine(last), plain: true, nextLine: last + 1 };
  }

  /** After a value, the next content line must start another field (at `indent`) or another entry (at `top`). */
  private expectFieldOrEntryAfter(from: number, indent: number): void {
    for (let j = from; j < this.lineCount; j++) {
      const line = this.line(j);
      if (isBlankOrComment(line)) continue;
      const sp = leadingSpaces(line);
      if (sp !== this.top && sp !== indent) throw new NotPlain();
      return;
    }
  }
}

/** The value of a one-line plain scalar the way the library path gives it (core schema + YAML 1.1 booleans). */
function resolvePlain(text: string): unknown {
  if (YAML11_TRUE.has(text)) return true;
  if (YAML11_FALSE.has(text)) return false;
  if (CORE_NULL.test(text)) throw new NotPlain();
  if (NUMBER_LIKE.test(text)) {
    if (SIMPLE_INT.test(text)) return Number(text);
    // os-api-ref keeps floats as the text written (`3.60`).
    if (SIMPLE_FLOAT.test(text)) return text;
    throw new NotPlain();
  }
  return text;
}

function isSimpleKey(key: string): boolean {
  return SIMPLE_KEY.test(key) && !NOT_STRING_KEY.test(key);
}

/** Text a plain scalar line may hold without meaning anything else to YAML. */
function isPlainLine(text: string): boolean {
  return text !== '' && !text.includes(': ') && !text.endsWith(':');
}

function isBlankOrComment(line: string): boolean {
  const sp = leadingSpaces(line);
  return sp === line.length || line[sp] === '#';
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}
