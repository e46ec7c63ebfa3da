import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FORMAT_NAMES, formatDiagnostics, isFormatName } from '../../src/report/index.js';
import { cwd, options } from './fixtures.js';

describe('formatDiagnostics', () => {
  it('knows the five format names', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'github', 'sarif', 'junit']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('checkstyle')).toBe(false);
  });

  it('copes with 50,000 findings in one file in every format, quickly', () => {
    const many: Diagnostic[] = Array.from({ length: 50_000 }, (_, i) => ({
      ruleId: i % 2 ? 'a-rule' : 'b-rule',
      severity: i % 3 ? 'error' : 'warn',
      message: `finding ${i}`,
      file: path.join(cwd, 'big.inc'),
      line: 50_000 - i,
      column: 1,
      endLine: 50_000 - i,
      endColumn: 2,
    }));
    const started = Date.now();
    for (const format of FORMAT_NAMES) {
      const out = formatDiagnostics(format, many, options);
      expect(out.length).toBeGreaterThan(50_000);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
    const stylish = formatDiagnostics('stylish', many, options).split('\n');
    expect(stylish[2]).toBe('      1:1  error    finding 49999  a-rule');
  });
});
