/**
 * JSON samples (`.. literalinclude:: samples/x-response.json`): parsed with positions so that later checks can
 * point at the exact key, and so that invalid JSON is reported where it breaks instead of rendering silently.
 */
import { evaluate, parse, type DocumentNode, type JSONValue, type ValueNode } from '@humanwhocodes/momoa';
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';
import { fileSpan } from '../diagnostics/diagnostic.js';
import { parseJsonPositions } from './json-positions.js';

export interface JsonSample {
  ok: boolean;
  ast: DocumentNode | null;
}

/** Samples larger than this are not parsed (they are still shown; nothing checks them). */
export const MAX_SAMPLE_CHARS = 5 * 1024 * 1024;

/** Parses `text` as strict JSON; invalid JSON is one `sample-invalid-json` error at the failing line and column. */
export function parseJsonSample(file: string, text: string, diagnostics: DiagnosticBag): JsonSample {
  if (text.length > MAX_SAMPLE_CHARS) {
    diagnostics.report(
      'file-too-large',
      'error',
      `Sample is ${text.length} characters long; samples over ${MAX_SAMPLE_CHARS} are not checked.`,
      fileSpan(file),
    );
    return { ok: false, ast: null };
  }
  // Valid samples (nearly all) are read by the faster reader; Momoa reads the rest and says where they break.
  const fast = parseJsonPositions(text);
  if (fast) return { ok: true, ast: fast };
  try {
    return { ok: true, ast: parse(text, { mode: 'json', ranges: false, tokens: false }) };
  } catch (err) {
    if (err instanceof RangeError) {
      diagnostics.report('sample-invalid-json', 'error', 'JSON is nested too deeply to read.', fileSpan(file));
      return { ok: false, ast: null };
    }
    const e = err as { message?: string; line?: number; column?: number; offset?: number };
    const line = typeof e.line === 'number' ? e.line : 1;
    const column = typeof e.column === 'number' ? e.column : 1;
    const offset = typeof e.offset === 'number' ? e.offset : 0;
    // Momoa appends " (line:column)" to its messages; the diagnostic carries the position itself.
    const message = String(e.message ?? err).replace(/ \(\d+:\d+\)$/, '');
    const point = { line, column, offset };
    diagnostics.report('sample-invalid-json', 'error', `Invalid JSON: ${message}`, {
      file,
      start: point,
      end: point,
    });
    return { ok: false, ast: null };
  }
}

/**
 * Reports what parseJsonSample would report, without building a syntax tree when there is nothing to report:
 * the engine's JSON.parse is far faster than Momoa, and only a failure needs Momoa's line and column. Momoa
 * accepts all JSON.parse accepts except nesting too deep for its recursion, which goes to Momoa as before.
 */
export function checkJsonSample(file: string, text: string, diagnostics: DiagnosticBag): void {
  if (text.length <= MAX_SAMPLE_CHARS && !mayNestDeeper(text)) {
    try {
      JSON.parse(text);
      return;
    } catch {
      // Fall through: Momoa finds where it breaks (or accepts what JSON.parse refuses, as before).
    }
  }
  parseJsonSample(file, text, diagnostics);
}

/** Nesting Momoa's recursive parser handles on any stack (it fails somewhere between 3,000 and 5,000). */
const SAFE_DEPTH = 1000;

/**
 * True when the text may nest deeper than SAFE_DEPTH. That takes twice as many characters, and more opening
 * brackets: counting them is one pass of the regular expression engine, which spares nearly every sample the
 * character-by-character scan (cinder: 431 samples, ~10 ms of a lint).
 */
function mayNestDeeper(text: string): boolean {
  if (text.length <= 2 * SAFE_DEPTH) return false;
  if (text.length - text.replace(OPENING_BRACKETS, '').length <= SAFE_DEPTH) return false;
  return nestingDepth(text) > SAFE_DEPTH;
}

