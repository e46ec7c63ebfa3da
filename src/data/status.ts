/**
 * Loads a status.yaml (the file `.. rest_status_code::` points at): HTTP code → reasons by key.
 *
 *     200:
 *       default: Request was successful.
 *     409:
 *       default: Conflict with the current state.
 *       duplicate_zone: A zone of that name exists.
 *
 * Same reading rules as parameters.yaml (positions, last duplicate wins, safety limits).
 */
import { isMap, isScalar } from 'yaml';
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';
import { fileSpan } from '../diagnostics/diagnostic.js';
import { parseYaml } from './yaml-reader.js';
import { readPlainMappings } from './plain-yaml.js';
import { setOwn } from '../util/records.js';

export interface StatusReason {
  key: string;
  /** The reason text as YAML gives it (block scalars keep their final newline). */
  text: string;
  keySpan: Span;
  span: Span;
}

export interface StatusEntry {
  code: number;
  /** The span of the code key (`200`). */
  span: Span;
  /** The `default:` reason, or null when there is none. */
  default: string | null;
  /** Every reason by its key, `default` included, in file order. */
  reasons: Map<string, StatusReason>;
}

export interface StatusFile {
  file: string;
  /** Codes in file order. */
  codes: Map<number, StatusEntry>;
  /** The whole file as plain data (for the JSON Schema check); null when empty or unreadable. */
  data: Record<string, unknown> | null;
}

const CODE = /^[1-5][0-9][0-9]$/;

/** Parses `text` (the contents of `file`); never throws, reports problems to `diagnostics`. */
export function loadStatus(file: string, text: string, diagnostics: DiagnosticBag): StatusFile {
  return readPlainStatusFile(file, text) ?? loadStatusWithYaml(file, text, diagnostics);
}

/** The plain shape (codes → text reasons) read fast; null for anything else and anything to report. */
export function readPlainStatusFile(file: string, text: string): StatusFile | null {
  const plain = readPlainMappings(file, text);
  if (!plain || !plain.every((e) => CODE.test(e.key) && [...e.fields.values()].every((f) => typeof f.value === 'string'))) {
    return null;
  }
  const result: StatusFile = { file, codes: new Map(), data: {} };
  for (const e of plain) {
    const entry: StatusEntry = { code: Number(e.key), span: e.keySpan, default: null, reasons: new Map() };
    const reasons: Record<string, unknown> = {};
    for (const [key, f] of e.fields) {
      entry.reasons.set(key, { key, text: f.value as string, keySpan: f.keySpan, span: f.span });
      setOwn(reasons, key, f.value);
    }
    entry.default = entry.reasons.get('default')?.text ?? null;
    result.codes.set(entry.code, entry);
    setOwn(result.data!, e.key, reasons);
  }
  return result;
}

/** The general path: the YAML library, for every shape of file and every problem in one. */
export function loadStatusWithYaml(file: string, text: string, diagnostics: DiagnosticBag): StatusFile {
  const result: StatusFile = { file, codes: new Map(), data: null };
  const parsed = parseYaml(file, text, diagnostics);
  if (!parsed) return result;
  const { reader, root } = parsed;
  const rootNode = reader.deref(root);
  if (!rootNode || (isScalar(rootNode) && rootNode.value === null)) {
    diagnostics.report('status-empty', 'warn', 'Status file is empty.', fileSpan(file));
    return result;
  }
  if (!isMap(rootNode)) {
    diagnostics.report(
      'status-not-mapping',
      'error',
      'A status file must be a mapping of HTTP codes to reasons (`200: {default: ...}`).',
      reader.nodeSpan(rootNode),
    );
    return result;
  }
  const data: Record<string, unknown> = {};
  for (const pair of reader.pairs(rootNode)) {
    setOwn(data, pair.key, reader.plain(pair.valueNode));
    if (!CODE.test(pair.key)) {
      diagnostics.report(
        'status-bad-code',
        'error',
        `\`\`${pair.key}\`\` is not an HTTP status code (a number from 100 to 599).`,
        pair.keySpan,
      );
      // Other whole numbers still work in os-api-ref (venus documents application codes 1, 0 and -1, shown as
      // `1 - Unknown`): keep them, so that the table shows their reasons.
      if (!/^-?[0-9]+$/.test(pair.key)) continue;
    }
    const entry: StatusEntry = { code: Number(pair.key), span: pair.keySpan, default: null, reasons: new Map() };
    result.codes.set(entry.code, entry);
    const value = reader.deref(pair.valueNode);
    if (!value || !isMap(value)) {
      diagnostics.report(
        'status-not-mapping',
        'error',
        `Code ${pair.key} must map reason keys to text (\`default: ...\`); check the indentation.`,
        pair.valueNode ? pair.valueSpan : pair.keySpan,
      );
      continue;
    }
    for (const r of reader.pairs(value)) {
      const v = reader.plain(r.valueNode);
      if (typeof v !== 'string') {
        diagnostics.report(
          'status-bad-reason',
          'warn',
          `Reason \`\`${r.key}\`\` of code ${pair.key} should be text.`,
          r.valueSpan,
        );
      }
      const text =
        typeof v === 'string' ? v : v === null ? '' : (reader.scalarSource(r.valueNode) ?? JSON.stringify(v));
      entry.reasons.set(r.key, { key: r.key, text, keySpan: r.keySpan, span: r.valueSpan });
    }
    entry.default = entry.reasons.get('default')?.text ?? null;
  }
  result.data = data;
  return result;
}
