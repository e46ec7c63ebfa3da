/**
 * Loads a parameters.yaml (the file `.. rest_parameters::` points at) with positions for every key and value.
 *
 * os-api-ref semantics kept: duplicate top-level keys → the last definition wins (at the first one's place in
 * file order); floats are read as the text written (`min_version: 3.60` is "3.60"); merge keys apply.
 * Where os-api-ref crashes (an entry that is not a mapping, an entry without `in`) we report and keep going.
 */
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { DiagnosticBag, Point, Span } from '../diagnostics/diagnostic.js';
import { fileSpan } from '../diagnostics/diagnostic.js';
import { parseYaml, yaml11Boolean, type YamlReader } from './yaml-reader.js';
import { readPlainMappings } from './plain-yaml.js';
import { setOwn } from '../util/records.js';

/** The values `in` may take, in os-api-ref's order for parameters.yaml (and its tables): header, path, query, body. */
export const IN_SECTIONS: readonly string[] = ['header', 'path', 'query', 'body'];

/** Where an `in` value sorts (0 for header ... 3 for body), or undefined when it is none of the four. */
export function inSectionRank(value: unknown): number | undefined {
  const rank = typeof value === 'string' ? IN_SECTIONS.indexOf(value) : -1;
  return rank < 0 ? undefined : rank;
}

/** One field of an entry (`in: body`), with its value as os-api-ref's loader sees it. */
export interface ParameterField {
  name: string;
  /** Plain value: strings, numbers, booleans, null, arrays, objects; floats as the text written. */
  value: unknown;
  /** The scalar exactly as written (`3.60`, `True`), or null for mappings/sequences. */
  source: string | null;
  keySpan: Span;
  span: Span;
  /** True when the field came from a merge key (`<<: *anchor`); its spans are where the anchor writes it. */
  merged: boolean;
}

export interface ParameterRequired {
  /** The value as loaded (core schema: `True` → true, `ture` → "ture"); undefined when the field is absent. */
  value: unknown;
  /** Literally boolean true (PyYAML spellings: true/True/TRUE/yes/on...). */
  isTrue: boolean;
  /**
   * Literally boolean false, or the field is absent. os-api-ref 2.3.0 marks a row " (Optional)" exactly when
   * this holds (`values.get('required', False) is False`), so `required: ture` renders as required.
   */
  isFalseOrAbsent: boolean;
}

export interface ParameterEntry {
  key: string;
  keySpan: Span;
  /** The whole entry: from its key to the end of its value. */
  span: Span;
  /** False when the entry's value is not a mapping (reported); the fields are then empty. */
  isMapping: boolean;
  /** `in` when it is a string, else null (an absent or odd `in` is reported). */
  in: string | null;
  type: string | null;
  required: ParameterRequired;
  /** The description as YAML gives it (block scalars keep their final newline); null when absent. */
  description: string | null;
  minVersion: string | null;
  maxVersion: string | null;
  /** Every field, in file order (merged fields first, as PyYAML flattens them). */
  fields: Map<string, ParameterField>;
  /** The entry as plain data (what a JSON Schema check sees). */
  value: unknown;
}

export interface ParameterFile {
  file: string;
  /** Entries in file order; a duplicated key appears once, at its first place, with its last definition. */
  entries: ParameterEntry[];
  byKey: Map<string, ParameterEntry>;
  /** The whole file as plain data (null when the file is empty, unreadable or not a mapping). */
  data: Record<string, unknown> | null;
}

/** Parses `text` (the contents of `file`); never throws, reports problems to `diagnostics`. */
export function loadParameters(file: string, text: string, diagnostics: DiagnosticBag): ParameterFile {
  // Most files have the plain shape the fast reader knows; any other file, and every file with a problem to
  // report, goes through the YAML library. Both give the same result (test/data/plain-yaml.test.ts).
  return readPlainParameterFile(file, text) ?? loadParametersWithYaml(file, text, diagnostics);
}

/** The file read by the fast reader, or null when it is not in the plain shape or has something to report. */
export function readPlainParameterFile(file: string, text: string): ParameterFile | null {
  const plain = readPlainMappings(file, text);
  // An entry without `in` gets its diagnostic from the library path.
  if (!plain || plain.some((e) => !e.fields.has('in'))) return null;
  const result: ParameterFile = { file, entries: [], byKey: new Map(), data: {} };
  for (const p of plain) {
    const fields = new Map<string, ParameterField>();
    for (const [name, f] of p.fields) {
      fields.set(name, { name, value: f.value, source: f.source, keySpan: f.keySpan, span: f.span, merged: false });
    }
    const req = p.fields.get('required');
    const required = req?.plain && typeof req.value === 'boolean' ? req.value : null;
    const entry = entryFromFields(p.key, p.keySpan, p.end, fields, required);
    result.entries.push(entry);
    result.byKey.set(entry.key, entry);
    setOwn(result.data!, entry.key, entry.value);
  }
  return result;
}

