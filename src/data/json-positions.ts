/**
 * A small reader for valid JSON that builds the same tree as Momoa (`parse(text, { mode: 'json' })`: types,
 * values, `loc` with 1-based lines and UTF-16 columns) in a single pass over the characters.
 *
 * Measured reason: the sample rules read every JSON sample a tree shows with positions; Momoa's tokenizer and
 * parser took 76–88 ms for cinder's 431 samples in a fresh process (where the code never gets hot), this reader
 * a fraction of that (see docs/performance.md). It handles valid JSON only and returns null for anything
 * else — invalid text, and text JSON.parse and Momoa might judge differently (raw control characters in
 * strings, U+2028/U+2029, nesting deeper than Momoa's recursion can take) — and the caller then uses Momoa,
 * which reports the error where it is. test/data/json-positions.test.ts checks the trees are equal to Momoa's
 * on every corpus sample and on mutated ones.
 */
import type { DocumentNode, ElementNode, MemberNode, StringNode, ValueNode } from '@humanwhocodes/momoa';

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Deeper nesting is left to Momoa, whose recursion decides whether it can read it. */
const MAX_DEPTH = 1000;

class NotSimple extends Error {}

export function parseJsonPositions(text: string): DocumentNode | null {
  // Characters whose handling differs between readers, or that count as line breaks in some: Momoa decides.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u2028\u2029\ufeff]/.test(text)) return null;
  try {
    const reader = new Reader(text);
    reader.skipSpace();
    const body = reader.value(0);
    reader.skipSpace();
    if (reader.pos !== text.length) return null;
    return { type: 'Document', body, loc: { start: { line: 1, column: 1, offset: 0 }, end: reader.point() } } as DocumentNode;
  } catch (err) {
    if (err instanceof NotSimple) return null;
    throw err;
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Reader {
  pos = 0;
  private line = 1;
  /** Offset of the current line's first character. */
  private lineStart = 0;

  constructor(private readonly text: string) {}

  point(): Point {
    return { line: this.line, column: this.pos - this.lineStart + 1, offset: this.pos };
  }

  skipSpace(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09) this.pos++;
      else if (c === 0x0a) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === 0x0d) {
        this.pos += text.charCodeAt(this.pos + 1) === 0x0a ? 2 : 1;
        this.line++;
        this.lineStart = this.pos;
      } else return;
    }
  }

  value(depth: number): ValueNode {
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x7b) return this.object(depth + 1);
    if (c === 0x5b) return this.array(depth + 1);
    if (c === 0x22) return this.string();
    const start = this.point();
    if (c === 0x74 && this.text.startsWith('true', this.pos)) return this.literal('Boolean', true, start, 4);
    if (c === 0x66 && this.text.startsWith('false', this.pos)) return this.literal('Boolean', false, start, 5);
    if (c === 0x6e && this.text.startsWith('null', this.pos)) return this.literal('Null', null, start, 4);
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) throw new NotSimple();
    this.pos += m[0].length;
    // A number runs into a letter or digit only in invalid text (`1x`, `01`).
    if (/[0-9A-Za-z.+-]/.test(this.text.charAt(this.pos))) throw new NotSimple();
    return { type: 'Number', value: Number(m[0]), loc: { start, end: this.point() } } as ValueNode;
  }

  private literal(type: 'Boolean' | 'Null', value: boolean | null, start: Point, length: number): ValueNode {
    this.pos += length;
    if (/[0-9A-Za-z_$]/.test(this.text.charAt(this.pos))) throw new NotSimple();
    const loc = { start, end: this.point() };
    return (type === 'Null' ? { type, loc } : { type, value, loc }) as ValueNode;
  }

  string(): StringNode {
    const text = this.text;
    const start = this.point();
    let i = this.pos + 1;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        i += 2;
        continue;
      }
      // End of text, or a line break or tab inside the string (invalid JSON; Momoa reads some of these).
      if (Number.isNaN(c) || c < 0x20) throw new NotSimple();
      i++;
    }
    const raw = text.slice(this.pos, i + 1);
    let value: string;
    if (!escaped) value = raw.slice(1, -1);
    else {
      try {
        value = JSON.parse(raw) as string;
      } catch {
        throw new NotSimple();
      }
    }
    this.pos = i + 1;
    return { type: 'String', value, loc: { start, end: this.point() } } as StringNode;
  }

  private object(depth: number): ValueNode {
    if (depth > MAX_DEPTH) throw new NotSimple();
    const start = this.point();
    this.pos++;
    const members: MemberNode[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return { type: 'Object', members, loc: { start, end: this.point() } } as ValueNode;
    }
    for (;;) {
      if (this.text.charCodeAt(this.pos) !== 0x22) throw new NotSimple();
      const name = this.string();
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 0x3a) throw new NotSimple();
      this.pos++;
      this.skipSpace();
      const value = this.value(depth);
      members.push({ type: 'Member', name, value, loc: { start: name.loc.start, end: value.loc.end } } as MemberNode);
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 0x7d) break;
      if (c !== 0x2c) throw new NotSimple();
      this.skipSpace();
    }
    return { type: 'Object', members, loc: { start, end: this.point() } } as ValueNode;
  }

  private array(depth: number): ValueNode {
    if (depth > MAX_DEPTH) throw new NotSimple();
    const start = this.point();
    this.pos++;
    const elements: ElementNode[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return { type: 'Array', elements, loc: { start, end: this.point() } } as ValueNode;
    }
    for (;;) {
      const value = this.value(depth);
      elements.push({ type: 'Element', value, loc: value.loc } as ElementNode);
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 0x5d) break;
      if (c !== 0x2c) throw new NotSimple();
      this.skipSpace();
    }
    return { type: 'Array', elements, loc: { start, end: this.point() } } as ValueNode;
  }
}
