/**
 * JSON samples checked against the parameter tables of the operation they illustrate (request sample against the
 * request tables, response sample against the response tables; the side comes from the headings, see
 * site-index.ts). os-api-ref tables are flat: a nested key is listed under its own name, so a key matches a row
 * of that name anywhere in the table (or a row named by its dotted path, `volume.size`).
 *
 * To keep real trees quiet, the children of an object are not checked when the object's row describes a
 * free-form map (metadata, key/value pairs, ...) or when fewer than half of its keys are documented (the table
 * documents the object as a whole, not its inside). An undocumented key is reported once; its children are not
 * checked. JSON Patch request bodies (`[{"op": ..., "path": ...}]`) are not checked at all.
 *
 * The three rules (sample-undocumented-key, sample-missing-required, sample-type-mismatch) share this pass.
 */
import type { ValueNode } from '@humanwhocodes/momoa';
import { DiagnosticBag, type RelatedLocation, type Span } from '../diagnostics/diagnostic.js';
import type * as D from '../document/nodes.js';
import type { Site } from '../resolve/site.js';
import { parseJsonSample, jsonSpan, jsonTypeOf, type JsonSample } from '../data/samples.js';
import { siteIndex, walkBlocks, type OperationInfo, type Side } from './site-index.js';
import { plainText } from '../resolve/text.js';
import { relatedAt, sourceRelative } from './related.js';
import { urlPlaceholders } from '../document/url.js';
import { ownValue } from '../util/records.js';

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
      for (const { block, rows } of pairSamples(info, side)) {
        if (!rows.length || !isJsonSample(block)) continue;
        // Rows named `key` and `value` document a pair whose key is data (nova's `{"hw:numa_nodes": "1"}`): the
        // sample's keys are not field names, so there is nothing to compare.
        if (rows.some((r) => r.name === 'key') && rows.some((r) => r.name === 'value')) continue;
        const sample = parse(block.sourceFile!);
        if (!sample?.ok || !sample.ast) continue;
        if (isJsonPatch(sample.ast.body)) continue; // RFC 6902 operations, not the resource's fields
        // Rows listed in the table whose reference is undefined: parameter-not-found reports them; a sample key of
        // that name is not undocumented (the row is there, its definition is missing).
        const unresolved = new Set(info.tables.filter((t) => t.side === side).flatMap((t) => t.table.skippedNames));
        const ctx: SampleContext = { site, info, side, file: block.sourceFile!, rows: indexRows(rows), unresolved, out };
        if (!hasObject(sample.ast.body)) continue; // a bare list or value: no keys to compare
        if (!anyKeyDocumented(ctx, sample.ast.body)) {
          // The table describes the body some other way; one finding says so, the key-by-key checks would be noise.
          reportWholeSample(ctx, sample.ast.body);
          continue;
        }
        checkValue(ctx, sample.ast.body);
        if (side === 'request') checkRequired(ctx, rows, allKeyNames(sample.ast.body), keyDepths(sample.ast.body));
      }
    }
  }
  return out;
}

/**
 * Each sample with the tables it illustrates: the run of same-side tables written before it (an operation that
 * documents several microversions has "Request (1.0 - 1.11)", its example, "Request (1.12 - )", its example).
 * Consecutive samples share the run before them; a sample before any table is checked against all of them.
 */
