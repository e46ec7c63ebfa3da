import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParameters } from '../../src/data/parameters.js';
import { loadStatus } from '../../src/data/status.js';
import { checkParameterFile, checkStatusFile } from '../../src/data/schema-check.js';

function checkParams(text: string) {
  const bag = new DiagnosticBag();
  checkParameterFile(loadParameters('/p/parameters.yaml', text, bag), bag);
  return bag.list.map((d) => [d.ruleId, d.line, d.column, d.message]);
}

describe('checkParameterFile', () => {
  it('accepts a well-formed file, with unquoted versions', () => {
    expect(
      checkParams('id:\n  in: path\n  required: true\n  type: string\n  description: The id.\n  min_version: 3.60\n'),
    ).toEqual([]);
  });

  it('names a misspelled field at its key and says what was meant', () => {
    expect(checkParams('id:\n  in: body\n  requered: true\n  type: string\n  description: x\n')).toEqual([
      ['parameters-schema', 3, 3, 'Unknown field ``requered`` in ``id`` (did you mean ``required``?).'],
    ]);
  });

  it('reports a bad `in`, a non-boolean `required` and a bad version at their values', () => {
    expect(
      checkParams('id:\n  in: bdy\n  required: ture\n  type: string\n  description: x\n  max_version: two\n'),
    ).toEqual([
      ['parameters-schema', 2, 7, '``in`` in ``id`` must be one of: header, path, query, body.'],
      ['parameters-schema', 3, 13, '``required`` in ``id`` must be boolean.'],
      ['parameters-schema', 6, 16, '``max_version`` in ``id`` must be a version such as 2.10.'],
    ]);
  });

  it('reports missing fields at the entry key', () => {
    expect(checkParams('x:\n  in: body\n  description: d\n')).toEqual([
      ['parameters-schema', 1, 1, 'Missing field ``type`` in ``x``.'],
    ]);
  });

  it('does not repeat what the loader reported (non-mapping entry, missing `in`)', () => {
    expect(checkParams('x: text\ny:\n  type: string\n  description: d\n').map((d) => d[0])).toEqual([
      'parameter-not-mapping',
      'parameter-missing-in',
    ]);
  });
});

describe('checkStatusFile', () => {
  function checkStatus(text: string) {
    const bag = new DiagnosticBag();
    checkStatusFile(loadStatus('/p/status.yaml', text, bag), bag);
    return bag.list.filter((d) => d.ruleId === 'status-schema').map((d) => [d.line, d.column, d.message]);
  }

  it('accepts default and keyed reasons', () => {
    expect(checkStatus('200:\n  default: OK.\n409:\n  default: C.\n  dup: D.\n')).toEqual([]);
  });

  it('wants a default and text reasons', () => {
    expect(checkStatus('404:\n  gone: G.\n  other: 3\n')).toEqual([
      [1, 1, 'Missing field ``default`` in ``404``.'],
      [3, 10, '``other`` in ``404`` must be string.'],
    ]);
  });

  it('flags keys that are not codes', () => {
    expect(checkStatus('20x:\n  default: A.\n')).toEqual([[1, 1, '``20x`` is not a valid key here.']]);
  });
});