/** The general path: the YAML library, for every shape of file and every problem in one. */
export function loadParametersWithYaml(file: string, text: string, diagnostics: DiagnosticBag): ParameterFile {
  const result: ParameterFile = { file, entries: [], byKey: new Map(), data: null };
  const parsed = parseYaml(file, text, diagnostics);
  if (!parsed) return result;
  const { reader, root } = parsed;
  const rootNode = reader.deref(root);
  if (!rootNode || (isScalar(rootNode) && rootNode.value === null)) {
    diagnostics.report('parameters-empty', 'warn', 'Parameters file is empty.', fileSpan(file));
    return result;
  }
  if (!isMap(rootNode)) {
    diagnostics.report(
      'parameters-not-mapping',
      'error',
      'A parameters file must be a mapping of parameter names to their definitions.',
      reader.nodeSpan(rootNode),
    );
    return result;
  }
  const data: Record<string, unknown> = {};
  for (const pair of reader.pairs(rootNode)) {
    const entry = readEntry(reader, pair.key, pair.keySpan, pair.valueNode, diagnostics);
    result.entries.push(entry);
    result.byKey.set(entry.key, entry);
    setOwn(data, entry.key, entry.value);
  }
  result.data = data;
  return result;
}

function readEntry(
  reader: YamlReader,
  key: string,
  keySpan: Span,
  valueNode: YamlNode | null,
  diagnostics: DiagnosticBag,
): ParameterEntry {
  const valueSpan = valueNode ? reader.nodeSpan(valueNode) : keySpan;
  const entry: ParameterEntry = {
    key,
    keySpan,
    span: { file: keySpan.file, start: keySpan.start, end: valueSpan.end },
    isMapping: false,
    in: null,
    type: null,
    required: { value: undefined, isTrue: false, isFalseOrAbsent: true },
    description: null,
    minVersion: null,
    maxVersion: null,
    fields: new Map(),
    value: null,
  };
  const target = reader.deref(valueNode);
  if (!target || !isMap(target)) {
    entry.value = reader.plain(valueNode);
    diagnostics.report(
      'parameter-not-mapping',
      'error',
      `Parameter \`\`${key}\`\` must be a mapping (in, type, description, ...); check the indentation.`,
      valueNode ? valueSpan : keySpan,
    );
    return entry;
  }
  const fields = new Map<string, ParameterField>();
  let requiredNode: YamlNode | null = null;
  for (const p of reader.pairs(target)) {
    fields.set(p.key, {
      name: p.key,
      value: reader.plain(p.valueNode),
      source: reader.scalarSource(p.valueNode),
      keySpan: p.keySpan,
      span: p.valueSpan,
      merged: p.merged,
    });
    if (p.key === 'required') requiredNode = p.valueNode;
  }
  const built = entryFromFields(key, keySpan, valueSpan.end, fields, yaml11Boolean(reader, requiredNode));
  if (!fields.has('in')) {
    diagnostics.report(
      'parameter-missing-in',
      'error',
      `Parameter \`\`${key}\`\` has no \`\`in\`\` field: os-api-ref stops the whole build on it (KeyError: 'in'), even when no table uses the entry. ` +
        'Add ``in: header``, ``path``, ``query`` or ``body``.',
      keySpan,
    );
  }
  return built;
}

/**
 * An entry from its fields. `end` is where its mapping ends; `required` is the boolean PyYAML reads from the
 * `required` field, or null when it reads none.
 */
function entryFromFields(
  key: string,
  keySpan: Span,
  end: Point,
  fields: Map<string, ParameterField>,
  required: boolean | null,
): ParameterEntry {
  const req = fields.get('required');
  return {
    key,
    keySpan,
    span: { file: keySpan.file, start: keySpan.start, end },
    isMapping: true,
    in: asText(fields.get('in')),
    type: asText(fields.get('type')),
    required: req
      ? { value: req.value, isTrue: required === true, isFalseOrAbsent: required === false }
      : { value: undefined, isTrue: false, isFalseOrAbsent: true },
    description: asText(fields.get('description')),
    minVersion: asText(fields.get('min_version')),
    maxVersion: asText(fields.get('max_version')),
    fields,
    value: Object.fromEntries([...fields].map(([name, field]) => [name, field.value])),
  };
}

/** A scalar field as text: strings as given, numbers/booleans as written; null for absent, null or non-scalars. */
function asText(field: ParameterField | undefined): string | null {
  if (!field) return null;
  const v = field.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return field.source ?? String(v);
  return null;
}
