import { it } from 'vitest';
import path from 'node:path';
import { FORMAT_NAMES, formatDiagnostics } from './src/report/index.js';
import { cwd, options } from './test/report/fixtures.js';
it('perf', () => {
  const many = Array.from({ length: 50_000 }, (_, i) => ({ ruleId: i % 2 ? 'a-rule' : 'b-rule', severity: (i % 3 ? 'error' : 'warn') as 'error', message: `finding ${i}`, file: path.join(cwd, 'big.inc'), line: 50_000 - i, column: 1, endLine: 50_000 - i, endColumn: 2 }));
  for (const f of FORMAT_NAMES) { const t = Date.now(); formatDiagnostics(f, many, options); console.log(f, Date.now() - t); }
});
