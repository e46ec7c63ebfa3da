/** Shared by the fast parameters reader's tests (test/data) and its fuzz target (test/fuzz). */
import { expect } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParameters, loadParametersWithYaml, type ParameterFile } from '../../src/data/parameters.js';
import { readPlainParameters } from '../../src/data/parameters-plain.js';

export const FILE = '/p/parameters.yaml';

/** Everything a ParameterFile holds, with Maps as ordered lists so that order differences show. */
function comparable(pf: ParameterFile): unknown {
  return JSON.parse(
    JSON.stringify(pf, (_k, v: unknown) => (v instanceof Map ? { map: [...v.entries()] } : v === undefined ? '<undefined>' : v)),
  );
}

/** The library path's result and diagnostics, and the fast path's result (null when it steps aside). */
function both(text: string): { slow: ParameterFile; slowDiagnostics: string[]; fast: ParameterFile | null } {
  const bag = new DiagnosticBag();
  const slow = loadParametersWithYaml(FILE, text, bag);
  const fast = readPlainParameters(FILE, text) ? loadParameters(FILE, text, new DiagnosticBag()) : null;
  return { slow, slowDiagnostics: bag.list.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`), fast };
}

/** When the fast path reads a file, the library reads it the same way and has nothing to report. */
export function expectSameWhenRead(text: string): boolean {
  const { slow, slowDiagnostics, fast } = both(text);
  if (!fast) return false;
  expect(slowDiagnostics).toEqual([]);
  expect(comparable(fast)).toEqual(comparable(slow));
  return true;
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
