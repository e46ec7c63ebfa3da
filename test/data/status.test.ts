import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadStatus } from '../../src/data/status.js';
import { checkStatusFile } from '../../src/data/schema-check.js';

const FILE = '/p/status.yaml';

function load(text: string) {
  const bag = new DiagnosticBag();
  const sf = loadStatus(FILE, text, bag);
  return { sf, diags: bag.list };
}

describe('loadStatus', () => {
  it('maps codes to their default and keyed reasons with positions', () => {
    const { sf, diags } = load(
      [
        '# Success',
        '200:',
        '  default: |',
        '    Request was successful.',
        '409:',
        ' default: |',
        '    Conflict.',
        ' duplicate_zone: A zone of that name exists.',
        '',
      ].join('\n'),
    );
    expect(diags).toEqual([]);
    expect([...sf.codes.keys()]).toEqual([200, 409]);
    const ok = sf.codes.get(200)!;
    expect(ok.default).toBe('Request was successful.\n');
    expect(ok.span.start).toEqual({ line: 2, column: 1, offset: 10 });
    const conflict = sf.codes.get(409)!;
    expect(conflict.default).toBe('Conflict.\n');
    expect(conflict.reasons.get('duplicate_zone')).toMatchObject({
      text: 'A zone of that name exists.',
      keySpan: { start: { line: 8, column: 2 } },
      span: { start: { line: 8, column: 18 } },
    });
  });

  it('a code without default has default null', () => {
    const { sf } = load('404:\n  missing: No such thing.\n');
    expect(sf.codes.get(404)!.default).toBeNull();
  });

  it('duplicate codes: the last wins, reported with both places', () => {
    const { sf, diags } = load('200:\n  default: first\n200:\n  default: second\n');
    expect(sf.codes.get(200)!.default).toBe('second');
    expect(diags.map((d) => [d.ruleId, d.line, d.related?.[0]?.line])).toEqual([['duplicate-key', 3, 1]]);
  });

  it('reports keys that are not HTTP codes and codes that are not mappings', () => {
    const { sf, diags } = load('abc:\n  default: x\n404: Not here\n');
    expect(sf.codes.has(404)).toBe(true);
    expect(diags.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([
      ['status-bad-code', 'error', 1, 1],
      ['status-not-mapping', 'error', 3, 6],
    ]);
  });

  it('keeps whole numbers outside 100-599, reported, as os-api-ref shows them (`1 - Unknown` with the reason)', () => {
    const { sf, diags } = load('1:\n  default: Done.\n-1:\n  default: Failed.\nabc:\n  default: x\n');
    expect(sf.codes.get(1)!.default).toBe('Done.');
    expect(sf.codes.get(-1)!.default).toBe('Failed.');
    expect(sf.codes.size).toBe(2);
    expect(diags.map((d) => [d.ruleId, d.line])).toEqual([
      ['status-bad-code', 1],
      ['status-bad-code', 3],
      ['status-bad-code', 5],
    ]);
  });

  it('empty, invalid and unsafe files give diagnostics, not exceptions', () => {
    expect(load('').diags.map((d) => d.ruleId)).toEqual(['status-empty']);
    expect(load('200:\n  default: [oops\n').diags[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error' });
    expect(load('200: !!python/name:os.system\n').diags.map((d) => d.ruleId)).toContain('yaml-unsafe-tag');
  });

  it('merge keys work in status files too', () => {
    const { sf } = load('400: &bad\n  default: Bad.\n422:\n  <<: *bad\n  extra: More.\n');
    expect(sf.codes.get(422)!.default).toBe('Bad.');
    expect([...sf.codes.get(422)!.reasons.keys()]).toEqual(['default', 'extra']);
  });
});

describe('the default status.yaml shipped with apiref', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const file = path.join(root, 'status.yaml');
  const bag = new DiagnosticBag();
  const sf = loadStatus(file, readFileSync(file, 'utf8'), bag);
  checkStatusFile(sf, bag);

  it('loads cleanly and passes its own schema', () => {
    expect(bag.list).toEqual([]);
  });

  it('covers the common codes, each with a default reason', () => {
    const codes = [
      200, 201, 202, 203, 204, 206, 300, 301, 302, 304, 400, 401, 403, 404, 405, 406, 409, 410, 413, 415, 422, 429,
      500, 501, 502, 503, 504,
    ];
    expect([...sf.codes.keys()]).toEqual(codes);
    for (const c of codes) expect(sf.codes.get(c)!.default, String(c)).toMatch(/\S/);
  });
});
