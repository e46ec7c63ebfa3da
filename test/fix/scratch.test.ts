import { it } from 'vitest';
import fs from 'node:fs';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { fixParametersText } from '../../src/fix/index.js';
it('scratch', () => {
  for (const p of ['placement', 'ironic', 'zun']) {
    const f = `/work/shared/corpus/${p}/api-ref/source/parameters.yaml`;
    const t = fs.readFileSync(f, 'utf8');
    const d = new DiagnosticBag();
    const r = fixParametersText(f, t, d);
    console.log(p, r.changed, d.list);
    fs.writeFileSync(`/tmp/exp/${p}.yaml`, r.text);
  }
});
