import fs from 'node:fs';
import { it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { fixParametersText } from '../../src/fix/index.js';
it('probe', () => {
  for (const p of ['designate','ironic','masakari','placement','trove','watcher','zun']) {
    const f = `/work/shared/corpus/${p}/api-ref/source/parameters.yaml`;
    const t = fs.readFileSync(f, 'utf8');
    const t0 = performance.now();
    const r = fixParametersText(f, t.split('\n').reverse().join('\n'), new DiagnosticBag());
    const t1 = performance.now();
    fixParametersText(f, t, new DiagnosticBag());
    console.log(p, (t1 - t0).toFixed(0), 'ms reversed-lines(broken) changed', r.changed, (performance.now() - t1).toFixed(0), 'ms');
  }
});
