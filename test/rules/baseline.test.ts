/** The baseline: findings → file → the findings it does not cover. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { createBaseline, filterBaseline, readBaseline, writeBaseline } from '../../src/rules/baseline.js';

const base = path.join(os.tmpdir(), 'apiref-baseline-project');
const d = (file: string, line: number, ruleId: string, message: string): Diagnostic => ({
  ruleId, severity: 'warn', message, file: path.join(base, file), line, column: 1, endLine: line, endColumn: 1,
});

describe('baseline', () => {
  const known = [d('api-ref/source/parameters.yaml', 10, 'parameter-unused', 'Parameter a unused'), d('api-ref/source/parameters.yaml', 20, 'parameter-unused', 'Parameter a unused'), d('api-ref/source/index.rst', 3, 'unknown-http-method', 'bad')];

  it('records file (relative, with /), rule, message and count, no line numbers', () => {
    expect(createBaseline(known, base)).toEqual({
      version: 1,
      findings: {
        'api-ref/source/index.rst': [{ rule: 'unknown-http-method', message: 'bad', count: 1 }],
        'api-ref/source/parameters.yaml': [{ rule: 'parameter-unused', message: 'Parameter a unused', count: 2 }],
      },
    });
  });

  it('survives a round trip through the file and hides known findings even after lines moved', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-bl-')), 'baseline.json');
    writeBaseline(file, known, base);
    const { baseline, error } = readBaseline(file);
    expect(error).toBeNull();
    const moved = known.map((k) => ({ ...k, line: k.line + 7 }));
    const fresh = d('api-ref/source/index.rst', 9, 'unknown-http-method', 'worse');
    expect(filterBaseline([...moved, fresh], baseline!, base)).toEqual([fresh]);
  });

  it('is count-aware: two known identical findings cover two, not three', () => {
    const three = [...known.slice(0, 2), d('api-ref/source/parameters.yaml', 30, 'parameter-unused', 'Parameter a unused')];
    const left = filterBaseline(three, createBaseline(known, base), base);
    expect(left.map((x) => x.line)).toEqual([30]);
  });

  it('reports a missing file as no baseline and a malformed one as an error, without throwing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-bl-'));
    expect(readBaseline(path.join(dir, 'none.json'))).toEqual({ baseline: null, error: null });
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"version": 1, "findings": []}');
    expect(readBaseline(path.join(dir, 'bad.json')).error).toMatch(/must be/);
    fs.writeFileSync(path.join(dir, 'worse.json'), '{');
    expect(readBaseline(path.join(dir, 'worse.json')).error).toMatch(/not valid JSON/);
  });
});
