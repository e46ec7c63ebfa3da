/**
 * JSON samples checked against the parameter tables of the operation they illustrate (request sample against the
 * request tables, response sample against the response tables; the side comes from the headings, see
 * site-index.ts). os-api-ref tables are flat: a nested key is listed under its own name, so a key matches a row
 * of that name anywhere in the table (or a row named by its dotted path, `volume.size`).
 *
 * To keep real trees quiet, the children of an object are not checked when the object's row describes a
 * free-form map (metadata, key/value pairs, ...) or when none of its keys is documented at all (the table
 * documents the object, not its inside). An undocumented key is reported once; its children are not checked.
 *
 * The three rules (sample-undocumented-key, sample-missing-required, sample-type-mismatch) share this pass.
 */
import type { ValueNode } from '@humanwhocodes/momoa';
import { DiagnosticBag, type RelatedLocation, type Span } from '../diagnostics/diagnostic.js';
import type * as D from '../document/nodes.js';
import type { Site } from '../resolve/site.js';
import { parseJsonSample, jsonSpan, jsonTypeOf, type JsonSample } from '../data/samples.js';
import { displayPath } from '../load/source-files.js';
import { siteIndex, walkBlocks, type OperationInfo, type Side } from './site-index.js';
import { plainText } from '../resolve/text.js';
import { relatedAt } from './related.js';

export type SampleFindingKind = 'undocumented' | 'missing-required' | 'type-mismatch';

export interface SampleFinding {
  kind: SampleFindingKind;
  message: string;
  span: Span;
  related: RelatedLocation[];
}

const cache = new WeakMap<Site, SampleFinding[]>();

export function sampleFindings(site: Site): SampleFinding[] {
  let list = cache.get(site);
  if (!list) {
    list = checkSamples(site);
    cache.set(site, list);
  }
  return list;
}

/** Row descriptions that say the object's keys are free-form. */
const FREE_FORM = /key[-/ ]?(?:and[- ])?value|free[- ]?form|arbitrary|metadata|custom (?:properties|fields)|extra specs?|dictionary of|(?:map|mapping) of|pairs/i;

/** JSON types a declared parameter type accepts; undefined for types that say nothing checkable. */
const ACCEPTS: Record<string, readonly string[]> = {
  string: ['string'],
  uuid: ['string'],
  integer: ['integer'],
  int: ['integer'],
  float: ['float', 'integer'],
  number: ['float', 'integer'],
  boolean: ['boolean'],
  bool: ['boolean'],
  object: ['object'],
  dict: ['object'],
  dictionary: ['object'],
  array: ['array'],
  list: ['array'],
};

function checkSamples(site: Site): SampleFinding[] {
  const out: SampleFinding[] = [];
  const parsed = new Map<string, JsonSample | null>();
  const parse = (file: string): JsonSample | null => {
    if (!parsed.has(file)) {
      const text = site.files.tryRead(file)?.text;
      // Parse errors were reported by literalinclude; a private bag keeps them from being reported twice.
      parsed.set(file, text === undefined ? null : parseJsonSample(file, text, new DiagnosticBag()));
    }
    return parsed.get(file) ?? null;
  };
  for (const info of siteIndex(site).operations) {
    for (const side of ['request', 'response'] as const) {
      const rows = info.tables.filter((t) => t.side === side).flatMap((t) => t.table.rows);
      if (!rows.length) continue;
      const samples = info.samples.filter((s) => s.side === side && isJsonSample(s.block));
      for (const { block } of samples) {
        const sample = parse(block.sourceFile!);
        if (!sample?.ok || !sample.ast) continue;
        if (isJsonPatch(sample.ast.body)) continue; // RFC 6902 operations, not the resource's fields
        const ctx: SampleContext = { site, info, side, file: block.sourceFile!, rows: indexRows(rows), out };
        checkValue(ctx, sample.ast.body);
        if (side === 'request') checkRequired(ctx, rows, allKeyNames(sample.ast.body));
      }
    }
  }
  return out;
}

function isJsonSample(block: D.CodeBlock): boolean {
  return /\.json$/i.test(block.sourceFile ?? '') || block.language === 'json';
}

interface SampleContext {
  site: Site;
  info: OperationInfo;
  side: Exclude<Side, null>;
  file: string;
  rows: RowIndex;
  out: SampleFinding[];
}

interface RowIndex {
  byName: Map<string, D.ParameterRow[]>;
  /** Rows named with a placeholder, as `gigabytes_{volume_type}` (matching `gigabytes___DEFAULT__`). */
  patterns: { re: RegExp; row: D.ParameterRow }[];
}

/** A JSON Patch document: an array of `{"op": ..., "path": ...}` objects. */
function isJsonPatch(root: ValueNode): boolean {
  if (root.type !== 'Array' || !root.elements.length) return false;
  return root.elements.every(
    (el) => el.value.type === 'Object' && el.value.members.some((m) => memberName(m.name) === 'op') && el.value.members.some((m) => memberName(m.name) === 'path'),
  );
}

/** Rows by name, and by the last part of a dotted name (`volume.size` is also `size`). */
function indexRows(rows: D.ParameterRow[]): RowIndex {
  const map = new Map<string, D.ParameterRow[]>();
  const patterns: RowIndex['patterns'] = [];
  const add = (name: string, row: D.ParameterRow) => {
    const list = map.get(name);
    if (!list) map.set(name, [row]);
    else if (!list.includes(row)) list.push(row);
  };
  for (const row of rows) {
    add(row.name, row);
    const dot = row.name.lastIndexOf('.');
    if (dot >= 0 && dot < row.name.length - 1) add(row.name.slice(dot + 1), row);
    if (/\{[^{}]+\}|<[^<>]+>/.test(row.name)) patterns.push({ re: placeholderPattern(row.name), row });
  }
  return { byName: map, patterns };
}

