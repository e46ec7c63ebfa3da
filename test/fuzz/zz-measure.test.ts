import { it } from 'vitest';
import fs from 'node:fs';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParameters } from '../../src/data/parameters.js';
import { parseDocument } from 'yaml';
it('m', () => {
  const f = '/work/shared/corpus/cinder/api-ref/source/v3/parameters.yaml';
  const t = fs.readFileSync(f, 'utf8');
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now(); loadParameters(f, t, new DiagnosticBag()); const a = performance.now() - t0;
    t0 = performance.now(); parseDocument(t); const b = performance.now() - t0;
    console.log(t.length, a.toFixed(1), b.toFixed(1));
  }
});
