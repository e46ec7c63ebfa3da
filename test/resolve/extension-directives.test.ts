/** Unknown directives: those of an extension conf.py loads are expected (a warning), any other is an error. */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { renderSite } from '../../src/site/build.js';
import { writeTree } from '../helpers/tree.js';

describe('directives of extensions the tree loads', () => {
  it('are a warning when conf.py loads their extension, an error otherwise; the page shows nothing either way', () => {
    const dir = writeTree({
      'conf.py': "extensions = [\n    'os_api_ref',\n    'sphinx.ext.autodoc',\n]\n",
      'index.rst': 'T\n=\n\n.. autoclass:: pkg.Thing\n   :members:\n\n.. rest-controller:: pkg:Root\n\n.. rest_methd:: GET /x\n\nEnd.\n',
    });
    const diagnostics = new DiagnosticBag();
    const result = renderSite(loadConfig({ source: dir, cwd: dir, out: `${dir}/out` }, diagnostics), diagnostics);
    expect(diagnostics.list.map((d) => [d.ruleId, d.severity, d.line])).toEqual([
      ['extension-directive', 'warn', 4],
      ['unknown-directive', 'error', 7],
      ['unknown-directive', 'error', 9],
    ]);
    expect(diagnostics.list[0]!.message).toContain('the Sphinx extension sphinx.ext.autodoc, which conf.py loads');
    const html = String(result.files.find((f) => f.path === 'index.html')!.content);
    expect(html).not.toMatch(/autoclass|rest-controller|rest_methd/);
  });
});