/** `gigabytes_{volume_type}` → /^gigabytes_.+$/ (each placeholder stands for at least one character). */
function placeholderPattern(name: string): RegExp {
  const parts = name.split(/\{[^{}]+\}|<[^<>]+>/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

/** Walks the sample iteratively: (value, rows of the key holding it, dotted path). */
function checkValue(ctx: SampleContext, root: ValueNode): void {
  const stack: { node: ValueNode; path: string }[] = [{ node: root, path: '' }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node.type === 'Array') {
      for (let i = node.elements.length - 1; i >= 0; i--) stack.push({ node: node.elements[i]!.value, path });
      continue;
    }
    if (node.type !== 'Object') continue;
    const members = node.members.map((m) => ({ name: memberName(m.name), nameNode: m.name, value: m.value }));
    // An object none of whose keys are documented is documented as a whole (or is a free-form map).
    if (path && !members.some((m) => lookup(ctx, m.name, `${path}.${m.name}`))) continue;
    const next: { node: ValueNode; path: string }[] = [];
    for (const m of members) {
      const dotted = path ? `${path}.${m.name}` : m.name;
      const rows = lookup(ctx, m.name, dotted);
      if (!rows) {
        ctx.out.push({
          kind: 'undocumented',
          message:
            `Key "${dotted}" of this ${ctx.side} sample is not in the ${ctx.side} parameters of ${ctx.info.op.method} ${ctx.info.op.url}: ` +
            `add a row for it to the ${ctx.side} table (or correct the sample).`,
          span: jsonSpan(ctx.file, m.nameNode),
          related: [tableRelated(ctx)],
        });
        continue;
      }
      checkType(ctx, m.name, m.value, rows);
      if (rows.some((r) => FREE_FORM.test(descriptionText(r)))) continue;
      if (m.value.type === 'Object' || m.value.type === 'Array') next.push({ node: m.value, path: dotted });
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
}

function lookup(ctx: SampleContext, name: string, dotted: string): D.ParameterRow[] | undefined {
  const exact = ctx.rows.byName.get(dotted) ?? ctx.rows.byName.get(name);
  if (exact) return exact;
  const matched = ctx.rows.patterns.filter((p) => p.re.test(name)).map((p) => p.row);
  return matched.length ? matched : undefined;
}

function checkType(ctx: SampleContext, name: string, value: ValueNode, rows: D.ParameterRow[]): void {
  const actual = jsonTypeOf(value);
  if (actual === 'null') return;
  const declared: string[] = [];
  for (const row of rows) {
    const accepts = ACCEPTS[row.type.trim().toLowerCase()];
    if (!accepts) return; // a type we cannot check (or none) on any row: nothing to say
    if (accepts.includes(actual)) return;
    declared.push(row.type.trim());
  }
  const row = rows[0]!;
  const related = [relatedAt(row.usedAt, `row "${row.name}" of the ${ctx.side} table`)];
  if (row.definedAt) related.push(relatedAt(row.definedAt, `declared type: ${row.type}`));
  ctx.out.push({
    kind: 'type-mismatch',
    message:
      `"${name}" is ${article(actual)} ${actual} in this sample but the parameter is declared \`\`${[...new Set(declared)].join(' / ')}\`\`: ` +
      'correct the sample value or the parameter type.',
    span: jsonSpan(ctx.file, value),
    related,
  });
}

function checkRequired(ctx: SampleContext, rows: D.ParameterRow[], keys: Set<string>): void {
  const shown = displayPath(ctx.file, ctx.site.config.sourceDir);
  for (const row of rows) {
    if (row.in !== 'body' || row.optional) continue;
    const last = row.name.slice(row.name.lastIndexOf('.') + 1);
    if (keys.has(row.name) || keys.has(last)) continue;
    const related = [relatedAt({ file: ctx.file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, 'the request sample')];
    if (row.definedAt) related.push(relatedAt(row.definedAt, 'the parameter is defined here'));
    ctx.out.push({
      kind: 'missing-required',
      message:
        `Required body parameter "${row.name}" of ${ctx.info.op.method} ${ctx.info.op.url} does not appear in the request sample ${shown}: ` +
        'add it to the sample, or mark the parameter `required: false` if it is optional.',
      span: row.usedAt,
      related,
    });
  }
}

/** Every key name anywhere in the sample (for the required check). */
function allKeyNames(root: ValueNode): Set<string> {
  const into = new Set<string>();
  const stack: ValueNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'Object') for (const m of node.members) {
      into.add(memberName(m.name));
      stack.push(m.value);
    } else if (node.type === 'Array') for (const el of node.elements) stack.push(el.value);
  }
  return into;
}

function tableRelated(ctx: SampleContext): RelatedLocation {
  const table = ctx.info.tables.find((t) => t.side === ctx.side)!.table;
  return relatedAt(table.position, `the ${ctx.side} parameters of this operation`);
}

/** The plain text of a row's description (its paragraphs, wherever they are). */
function descriptionText(row: D.ParameterRow): string {
  const parts: string[] = [];
  walkBlocks(row.description, (b) => {
    if (b.type === 'paragraph') parts.push(plainText(b.children));
  });
  return parts.join(' ');
}

function memberName(name: { type: string; value?: string; name?: string }): string {
  return name.type === 'String' ? (name.value ?? '') : (name.name ?? '');
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? 'an' : 'a';
}
