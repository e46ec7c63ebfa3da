/**
 * Names from a tree that are also Object.prototype's members (`constructor`, `__proto__`, `toString`, ...) are
 * ordinary names: lookups in apiref's fixed tables find nothing for them, and data keys keep them as keys.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { resolveSite } from '../../src/resolve/site.js';
import { runRules } from '../../src/rules/index.js';
import { renderSite } from '../../src/site/build.js';
import { loadParameters } from '../../src/data/parameters.js';
import { loadStatus } from '../../src/data/status.js';
import { configFor, writeTree } from '../helpers/tree.js';

const TREE = {
  'conf.py': "constructor = 'x'\n__proto__ = 'y'\n",
  'index.rst': [
    'Title',
    '=====',
    '',
    'See :ref:`constructor` and :ref:`__proto__`.',
    '',
    '.. code-block:: toString',
    '',
    '   a < b',
    '',
    'Call it',
    '-------',
    '',
    '.. rest_method:: GET /v1/{constructor}',
    '',
    'Request',
    '~~~~~~~',
    '',
    '.. rest_parameters:: parameters.yaml',
    '',
    '   - constructor: constructor',
    '   - __proto__: __proto__',
    '',
    'Request Example',
    '~~~~~~~~~~~~~~~',
    '',
    '.. literalinclude:: s.json',
    '',
    '.. rest_status_code:: success status.yaml',
    '',
    '   - 200: constructor',
    '',
  ].join('\n'),
  'parameters.yaml': 'constructor:\n  in: constructor\n  required: true\n  type: constructor\n  description: C.\n__proto__:\n  in: body\n  required: true\n  type: valueOf\n  description: P.\n',
  'status.yaml': '200:\n  default: OK.\n  constructor: Made.\n',
  's.json': '{"constructor": 1, "__proto__": {"a": 1}}\n',
};

describe('names that are Object.prototype members', () => {
  it('build and lint like any other name: no rule or render failure, no function found in a table', () => {
    const dir = writeTree(TREE);
    const diagnostics = new DiagnosticBag();
    const site = resolveSite(configFor(dir), diagnostics);
    runRules(site, diagnostics);
    const result = renderSite(configFor(dir), new DiagnosticBag());
    const html = String(result.files.find((f) => f.path === 'index.html')!.content);
    const ids = diagnostics.list.map((d) => d.ruleId);
    expect(ids).not.toContain('rule-failure');
    expect(diagnostics.list.filter((d) => /function|native code|undefined/.test(d.message))).toEqual([]);
    expect(diagnostics.list.filter((d) => d.ruleId === 'broken-reference').map((d) => d.message)).toEqual([
      'Undefined label: "constructor" (:ref: target not found).',
      'Undefined label: "__proto__" (:ref: target not found).',
    ]);
    expect(ids).toContain('parameter-invalid-in');
    expect(html).not.toMatch(/native code|undefined/);
    expect(html).toContain('<td><p>Made.</p></td>');
  });

  it('stay keys in the data read from parameters.yaml and status.yaml', () => {
    const params = loadParameters('/p/parameters.yaml', TREE['parameters.yaml'], new DiagnosticBag());
    expect(Object.keys(params.data!)).toEqual(['constructor', '__proto__']);
    expect(Object.getPrototypeOf(params.data)).toBe(Object.prototype);
    const status = loadStatus('/p/status.yaml', '__proto__:\n  default: x\n200:\n  __proto__: y\n', new DiagnosticBag());
    expect(Object.keys(status.data!).sort()).toEqual(['200', '__proto__']);
    expect(Object.keys((status.data as Record<string, Record<string, unknown>>)['200']!)).toEqual(['__proto__']);
  });
});
