import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { resolveSite } from '../../src/resolve/site.js';
import type * as D from '../../src/document/nodes.js';
import { configFor, writeTree } from '../helpers/tree.js';

// os-api-ref builds the rows in order and gives up at the first entry whose In or Type it cannot split into
// lines ("Failure on key" warning): that row and every row after it are missing from the table.
const PARAMS = `
name:
  in: body
  required: true
  type: string
  description: The name.
status:
  description: |
    No in, no type.
  in: body
links:
  in: body
  required: true
  type: array
  description: The links.
count:
  in: body
  required: true
  type: 3
  description: Not text.
`;

function tables(inc: string) {
  const dir = writeTree({ 'index.rst': 'API\n===\n\n.. include:: a.inc\n', 'a.inc': inc, 'parameters.yaml': PARAMS });
  const diagnostics = new DiagnosticBag();
  const site = resolveSite(configFor(dir), diagnostics);
  const out: D.ParameterTable[] = [];
  const walk = (list: D.DocBlock[]) => {
    for (const b of list) {
      if (b.type === 'parameterTable') out.push(b);
      if ('children' in b && Array.isArray(b.children)) walk(b.children as D.DocBlock[]);
    }
  };
  for (const page of site.pages) walk(page.children);
  return { out, diagnostics: diagnostics.list };
}

const op = (rows: string) => `Show\n----\n\n.. rest_method:: GET /x\n\n.. rest_parameters:: parameters.yaml\n\n${rows}\n`;

describe('rest_parameters: a row os-api-ref cannot build', () => {
  it('drops the row without a type and every row after it, with one warning', () => {
    const { out, diagnostics } = tables(op('  - name: name\n  - status: status\n  - links: links\n'));
    expect(out[0]!.rows.map((r) => r.name)).toEqual(['name']);
    expect(out[0]!.skippedNames).toEqual(['status', 'links']);
    const found = diagnostics.filter((d) => d.ruleId === 'parameter-cell-not-text');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('``status`` has no ``type``');
  });

  it('keeps rows listed before it, and drops at a type that is not text', () => {
    const { out } = tables(op('  - links: links\n  - name: name\n  - count: count\n'));
    expect(out[0]!.rows.map((r) => r.name)).toEqual(['links', 'name']);
  });

  it('leaves well-formed tables alone', () => {
    const { out, diagnostics } = tables(op('  - name: name\n  - links: links\n'));
    expect(out[0]!.rows.map((r) => r.name)).toEqual(['name', 'links']);
    expect(diagnostics.some((d) => d.ruleId === 'parameter-cell-not-text')).toBe(false);
  });
});
