import { it } from 'vitest';
import { lintTree } from './lint.js';
import { siteIndex } from '../../src/rules/site-index.js';
it('smoke', () => {
  const r = lintTree({
    'index.rst': `API\n===\n\n.. _dup:\n\nOne\n---\n\n.. rest_method:: get /a\n\n.. _dup:\n\nTwo\n---\n\n.. rest_method:: FETCH /b\n\nResponse codes\n~~~~~~~~~~~~~~\n\n.. rest_status_code:: success status.yaml\n\n   - 200\n   - 999\n   - abc\n`,
    'status.yaml': `200:\n  default: ok\n`,
    'x.inc': 'Hello\n',
  });
  console.log(r.all.map(d => `${d.ruleId} ${d.file.split('/').pop()}:${d.line}:${d.column} ${d.message}`).join('\n'));
});