const OPENING_BRACKETS = /[[{]/g;

/** The deepest bracket nesting outside strings (an upper bound for invalid text, which is fine here). */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** The Span of a Momoa node in `file`. */
export function jsonSpan(file: string, node: { loc: DocumentNode['loc'] }): Span {
  return {
    file,
    start: { line: node.loc.start.line, column: node.loc.start.column, offset: node.loc.start.offset },
    end: { line: node.loc.end.line, column: node.loc.end.column, offset: node.loc.end.offset },
  };
}

/** A path into a JSON value: object keys and array indexes. */
export type JsonPath = ReadonlyArray<string | number>;

/** The node at `path` (e.g. `['volume', 'attachments', 0, 'id']`), or null when the path does not exist. */
export function jsonNodeAt(root: DocumentNode | ValueNode, path: JsonPath): ValueNode | null {
  let node: ValueNode = root.type === 'Document' ? root.body : root;
  for (const step of path) {
    if (typeof step === 'number') {
      if (node.type !== 'Array') return null;
      const el = node.elements[step];
      if (!el) return null;
      node = el.value;
    } else {
      if (node.type !== 'Object') return null;
      // The last member of a name wins, as JSON.parse does.
      let found: ValueNode | null = null;
      for (const m of node.members) if (memberName(m.name) === step) found = m.value;
      if (!found) return null;
      node = found;
    }
  }
  return node;
}

/** The plain value at `path`, or undefined when the path does not exist. */
export function jsonValueAt(root: DocumentNode | ValueNode, path: JsonPath): JSONValue | undefined {
  const node = jsonNodeAt(root, path);
  return node ? evaluate(node) : undefined;
}

/** One object key found in a sample. */
export interface JsonKey {
  /** Key names from the root; array steps are numeric indexes (`['servers', 0, 'id']`). */
  path: (string | number)[];
  /** The dotted form os-api-ref tables use for nested body parameters, without indexes (`servers.id`). */
  dotted: string;
  name: string;
  /** The span of the key itself (with its quotes). */
  span: Span;
  value: ValueNode;
}

/**
 * Every object key in the sample, depth first in document order. Iterative, so a deeply nested sample cannot
 * exhaust the stack.
 */
export function jsonKeys(file: string, doc: DocumentNode): JsonKey[] {
  const out: JsonKey[] = [];
  const stack: { node: ValueNode; path: (string | number)[] }[] = [{ node: doc.body, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    const children: { node: ValueNode; path: (string | number)[] }[] = [];
    if (node.type === 'Object') {
      for (const m of node.members) {
        const name = memberName(m.name);
        const p = [...path, name];
        out.push({ path: p, dotted: dotted(p), name, span: jsonSpan(file, m.name), value: m.value });
        children.push({ node: m.value, path: p });
      }
    } else if (node.type === 'Array') {
      node.elements.forEach((el, i) => children.push({ node: el.value, path: [...path, i] }));
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  // Keys were pushed when their parent was visited; order them by position for a document-order list.
  return out.sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/** The type name a parameter table would use for a JSON value. */
export function jsonTypeOf(node: ValueNode): 'object' | 'array' | 'string' | 'integer' | 'float' | 'boolean' | 'null' {
  switch (node.type) {
    case 'Object':
      return 'object';
    case 'Array':
      return 'array';
    case 'String':
      return 'string';
    case 'Boolean':
      return 'boolean';
    case 'Null':
      return 'null';
    case 'Number':
      return Number.isInteger(node.value) ? 'integer' : 'float';
    default:
      return 'float'; // NaN/Infinity occur only in JSON5 mode, which samples are not parsed in
  }
}

function memberName(name: { type: string; value?: string; name?: string }): string {
  return name.type === 'String' ? (name.value ?? '') : (name.name ?? '');
}

function dotted(path: ReadonlyArray<string | number>): string {
  return path.filter((p): p is string => typeof p === 'string').join('.');
}
