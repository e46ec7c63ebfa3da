/**
 * Safe, position-keeping YAML reading shared by the parameters.yaml and status.yaml loaders.
 *
 * eemeli/yaml parses with the core schema (no custom tags are ever constructed); this module then walks the
 * node tree itself instead of calling `toJS`, so that it can (a) keep a Span for every key and value, (b) resolve
 * anchors in one pass (yaml's own `Alias.resolve` rescans the document per alias), (c) apply os-api-ref's
 * semantics (last duplicate wins, floats kept as written), and (d) bound alias expansion and nesting depth.
 */
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type Scalar,
  type YAMLMap as YamlMap,
} from 'yaml';
import type { DiagnosticBag, Point, Span } from '../diagnostics/diagnostic.js';
import { lastAtMost } from '../util/arrays.js';
import { fileSpan } from '../diagnostics/diagnostic.js';
import { setOwn } from '../util/records.js';

/** Files larger than this are refused: no api-ref YAML comes near it, and it bounds parse time and memory. */
export const MAX_YAML_BYTES = 5 * 1024 * 1024;
/** Nodes that alias expansion may add beyond the file's own; a few KB of nested aliases cannot reach gigabytes. */
const ALIAS_BUDGET_BASE = 100_000;
/** Past this many syntax errors the file is hopeless: say so once instead of listing thousands. */
const MAX_SYNTAX_ERRORS = 100;
/** Deeper nesting than this is refused (also stops alias cycles such as `&a [*a]`). */
const MAX_DEPTH = 200;

/** The tags of YAML's core schema; anything else (`!!python/object`, `!custom`) is refused. */
const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
  'tag:yaml.org,2002:merge',
]);

/** An integer as YAML's core schema writes one (decimal, 0o octal, 0x hex). */
const CORE_INT = /^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;

/** One key/value pair of a mapping after merge keys are applied. */
export interface YamlPair {
  key: string;
  keyNode: YamlNode | null;
  valueNode: YamlNode | null;
  keySpan: Span;
  valueSpan: Span;
  /** True when the pair came from a `<<: *anchor` merge rather than being written in this mapping. */
  merged: boolean;
}

export interface ParsedYaml {
  reader: YamlReader;
  /** The document's root node, or null for an empty document. */
  root: YamlNode | null;
}

/**
 * Parses `text`, reporting syntax errors, refused tags and oversize input to `diagnostics`.
 * Returns null only when nothing at all could be read (file too large, or the parser itself failed).
 */
export function parseYaml(file: string, text: string, diagnostics: DiagnosticBag): ParsedYaml | null {
  if (text.length > MAX_YAML_BYTES) {
    diagnostics.report(
      'file-too-large',
      'error',
      `File is ${text.length} characters long; YAML files over ${MAX_YAML_BYTES} characters are not read.`,
      fileSpan(file),
    );
    return null;
  }
  // A lone CR is a line break to YAML 1.2 and PyYAML, but not to the yaml package's lexer: make it LF (same
  // length, so every position stays where it was).
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      schema: 'core',
      merge: true,
      // Duplicates are reported by YamlReader with both positions, and the last one wins as in PyYAML.
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false,
    });
  } catch (err) {
    // Only pathological input (e.g. nesting deep enough to exhaust the stack) gets here.
    diagnostics.report('yaml-syntax', 'error', `YAML could not be parsed: ${String(err)}`, fileSpan(file));
    return null;
  }
  const reader = new YamlReader(file, text, doc, diagnostics);
  const seen = new Set<number>();
  // Once the document has ended (`{}` on the first line, then keys), yaml reports every later token as
  // unexpected "in YAML stream": one mistake, dozens of errors. The first says where; the rest are counted.
  const stream = new Set(doc.errors.filter((e) => / in YAML stream\b/.test(e.message)));
  const firstStream = stream.values().next().value;
  for (const e of doc.errors) {
    if (e !== firstStream && stream.has(e)) continue;
    // yaml sometimes reports one mistake twice at the same place; once is enough.
    if (seen.has(e.pos[0])) continue;
    seen.add(e.pos[0]);
    if (e === firstStream && stream.size > 1) {
      const message = `${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')} (the YAML document ended before it; ${stream.size - 1} more tokens after it are not listed)`;
      reader.reportAt('yaml-syntax', 'error', message, e.pos[0], e.pos[1]);
      continue;
    }
    if (seen.size > MAX_SYNTAX_ERRORS) {
      const message = `More than ${MAX_SYNTAX_ERRORS} syntax errors; the rest are not listed.`;
      reader.reportAt('yaml-syntax', 'error', message, e.pos[0], e.pos[1]);
      break;
    }
    // Finding the opening quote walks the document: do it for the first few only, so time stays linear.
    const start = e.code === 'MISSING_CHAR' && seen.size <= 5 ? reader.unclosedQuoteStart(e.pos[0]) : e.pos[0];
    reader.reportAt('yaml-syntax', 'error', e.message.split('\n')[0]!, start, Math.max(start, e.pos[1]));
  }
  for (const w of doc.warnings) {
    // Unknown tags are handled by YamlReader (it knows which node carries them).
    if (w.code === 'TAG_RESOLVE_FAILED') continue;
    reader.reportAt('yaml-syntax', 'warn', w.message.split('\n')[0]!, w.pos[0], w.pos[1]);
  }
  // A tag is written with `!`: a file without one has no node to check, so the walk is skipped.
  if (text.includes('!')) reader.checkTags();
  return { reader, root: (doc.contents as YamlNode | null) ?? null };
}

