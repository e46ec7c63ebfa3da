import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/report/index.js';
import { diagnostics, hostileMessage, options } from './fixtures.js';

describe('json', () => {
  it('prints an empty array for zero findings', () => {
    expect(formatDiagnostics('json', [], options)).toBe('[]\n');
  });

  it('is pretty-printed with a trailing newline and round-trips hostile text', () => {
    const out = formatDiagnostics('json', diagnostics, options);
    expect(out.endsWith('}\n]\n')).toBe(true);
    expect(out).toContain('\n  {\n    "file": ');
    const parsed = JSON.parse(out);
    expect(parsed.map((f: { message: string }) => f.message)).toContain(hostileMessage);
  });

  it('orders by file, line, column, rule id; files relative; related always present', () => {
    const parsed = JSON.parse(formatDiagnostics('json', diagnostics, options));
    expect(parsed.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([
      'api-ref/source/données pour #1?.inc:1',
      'api-ref/source/parameters.yaml:12',
      'api-ref/source/servers.inc:7',
      'api-ref/source/servers.inc:103',
    ]);
    expect(parsed[0]).toEqual({
      file: 'api-ref/source/données pour #1?.inc',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      severity: 'info',
      ruleId: 'style-note',
      message: 'Consider a title',
      related: [],
    });
    expect(Object.keys(parsed[3])).toEqual([
      'file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', 'related',
    ]);
    expect(parsed[3].related).toEqual([
      { file: 'api-ref/source/parameters.yaml', line: 4, column: 1, message: 'defined here, 50%: ok' },
    ]);
  });

  it('gives the same bytes whatever order the findings came in', () => {
    const reversed = [...diagnostics].reverse();
    expect(formatDiagnostics('json', reversed, options)).toBe(formatDiagnostics('json', diagnostics, options));
  });
});