function pairSamples(info: OperationInfo, side: 'request' | 'response'): { block: D.CodeBlock; rows: D.ParameterRow[] }[] {
  const items = [
    ...info.tables.filter((t) => t.side === side).map((t) => ({ seq: t.seq, table: t.table, block: null })),
    ...info.samples.filter((s) => s.side === side).map((s) => ({ seq: s.seq, table: null, block: s.block })),
  ].sort((a, b) => a.seq - b.seq);
  const all = info.tables.filter((t) => t.side === side).flatMap((t) => t.table.rows);
  const out: { block: D.CodeBlock; rows: D.ParameterRow[] }[] = [];
  let group: D.ParameterRow[] = [];
  let lastWasSample = false;
  for (const item of items) {
    if (item.table) {
      if (lastWasSample) group = [];
      group = [...group, ...item.table.rows];
      lastWasSample = false;
    } else if (item.block) {
      out.push({ block: item.block, rows: group.length ? group : all });
      lastWasSample = true;
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
  /** Names of the side's table rows whose reference is undefined. */
  unresolved: ReadonlySet<string>;
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
    // `>id`, `>>id`: the ETSI-style trees (tacker) mark a nested key's depth with leading `>`.
    const bare = keyName(row.name);
    if (bare !== row.name) add(bare, row);
    const dot = row.name.lastIndexOf('.');
    if (dot >= 0 && dot < row.name.length - 1) add(row.name.slice(dot + 1), row);
    if (/\{[^{}]+\}|<[^<>]+>/.test(row.name)) patterns.push({ re: placeholderPattern(row.name), row });
  }
  return { byName: map, patterns };
}

function isPlaceholderOnly(row: D.ParameterRow): boolean {
  return /^(?:\{[^{}]+\}|<[^<>]+>)$/.test(row.name.slice(row.name.lastIndexOf('.') + 1));
}

/** `gigabytes_{volume_type}` → /^gigabytes_.+$/ (each placeholder stands for at least one character). */
function placeholderPattern(name: string): RegExp {
  const parts = name.split(/\{[^{}]+\}|<[^<>]+>/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

/** Walks the sample iteratively: (value, rows of the key holding it, dotted path). */
function checkValue(ctx: SampleContext, root: ValueNode): void {
  // `outer`: the keys of the enclosing objects; a nested key that merely repeats one of them (`id`, `description`)
  // matches the row written for the outer object, so it does not show that the nested object is documented.
  const stack: { node: ValueNode; path: string; outer: ReadonlySet<string> }[] = [{ node: root, path: '', outer: new Set() }];
  while (stack.length) {
    const { node, path, outer } = stack.pop()!;
    if (node.type === 'Array') {
      for (let i = node.elements.length - 1; i >= 0; i--) stack.push({ node: node.elements[i]!.value, path, outer });
      continue;
    }
    if (node.type !== 'Object') continue;
    const members = node.members.map((m) => ({ name: memberName(m.name), nameNode: m.name, value: m.value }));
    // A nested object most of whose keys are undocumented is documented as a whole (a free-form map, or a list
    // of resources described by another operation); flagging its keys would be noise. Only the odd key left out
    // of an otherwise documented object is reported.
    if (path && !documentsInside(ctx, path)) {
      const documented = members.filter((m) => isIdentifierKey(m.name) || (!outer.has(m.name) && lookup(ctx, m.name, `${path}.${m.name}`))).length;
      if (documented * 2 < members.length || documented === 0) continue;
    }
    const next: { node: ValueNode; path: string; outer: ReadonlySet<string> }[] = [];
    const inner = new Set([...outer, ...members.map((m) => m.name)]);
    for (const m of members) {
      const dotted = path ? `${path}.${m.name}` : m.name;
      const rows = lookup(ctx, m.name, dotted);
      if (!rows && isIdentifierKey(m.name)) {
        // `{"<consumer uuid>": {...}}`: the key is a value; its children are still the documented fields.
        if (m.value.type === 'Object' || m.value.type === 'Array') next.push({ node: m.value, path, outer });
        continue;
      }
      if (!rows && ctx.unresolved.has(m.name)) continue;
      if (!rows && freeFormNamesake(ctx, m.name)) continue;
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
      // A row named only by a placeholder (`<key>`) says "any key here": nothing more is known about the value.
      if (rows.every(isPlaceholderOnly)) continue;
      checkType(ctx, m.name, m.value, rows);
      if (rows.some(isFreeForm)) continue;
      if (m.value.type === 'Object' || m.value.type === 'Array') next.push({ node: m.value, path: dotted, outer: inner });
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
}

/** Each key of the sample with the least depth it appears at (0 = keys of the top object, or of a top list's items). */
function keyDepths(root: ValueNode): Map<string, number> {
  const out = new Map<string, number>();
  const stack: { node: ValueNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (node.type === 'Array') for (const el of node.elements) stack.push({ node: el.value, depth });
    else if (node.type === 'Object')
      for (const m of node.members) {
        const name = memberName(m.name);
        const seen = out.get(name);
        if (seen === undefined || depth < seen) out.set(name, depth);
        stack.push({ node: m.value, depth: depth + 1 });
      }
  }
  return out;
}

/** The key a row names, without the `>` depth markers. */
function keyName(name: string): string {
  return name.replace(/^>+\s*/, '');
}

function nestDepth(name: string): number {
  return /^>*/.exec(name)![0].length;
}

/**
 * Keys that are data, not field names: UUIDs, numbers, the `key1` of metadata examples, and qualified type
 * names such as Heat's `OS::Nova::Server` (searchlight's facets are keyed by them).
 */
export function isIdentifierKey(name: string): boolean {
  return (
    /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(name) ||
    /^[0-9]+$/.test(name) ||
    /^key[0-9]+$/i.test(name) ||
    /^[A-Za-z][\w-]*(?:::[A-Za-z][\w-]*)+$/.test(name)
  );
}

function hasObject(root: ValueNode): boolean {
  if (root.type === 'Object') return true;
  return root.type === 'Array' && root.elements.some((e) => hasObject(e.value));
}

/** True when some key of the sample, at any depth, has a row in the table. */
function anyKeyDocumented(ctx: SampleContext, root: ValueNode): boolean {
  const stack: ValueNode[] = [root];
  let objects = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'Object') {
      objects++;
      for (const m of node.members) {
        const name = memberName(m.name);
        // A key whose row is written but whose definition is missing counts as documented: parameter-not-found
        // already reports the row, and the sample is not to blame.
        if (lookup(ctx, name, name) || ctx.unresolved.has(name) || freeFormNamesake(ctx, name)) return true;
        stack.push(m.value);
      }
    } else if (node.type === 'Array') for (const el of node.elements) stack.push(el.value);
  }
  return false;
}

/** A sample the table does not describe at all: one finding for the sample instead of one per key. */
function reportWholeSample(ctx: SampleContext, root: ValueNode): void {
  const first = root.type === 'Object' ? root : root.type === 'Array' ? root.elements.find((e) => e.value.type === 'Object')?.value : undefined;
  if (!first || first.type !== 'Object' || !first.members.length) return;
  const names = first.members.map((m) => `"${memberName(m.name)}"`);
  const shown = names.length > 4 ? `${names.slice(0, 4).join(', ')}, ...` : names.join(', ');
  // A table whose only object row names the whole body (murano's `service`, monasca's `log_json`) while the
  // sample is that object unwrapped: say which of the two to change.
  const objects = [...ctx.rows.byName.values()].flat().filter((r) => r.in === 'body' && !/[.>]/.test(r.name) && /^(object|dict)$/i.test(r.type.trim()));
  const wrapper = objects.length === 1 ? objects[0]!.name : null;
  // Keyed by data (searchlight's facets by `OS::Nova::Server`): the sample is that object's value, a map whose
  // keys no table lists.
  if (wrapper && first.members.every((m) => isIdentifierKey(memberName(m.name)))) return;
  ctx.out.push({
    kind: 'undocumented',
    message:
      `None of the keys of this ${ctx.side} sample (${shown}) is in the ${ctx.side} parameters of ${ctx.info.op.method} ${ctx.info.op.url}: ` +
      (wrapper
        ? `the table documents the body as the object \`\`${wrapper}\`\`, which the sample does not have. If the sample is the value of \`\`${wrapper}\`\`, ` +
          `document its keys in the ${ctx.side} table (\`\`${wrapper}.${memberName(first.members[0]!.name)}\`\`); if the body is wrapped, wrap the sample.`
        : `document the body's keys in the ${ctx.side} table, or check that the sample belongs to this operation.`),
    span: jsonSpan(ctx.file, first.members[0]!.name),
    related: [tableRelated(ctx)],
  });
}

/** True when the table has dotted rows under this object (`databases.collate` for `instance.databases`): its inside is documented. */
function documentsInside(ctx: SampleContext, path: string): boolean {
  const last = path.slice(path.lastIndexOf('.') + 1);
  for (const name of ctx.rows.byName.keys()) if (name.startsWith(`${path}.`) || name.startsWith(`${last}.`)) return true;
  return false;
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
    const accepts = ownValue(ACCEPTS, row.type.trim().toLowerCase());
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

function checkRequired(ctx: SampleContext, rows: D.ParameterRow[], keys: Set<string>, depths: Map<string, number>): void {
  // Worked out only for a message: most samples have every required key.
  const shown = () => sourceRelative(ctx.site.config.sourceDir, ctx.file);
  const version = sampleVersion(ctx.file);
  const hasIdentifierKeys = [...keys].some(isIdentifierKey);
  const urlNames = urlPlaceholders(ctx.info.op.url);
  // With `>` depth markers, a row's parent is the closest row above it that is one level up.
  const parents: (D.ParameterRow | undefined)[] = [];
  const open: D.ParameterRow[] = [];
  for (const row of rows) {
    const depth = nestDepth(row.name);
    open.length = Math.min(open.length, depth);
    parents.push(depth > 0 ? open[depth - 1] : undefined);
    open[depth] = row;
  }
  // Flat tables (no markers) list an object's fields right after it: once an optional object or array is absent
  // from the sample, the required rows after it are taken to be its fields, up to the next top-level key.
  // "Top level" is the depth of the first body row the sample has (a body wrapped in `{"instance": {...}}` is one down).
  const firstPresent = rows.find((r) => r.in === 'body' && depths.has(keyName(r.name)));
  const topDepth = firstPresent ? depths.get(keyName(firstPresent.name))! : 0;
  let underAbsentOptional = false;
  for (const [i, row] of rows.entries()) {
    const key = keyName(row.name);
    if (depths.get(key) === topDepth) underAbsentOptional = false;
    else if (row.in === 'body' && row.optional && !keys.has(key) && /^(object|array|dict|list|map)$/i.test(row.type.trim())) underAbsentOptional = true;
    if (row.in !== 'body' || row.optional) continue;
    if (underAbsentOptional && !keys.has(key)) continue;
    // A `>` row whose parent row is absent from the sample is not missing either.
    const marked = parents[i];
    if (marked && !keys.has(keyName(marked.name))) continue;
    // A parameter of some microversions only: required only in a sample whose name says it is for one of them.
    if ((row.minVersion || row.maxVersion) && !(version && inRange(version, row.minVersion, row.maxVersion))) continue;
    const last = key.slice(key.lastIndexOf('.') + 1);
    if (keys.has(key) || keys.has(last)) continue;
    // `modules.id` is required inside `modules`; when the sample has no `modules`, it is not missing.
    const parent = key.split('.').slice(-2, -1)[0];
    if (parent !== undefined && !keys.has(parent)) continue;
    // `gigabytes_{volume_type}` stands for keys that exist only when there are volume types: never required.
    if (/\{[^{}]+\}|<[^<>]+>/.test(last)) continue;
    // A row named like a `{placeholder}` of the URL is the URL's value documented with a body entry (karbor's
    // `plan_id` for PUT /plans/{plan_id}): the body is not where it goes.
    if (urlNames.has(key)) continue;
    // `{"<uuid>": {...}}`: a row named uuid/id documents those keys.
    if (hasIdentifierKeys && /(?:^|_)(?:uuid|id|ident)$/i.test(last)) continue;
    const related = [relatedAt({ file: ctx.file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, 'the request sample')];
    if (row.definedAt) related.push(relatedAt(row.definedAt, 'the parameter is defined here'));
    ctx.out.push({
      kind: 'missing-required',
      message:
        `Required body parameter "${row.name}" of ${ctx.info.op.method} ${ctx.info.op.url} does not appear in the request sample ${shown()}: ` +
        'add it to the sample, or mark the parameter `required: false` if it is optional.',
      span: row.usedAt,
      related,
    });
  }
}

/** The microversion a sample's path names (`create-request-1.28.json`, `v3.57/x.json`), or null. */
export function sampleVersion(file: string): [number, number] | null {
  const m = /(?:^|[-_/v])([0-9]+)\.([0-9]+)(?=[-_/]|\.json$)/i.exec(file.split(/[\\/]/).slice(-2).join('/'));
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function parseVersion(v: string | null): [number, number] | null {
  const m = v ? /^\s*([0-9]+)\.([0-9]+)\s*$/.exec(v) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function inRange(v: [number, number], min: string | null, max: string | null): boolean {
  const cmp = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];
  const lo = parseVersion(min);
  const hi = parseVersion(max);
  return (!lo || cmp(v, lo) >= 0) && (!hi || cmp(v, hi) <= 0);
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

/**
 * A free-form row that a key is named after: blazar's `extra_capability` ("any key-value pair can be stored")
 * stands for keys such as `extra_capability_sample` written beside it, not inside it.
 */
function freeFormNamesake(ctx: SampleContext, key: string): boolean {
  for (const [name, rows] of ctx.rows.byName) {
    if (key.startsWith(`${name}_`) && !name.includes('.') && rows.some(isFreeForm)) return true;
  }
  return false;
}

/** A row whose description says its value is a free-form map (key/value pairs, metadata, ...). */
function isFreeForm(row: D.ParameterRow): boolean {
  return FREE_FORM.test(descriptionText(row));
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
