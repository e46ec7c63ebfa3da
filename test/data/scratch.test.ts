import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { it, expect } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParameters } from '../../src/data/parameters.js';
import { loadStatus } from '../../src/data/status.js';
it('scratch', () => {
  const files = execSync("find /work/shared/corpus -name '*parameters*.yaml' -o -name 'status.yaml'").toString().trim().split('\n');
  const py = JSON.parse(execSync('python3 /tmp/pydump.py ' + files.join(' '), {maxBuffer: 1e8}).toString());
  for (const f of files) {
    const bag = new DiagnosticBag();
    const text = readFileSync(f, 'utf8');
    const data = f.endsWith('status.yaml') ? loadStatus(f, text, bag).data : loadParameters(f, text, bag).data;
    expect(JSON.stringify(data) === JSON.stringify(py[f]), f).toBe(true);
  }
});
