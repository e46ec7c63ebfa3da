/** Nothing from input ever becomes markup: hostile strings come out as text. */
import { describe, expect, it } from 'vitest';
import type * as D from '../../src/document/nodes.js';
import { code, html, link, p, pos, preText, section, t } from './builders.js';

const evil = '<script>alert("x")</script> & "q" \'s\'';

/** No element was injected: outside quoted attribute values (where `"` is escaped) no `<script` appears. */
function noScript(out: string): void {
  expect(out.replace(/="[^"]*"/g, '=""')).not.toContain('<script');
  expect(out).toContain('&#x3C;script');
}

describe('escaping', () => {
  it('escapes section titles and ids', () => {
    const out = html([section(1, ['a"b'], evil, p(evil))]);
    noScript(out);
    expect(out).toContain('id="a&#x22;b"');
  });
  it('escapes link targets', () => {
    const out = html([p(link('http://x/"><script>x</script>', false, [t(evil)]))]);
    noScript(out);
    expect(out).toContain('href="http://x/&#x22;><script>x</script>"');
  });
  it('escapes operation method, url, title and anchor', () => {
    const op: D.Operation = {
      type: 'operation', depth: 2, method: 'GET"<x>', url: '/a/{<script>}', title: [t(evil)], anchor: 'x"y', extraIds: ['"z'],
      minVersion: '2.1"', maxVersion: null, children: [], position: pos,
    };
    const out = html([op]);
    noScript(out);
    expect(out.replace(/="[^"]*"/g, '=""')).not.toMatch(/<x>/);
  });
  it('escapes parameter names, types, descriptions and status reasons', () => {
    const cell = [{ type: 'text' as const, value: evil, position: pos }];
    const row: D.ParameterRow = { name: evil, in: evil, type: evil, cells: { name: cell, in: cell, type: cell }, optional: true, description: [p(evil)], minVersion: evil, maxVersion: null, definedAt: null, usedAt: pos };
    const table: D.ParameterTable = { type: 'parameterTable', path: evil, file: null, rows: [row], skippedNames: [], problem: null, position: pos };
    const status: D.StatusTable = { type: 'statusTable', kind: 'error', path: 'x', file: null, rows: [{ code: evil, phrase: evil, reason: [p(evil)], usedAt: pos }], position: pos };
    const problem: D.ParameterTable = { ...table, rows: [], problem: 'x' };
    noScript(html([table, status, problem]));
  });
  it('escapes sample contents in every language and keeps their text', () => {
    for (const lang of ['json', 'javascript', 'bash', 'console', 'xml', 'http', 'text', 'none', 'default']) {
      const out = html([code(lang, evil)]);
      expect(out.replace(/="[^"]*"/g, '=""')).not.toContain('<script');
      expect(preText(out)).toBe(`${evil}\n`);
    }
  });
  it('escapes placeholders and raw content when raw HTML is not allowed', () => {
    const out = html([
      { type: 'placeholder', text: evil, source: evil, position: pos },
      { type: 'rawBlock', format: 'html', value: evil, position: pos },
      p({ type: 'rawInline', format: 'html', value: evil, position: pos }),
    ]);
    noScript(out);
  });
});
