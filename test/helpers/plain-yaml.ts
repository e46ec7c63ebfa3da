/** Shared by the fast YAML reader's tests (test/data) and its fuzz target (test/fuzz). */
import { expect } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParametersWithYaml, readPlainParameterFile } from '../../src/data/parameters.js';
import { loadStatusWithYaml, readPlainStatusFile } from '../../src/data/status.js';

export const FILE = '/p/parameters.yaml';

/** Everything a loaded file holds, with Maps as ordered lists so that order differences show. */
function comparable(loaded: unknown): unknown {
  return JSON.parse(
    JSON.stringify(loaded, (_k, v: unknown) => (v instanceof Map ? { map: [...v.entries()] } : v === undefined ? '<undefined>' : v)),
  );
}

/**
 * When the fast reader reads `text`, the library path reads it the same way and has nothing to report.
 * Returns whether the fast reader read it.
 */
function expectSame<T>(fast: T | null, slow: (diagnostics: DiagnosticBag) => T): boolean {
  if (!fast) return false;
  const bag = new DiagnosticBag();
  const expected = slow(bag);
  expect(bag.list.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([]);
  expect(comparable(fast)).toEqual(comparable(expected));
  return true;
}

export function expectSameParameters(text: string): boolean {
  return expectSame(readPlainParameterFile(FILE, text), (bag) => loadParametersWithYaml(FILE, text, bag));
}

export function expectSameStatus(text: string): boolean {
  return expectSame(readPlainStatusFile(FILE, text), (bag) => loadStatusWithYaml(FILE, text, bag));
}

/** A file in the plain shape using every form the fast reader knows. */
export const PLAIN = `# A comment at the top
---
volume_id:
  description: |
    The UUID of the volume.

    With a second paragraph:
      indented text kept.
  in: path
  required: true
  type: string
count:
  in: query   # a trailing comment
  required: False
  type: integer
  default: 10
  min_version: 3.60
  max_version: '3.70'
name:
  description: >
    Folded text
    over lines.

    New paragraph.
  in: body
  required: yes
  type: string
  # a comment between fields
  note: "double quoted"
plain_multi:
  description: A plain scalar
    that goes on,

    and on.
  in: body
  required: ture
  type: "it's"
quoted:
  description: 'it''s quoted'
  in: header
  required: false
  type: string
  stripped: |-
    no final newline
last:
  in: body
  type: object
  description: ends without a newline`;
