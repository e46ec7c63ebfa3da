/**
 * Parsing for the fixers: the document with its source tokens (for exact offsets), and the refusal to fix a
 * file that does not parse or whose top level is not a block mapping. A refused file is reported once, here.
 */
import { isMap, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { MAX_YAML_BYTES } from '../data/yaml-reader.js';
import { LineIndex } from './text-lines.js';

/** Rule id for files the fixer leaves alone because it cannot read them safely. */
export const FIX_RULE = 'parameters-fix';

export interface FixableYaml {
  doc: Document.Parsed;
  map: YAMLMap;
  lines: LineIndex;
}

export const FIX_PARSE_OPTIONS = {
  keepSourceTokens: true,
  merge: true,
  // PyYAML accepts duplicate keys (the last wins); the sorter keeps duplicates in their order instead of refusing.
  uniqueKeys: false,
  prettyErrors: false,
} as const;

/** Returns null (after reporting unless `quiet`) when the file must be left untouched. */
export function parseForFix(file: string, text: string, diagnostics: DiagnosticBag, quiet = false): FixableYaml | null {
  const lines = new LineIndex(text);
  const refuse = (message: string, offset = 0): null => {
    if (!quiet) {
      const at = lines.point(Math.min(offset, text.length));
      diagnostics.report(FIX_RULE, 'warn', `${message}; the file was not fixed.`, { file, start: at, end: at });
    }
    return null;
  };
  if (text.length > MAX_YAML_BYTES) return refuse(`File is larger than ${MAX_YAML_BYTES} characters`);
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, FIX_PARSE_OPTIONS);
  } catch (err) {
    return refuse(`YAML could not be parsed (${String(err)})`);
  }
  const error = doc.errors[0];
  if (error) return refuse(`YAML does not parse: ${error.message.split('\n')[0]}`, error.pos[0]);
  const map = doc.contents;
  if (map === null) return refuse('The file defines no parameters');
  if (!isMap(map)) return refuse('The top level is not a mapping of parameter names', (map as { range?: number[] } | null)?.range?.[0] ?? 0);
  if (map.flow) return refuse('The top level is a flow mapping ({...}), whose entries cannot be moved line by line', map.range?.[0] ?? 0);
  return { doc, map, lines };
}