/** Reads nodes of one parsed document into plain values and spans. */
export class YamlReader {
  private readonly anchors = new Map<YamlNode, YamlNode>();
  /** Each mapping's pairs are worked out once: merges of merges then cost their size, not a product. */
  private readonly pairsMemo = new Map<YamlNode, YamlPair[]>();
  private readonly inProgress = new Set<YamlNode>();
  private readonly duplicatesChecked = new Set<YamlNode>();
  private aliasBudget: number;
  private budgetReported = false;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly doc: Document.Parsed,
    readonly diagnostics: DiagnosticBag,
  ) {
    this.aliasBudget = ALIAS_BUDGET_BASE + Math.floor(text.length / 4);
    // An alias is written with `*`: without one there is nothing to map, so the walk is skipped.
    if (text.includes('*')) this.indexAnchors();
  }

  /**
   * Line starts worked out from the text itself: yaml's LineCounter misses the line break that ends a block scalar
   * when the parser is recovering from an error, so every later position would drift by a line.
   */
  private lineStarts: number[] | null = null;

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const line = lastAtMost(this.lineStarts, o);
    return { line: line + 1, column: o - this.lineStarts[line]! + 1, offset: o };
  }

  spanOf(start: number, end: number): Span {
    return { file: this.file, start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** The span of a node's own text (without trailing comments/whitespace); the file start when it has none. */
  nodeSpan(node: YamlNode | null | undefined): Span {
    const r = node && (node as { range?: [number, number, number] | null }).range;
    if (!r) return fileSpan(this.file);
    return this.spanOf(r[0], r[1]);
  }

  reportAt(ruleId: string, severity: 'error' | 'warn' | 'info', message: string, start: number, end: number): void {
    this.diagnostics.report(ruleId, severity, message, this.spanOf(start, end));
  }

  /** Maps each alias to the node its anchor names: the last anchor of that name before the alias, in one pass. */
  private indexAnchors(): void {
    const latest = new Map<string, YamlNode>();
    visit(this.doc, {
      Node: (_key, node) => {
        if (isAlias(node)) {
          const target = latest.get(node.source);
          if (target) this.anchors.set(node, target);
        } else if ((node as { anchor?: string }).anchor) {
          latest.set((node as { anchor: string }).anchor, node);
        }
      },
    });
  }

  /** Reports every node whose explicit tag is outside the core schema: such input would run code in PyYAML. */
  checkTags(): void {
    visit(this.doc, {
      Node: (_key, node) => {
        const tag = (node as { tag?: string }).tag;
        if (isAlias(node) || !tag || CORE_TAGS.has(tag)) return;
        const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice(18)}` : tag;
        const nodeStart = this.nodeSpan(node).start.offset;
        const at = this.tagStart(nodeStart);
        this.reportAt(
          'yaml-unsafe-tag',
          'error',
          `Tag ${shown} is not allowed: only plain YAML (core schema) is read; the value is read as text.`,
          at,
          this.tokenEnd(at),
        );
      },
    });
  }

  /** Where the tag written before the node starting at `nodeStart` begins (the node's range leaves it out). */
  private tagStart(nodeStart: number): number {
    let i = this.text.lastIndexOf('!', nodeStart - 1);
    if (i < 0) return nodeStart;
    while (i > 0 && !/\s/.test(this.text[i - 1]!)) i--;
    return i;
  }

  private tokenEnd(start: number): number {
    let i = start;
    while (i < this.text.length && !/\s/.test(this.text[i]!)) i++;
    return i;
  }

  /** For a missing closing quote, the opening quote of the scalar it belongs to (yaml reports the end). */
  unclosedQuoteStart(errorOffset: number): number {
    let start = errorOffset;
    visit(this.doc, {
      Scalar: (_key, node) => {
        const r = node.range;
        if (!r || (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')) return;
        if (r[0] < errorOffset && r[1] >= errorOffset) start = r[0];
      },
    });
    return start;
  }

  /** Follows an alias to its anchored node; null when it cannot be resolved (already reported by the parser). */
  deref(node: YamlNode | null | undefined): YamlNode | null {
    if (!node) return null;
    if (isAlias(node)) return this.anchors.get(node) ?? null;
    return node;
  }

  /** The source text of a scalar as written (`3.60`, `True`), or null for other nodes. */
  scalarSource(node: YamlNode | null | undefined): string | null {
    const n = this.deref(node);
    if (!n || !isScalar(n)) return null;
    const r = (n as Scalar).range;
    if (!r) return (n as Scalar).source ?? null;
    if ((n as Scalar).type === 'PLAIN') return this.text.slice(r[0], r[1]);
    return typeof n.value === 'string' ? n.value : this.text.slice(r[0], r[1]);
  }

  /** A key as a string the way PyYAML would print it as a dict key (`200`, `true`, `None` → 'null'). */
  keyText(node: YamlNode | null | undefined): string {
    const n = this.deref(node);
    if (!n) return '';
    if (isScalar(n)) {
      if (typeof n.value === 'string') return n.value;
      if (n.value === null) return this.scalarSource(n) ?? '';
      if (typeof n.value === 'number') return this.scalarSource(n) ?? String(n.value);
      return String(n.value);
    }
    return this.text.slice(...this.rangeOf(n));
  }

  private rangeOf(n: YamlNode): [number, number] {
    const r = (n as { range?: [number, number, number] | null }).range;
    return r ? [r[0], r[1]] : [0, 0];
  }

  /**
   * The pairs of a mapping with merge keys applied (own keys override merged ones; among merged maps the first
   * listed wins) and duplicates resolved (the last wins, reported with a related location at the first).
   * Order: by first appearance, as a Python dict keeps it.
   */
  pairs(mapNode: YamlNode, reportDuplicates = true): YamlPair[] {
    const node = this.deref(mapNode);
    if (!node || !isMap(node)) return [];
    const known = this.pairsMemo.get(node);
    // Duplicates are reported once per mapping, even when an alias makes it read again.
    if (known && (!reportDuplicates || this.duplicatesChecked.has(node))) return known;
    if (reportDuplicates) this.duplicatesChecked.add(node);
    if (this.inProgress.has(node)) {
      this.refuse(node, 'A merge key (`<<`) refers to the mapping that contains it.');
      return [];
    }
    this.inProgress.add(node);
    const result = this.computePairs(node, reportDuplicates);
    this.inProgress.delete(node);
    this.pairsMemo.set(node, result);
    return result;
  }

  private computePairs(node: YamlMap, reportDuplicates: boolean): YamlPair[] {
    const out = new Map<string, YamlPair>();
    const own = new Map<string, YamlPair>();
    const firstSpans = new Map<string, Span>();
    const merged: YamlPair[] = [];
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as YamlNode | null;
      if (this.isMergeKey(keyNode)) {
        merged.push(...this.mergeSources(item as Pair<YamlNode, YamlNode>));
        continue;
      }
      const p = this.makePair(item as Pair<YamlNode | null, YamlNode | null>, false);
      const first = firstSpans.get(p.key);
      if (!first) firstSpans.set(p.key, p.keySpan);
      else if (reportDuplicates) {
        this.diagnostics.report(
          'duplicate-key',
          'warn',
          `Duplicate key \`\`${p.key}\`\`: this definition replaces the one on line ${first.start.line}.`,
          p.keySpan,
          [
            {
              file: this.file,
              line: first.start.line,
              column: first.start.column,
              message: `first definition of \`\`${p.key}\`\``,
            },
          ],
        );
      }
      // Map.set keeps the first insertion's position and takes the last value, as a Python dict does.
      own.set(p.key, p);
    }
    // Merged pairs first (the earliest source wins), then own pairs override in place.
    for (const m of merged) if (!out.has(m.key)) out.set(m.key, m);
    for (const [k, p] of own) out.set(k, p);
    return [...out.values()];
  }

  private isMergeKey(keyNode: YamlNode | null): boolean {
    if (!keyNode || !isScalar(keyNode)) return false;
    return typeof keyNode.value === 'symbol' || (keyNode.value === '<<' && keyNode.type === 'PLAIN');
  }

  private mergeSources(item: Pair<YamlNode, YamlNode>): YamlPair[] {
    const value = item.value;
    const sources: YamlNode[] = [];
    if (value && isSeq(value)) {
      for (const v of value.items) if (isNode(v)) sources.push(v);
    } else if (value) sources.push(value);
    const out: YamlPair[] = [];
    for (const src of sources) {
      const target = this.deref(src);
      if (!target || !isMap(target)) {
        this.diagnostics.report(
          'yaml-syntax',
          'error',
          'A merge key (`<<`) must refer to a mapping (e.g. `<<: *anchor`).',
          this.nodeSpan(src),
        );
        continue;
      }
      if (this.inProgress.has(target)) {
        this.refuse(src, 'A merge key (`<<`) refers to the mapping that contains it.');
        continue;
      }
      // Merged maps have already been checked for duplicates where they are written.
      const pairs = this.pairs(target, false);
      // Copying merged pairs is alias expansion too: charge it, so chains of merges cannot blow up.
      this.aliasBudget -= pairs.length;
      if (this.aliasBudget < 0) {
        this.refuse(src, 'Aliases expand to too much data (possible "billion laughs" input); the rest is not read.');
        break;
      }
      for (const p of pairs) out.push({ ...p, merged: true });
    }
    return out;
  }

  private makePair(item: Pair<YamlNode | null, YamlNode | null>, merged: boolean): YamlPair {
    const keyNode = item.key;
    const valueNode = item.value;
    const keySpan = this.nodeSpan(keyNode);
    let valueSpan = this.nodeSpan(valueNode);
    if (!valueNode) valueSpan = { file: this.file, start: keySpan.end, end: keySpan.end };
    return { key: this.keyText(keyNode), keyNode, valueNode, keySpan, valueSpan, merged };
  }

  /**
   * A node as plain data, the way os-api-ref's loader sees it: floats stay the text written (`3.60`), mappings
   * follow merge/duplicate rules, and aliases expand within a budget (exceeding it gives null and one error).
   */
  plain(node: YamlNode | null | undefined, depth = 0, inAlias = false): unknown {
    if (!node) return null;
    if (depth > MAX_DEPTH) {
      this.refuse(node, `Nesting deeper than ${MAX_DEPTH} levels (or an alias that refers to itself) is not read.`);
      return null;
    }
    if (isAlias(node)) {
      const target = this.anchors.get(node);
      if (!target) return null;
      return this.plain(target, depth + 1, true);
    }
    if (inAlias && --this.aliasBudget < 0) {
      this.refuse(node, 'Aliases expand to too much data (possible "billion laughs" input); the rest is not read.');
      return null;
    }
    if (isScalar(node)) return this.scalarValue(node);
    if (isSeq(node)) return node.items.map((i) => this.plain(i as YamlNode, depth + 1, inAlias));
    if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      for (const p of this.pairs(node, false)) {
        setOwn(obj, p.key, this.plain(p.valueNode, depth + 1, inAlias || p.merged));
      }
      return obj;
    }
    return null;
  }

  private refuse(node: YamlNode, message: string): void {
    if (this.budgetReported) return;
    this.budgetReported = true;
    this.diagnostics.report('yaml-alias-limit', 'error', message, this.nodeSpan(node));
  }

  private scalarValue(node: Scalar): unknown {
    const v = node.value;
    if (typeof v === 'number' && node.type === 'PLAIN') {
      // os-api-ref loads floats as strings so that version 2.10 is not 2.1: keep the text as written.
      const src = this.scalarSource(node);
      if (src !== null && !CORE_INT.test(src)) return src;
    }
    if (typeof v === 'symbol') return String(node.source ?? '<<');
    // Values of refused tags (!!binary, !!timestamp) stay the text written.
    if (v !== null && typeof v === 'object') return this.scalarSource(node);
    // PyYAML (YAML 1.1) reads plain yes/no/on/off as booleans; os-api-ref sees those, so do we.
    if (typeof v === 'string' && node.type === 'PLAIN') {
      if (YAML11_TRUE.has(v)) return true;
      if (YAML11_FALSE.has(v)) return false;
    }
    return v;
  }
}

/** PyYAML (YAML 1.1) reads these spellings as booleans; os-api-ref's `required` test sees what PyYAML sees. */
export const YAML11_TRUE: ReadonlySet<string> = new Set(['true', 'True', 'TRUE', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
export const YAML11_FALSE: ReadonlySet<string> = new Set(['false', 'False', 'FALSE', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/** The boolean PyYAML would read from a plain scalar, or null when it would not read a boolean. */
export function yaml11Boolean(reader: YamlReader, node: YamlNode | null | undefined): boolean | null {
  const n = reader.deref(node);
  if (!n || !isScalar(n)) return null;
  if (typeof n.value === 'boolean') return n.value;
  if ((n as Scalar).type !== 'PLAIN' || typeof n.value !== 'string') return null;
  if (YAML11_TRUE.has(n.value)) return true;
  if (YAML11_FALSE.has(n.value)) return false;
  return null;
}
