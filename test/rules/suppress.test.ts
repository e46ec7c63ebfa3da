/** Suppression comments: diagnostics + file texts → the diagnostics left. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { applySuppressions } from '../../src/rules/suppress.js';
import { findingsOf, lintTree, operationPage } from './lint.js';

const at = (file: string, line: number, ruleId: string): Diagnostic => ({ ruleId, severity: 'warn', message: 'm', file, line, column: 1, endLine: line, endColumn: 1 });
const kept = (list: Diagnostic[], files: Record<string, string>) => applySuppressions(list, (f) => files[f] ?? null).map((d) => `${d.file}:${d.line}:${d.ruleId}`);

describe('applySuppressions in RST', () => {
  const rst = ['Title', '=====', '', '.. apiref-disable-next-line rule-a, rule-b', '', 'Target line', 'Next line', '.. apiref-disable-next-line rule-c', '.. apiref-disable-next-line rule-d', 'Stacked'].join('\n');
  it('silences the named rules on the next non-blank line only', () => {
    const list = [at('a.rst', 6, 'rule-a'), at('a.rst', 6, 'rule-b'), at('a.rst', 6, 'rule-x'), at('a.rst', 7, 'rule-a')];
    expect(kept(list, { 'a.rst': rst })).toEqual(['a.rst:6:rule-x', 'a.rst:7:rule-a']);
  });
  it('lets comments stack above one line', () => {
    expect(kept([at('a.rst', 10, 'rule-c'), at('a.rst', 10, 'rule-d')], { 'a.rst': rst })).toEqual([]);
  });
  it('keeps findings in files it cannot read', () => {
    expect(kept([at('gone.rst', 1, 'rule-a')], {})).toEqual(['gone.rst:1:rule-a']);
  });
});

describe('applySuppressions in YAML', () => {
  const yaml = ['a:', '  in: paht  # apiref-disable-line parameter-invalid-in', '# apiref-disable-next-line parameter-unknown-field', '  colour: red', '  size: big'].join('\n');
  it('silences the end-of-line form on its line and the next-line form on the following line', () => {
    const list = [at('p.yaml', 2, 'parameter-invalid-in'), at('p.yaml', 4, 'parameter-unknown-field'), at('p.yaml', 5, 'parameter-unknown-field')];
    expect(kept(list, { 'p.yaml': yaml })).toEqual(['p.yaml:5:parameter-unknown-field']);
  });
  it('does not read an RST comment in YAML', () => {
    const text = '.. apiref-disable-next-line rule-a\nkey: 1\n';
    expect(kept([at('p.yaml', 2, 'rule-a')], { 'p.yaml': text })).toEqual(['p.yaml:2:rule-a']);
  });
});

describe('suppression on a real tree', () => {
  it('a YAML comment in the directive list silences a finding on that row', () => {
    const params = 'volume_id:\n  in: path\n  type: string\n  required: true\n  description: x\n';
    const body = '.. rest_parameters:: parameters.yaml\n\n   - volume_id: volume_id  # apiref-disable-line path-parameter-not-in-url\n';
    const r = lintTree({ 'index.rst': operationPage('GET', '/v1/things', body), 'parameters.yaml': params });
    expect(findingsOf(r, 'path-parameter-not-in-url')).toHaveLength(1);
    expect(applySuppressions(r.findings, (f) => fs.readFileSync(f, 'utf8')).filter((d) => d.ruleId === 'path-parameter-not-in-url')).toEqual([]);
  });
});
