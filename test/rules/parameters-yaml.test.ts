/** Rules over parameters.yaml entries: input tree → findings of one rule. */
import { describe, expect, it } from 'vitest';
import { findingsOf, lintTree, operationPage } from './lint.js';

/** A page whose one table uses every key listed (so nothing is unused unless a test wants it). */
function treeWith(parameters: string, used: string[], extra: Record<string, string> = {}) {
  const rows = used.map((k) => `   - ${k}: ${k}`).join('\n');
  return lintTree({
    'index.rst': operationPage('POST', '/v1/things', `Request\n-------\n\n.. rest_parameters:: parameters.yaml\n\n${rows}\n`),
    'parameters.yaml': parameters,
    ...extra,
  });
}

const entry = (key: string, fields: string) => `${key}:\n${fields.trim().split('\n').map((l) => `  ${l.trim()}`).join('\n')}\n`;
const body = (key: string, more = '') => entry(key, `in: body\ntype: string\nrequired: true\ndescription: A thing.\n${more}`);

describe('parameter-sort-order', () => {
  it('reports an entry sorted before the previous one, at that entry, with the use as related', () => {
    const r = treeWith(body('zeta') + body('Alpha'), ['zeta', 'Alpha']);
    const [f, ...rest] = findingsOf(r, 'parameter-sort-order');
    expect(rest).toEqual([]);
    expect(f!.message).toContain('Parameters out of order ``zeta`` should be after ``Alpha``');
    expect(f!.line).toBe(6);
    expect(f!.related?.some((l) => l.file.endsWith('index.rst'))).toBe(true);
  });
  it('reports a section going back (body then path) once per out-of-order entry', () => {
    const path = entry('id', 'in: path\ntype: string\nrequired: true\ndescription: x');
    const r = treeWith(body('name') + path, ['name', 'id']);
    const f = findingsOf(r, 'parameter-sort-order');
    expect(f.map((d) => d.message.split('.')[0])).toEqual(['Section out of order']);
    expect(f[0]!.message).toContain('All parameters in section ``body`` should be after section ``path``. (see ``name``)');
  });
  it('accepts header < path < query < body, case-insensitive names within one in', () => {
    const h = entry('X-Auth', 'in: header\ntype: string\ndescription: x');
    const p = entry('id', 'in: path\ntype: string\ndescription: x');
    const q = entry('limit', 'in: query\ntype: integer\ndescription: x');
    const r = treeWith(h + p + q + body('alpha') + body('Beta') + body('gamma'), ['X-Auth', 'id', 'limit', 'alpha', 'Beta', 'gamma']);
    expect(findingsOf(r, 'parameter-sort-order')).toEqual([]);
  });
});

describe('parameter-invalid-in', () => {
  it('reports an in outside body/header/path/query with a suggestion, at the value', () => {
    const r = treeWith(entry('id', 'in: paht\ntype: string\ndescription: x'), ['id']);
    const [f] = findingsOf(r, 'parameter-invalid-in');
    expect(f!.message).toContain("``paht`` is not a valid value for 'in' (must be one of: body, header, path, query). (see ``id``)");
    expect(f!.message).toContain('Did you mean ``path``?');
    expect([f!.line, f!.column]).toEqual([2, 7]);
  });
  it('says nothing about valid values', () => {
    expect(findingsOf(treeWith(body('a'), ['a']), 'parameter-invalid-in')).toEqual([]);
  });
});

describe('parameter-unused', () => {
  it('reports an entry no table uses', () => {
    const r = treeWith(body('a') + body('b'), ['a']);
    const f = findingsOf(r, 'parameter-unused');
    expect(f.map((d) => [d.line, d.message])).toEqual([[6, 'Parameter ``b`` is defined in parameters.yaml but no rest_parameters table uses it: use it or delete it.']]);
  });
  it('counts a use on any page', () => {
    const r = treeWith(body('a') + body('b'), ['a'], {
      'other.rst': operationPage('GET', '/v1/b', '.. rest_parameters:: parameters.yaml\n\n   - b: b\n'),
    });
    expect(findingsOf(r, 'parameter-unused')).toEqual([]);
  });
  it('leaves an entry that only an .inc no document includes uses to unused-include (valet: placements.inc)', () => {
    const r = treeWith(body('a') + body('b') + body('c'), ['a'], {
      'stale.inc': 'Stale\n-----\n\n.. rest_method:: GET /v1/b\n\n.. rest_parameters:: parameters.yaml\n\n   - b: b\n\nMore text.\n\n   - c: c\n',
    });
    expect(findingsOf(r, 'unused-include').map((d) => d.file.split('/').pop())).toEqual(['stale.inc']);
    // `c` is in a list that is not the directive's (the paragraph at the margin ended it).
    expect(findingsOf(r, 'parameter-unused').map((d) => d.message.split(' is defined')[0])).toEqual(['Parameter ``c``']);
  });
});

describe('parameter-unknown-field', () => {
  it('suggests the field a misspelling was meant to be', () => {
    const r = treeWith(entry('a', 'in: body\ntype: string\nrequered: true\ndescripition: x'), ['a']);
    expect(findingsOf(r, 'parameter-unknown-field').map((d) => d.message.split(':')[0])).toEqual([
      'Unknown field ``requered`` in parameter ``a``',
      'Unknown field ``descripition`` in parameter ``a``',
    ]);
    expect(findingsOf(r, 'parameter-unknown-field')[0]!.message).toContain('did you mean ``required``?');
    expect(findingsOf(r, 'parameter-unknown-field')[0]!.line).toBe(4);
  });
  it('reports min_verison and an unrelated field, but not the schema-style ones authors add on purpose', () => {
    const r = treeWith(entry('a', 'in: body\ntype: string\nrequired: false\ndescription: x\nmin_verison: 2.1\ncolour: red\ndefault: 3\nformat: date'), ['a']);
    const messages = findingsOf(r, 'parameter-unknown-field').map((d) => d.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('did you mean ``min_version``?');
    expect(messages[1]).toContain('Unknown field ``colour``');
  });
  it('does not claim that a short unknown field repeats a present one (`id` is not `in`)', () => {
    const r = treeWith(body('a', 'id: 3\nType: string'), ['a']);
    const messages = findingsOf(r, 'parameter-unknown-field').map((d) => d.message);
    expect(messages[0]).toContain('``id`` in parameter ``a`` is ignored');
    expect(messages[0]).toContain('remove it or move its text into the description.');
    expect(messages[1]).toContain('it repeats ``type`` in other letter case');
  });
  it('says nothing about the known fields', () => {
    expect(findingsOf(treeWith(body('a', 'min_version: "2.1"\nmax_version: "2.5"'), ['a']), 'parameter-unknown-field')).toEqual([]);
  });
});

describe('parameter-required-not-boolean', () => {
  it('reports ture, with the boolean it was meant to be', () => {
    const r = treeWith(entry('a', 'in: body\ntype: string\nrequired: ture\ndescription: x'), ['a']);
    const [f] = findingsOf(r, 'parameter-required-not-boolean');
    expect(f!.message).toContain('``required: ture`` in parameter ``a`` is not a boolean');
    expect(f!.message).toContain('Write ``required: true``');
  });
  it('reports a quoted "false", which os-api-ref shows as required', () => {
    const r = treeWith(entry('a', 'in: body\ntype: string\nrequired: "false"\ndescription: x'), ['a']);
    expect(findingsOf(r, 'parameter-required-not-boolean')).toHaveLength(1);
  });
  it('accepts true, false and True', () => {
    const r = treeWith(body('a') + entry('b', 'in: body\ntype: string\nrequired: false\ndescription: x') + entry('c', 'in: body\ntype: string\nrequired: True\ndescription: x'), ['a', 'b', 'c']);
    expect(findingsOf(r, 'parameter-required-not-boolean')).toEqual([]);
  });
});

describe('parameter-unknown-type', () => {
  it('maps synonyms to the canonical type', () => {
    const r = treeWith(
      entry('a', 'in: body\ntype: int\ndescription: x') + entry('b', 'in: body\ntype: dict\ndescription: x') + entry('c', 'in: body\ntype: bool\ndescription: x') + entry('d', 'in: body\ntype: list\ndescription: x') + entry('e', 'in: body\ntype: str\ndescription: x'),
      ['a', 'b', 'c', 'd', 'e'],
    );
    expect(findingsOf(r, 'parameter-unknown-type').map((d) => /write ``type: (\w+)``/.exec(d.message)?.[1])).toEqual(['integer', 'object', 'boolean', 'array', 'string']);
  });
  it('accepts a known type written in another case (UUID, String)', () => {
    const r = treeWith(entry('a', 'in: body\ntype: UUID\ndescription: x') + entry('b', 'in: body\ntype: String\ndescription: x'), ['a', 'b']);
    expect(findingsOf(r, 'parameter-unknown-type')).toEqual([]);
  });
  it('reports a type with no close match without a suggestion, and honours a configured vocabulary', () => {
    const files = (t: string) => entry('a', `in: body\ntype: ${t}\ndescription: x`);
    expect(findingsOf(treeWith(files('hostname'), ['a']), 'parameter-unknown-type')[0]!.message).toContain('use one of them');
    expect(findingsOf(treeWith(files('string'), ['a']), 'parameter-unknown-type')).toEqual([]);
    const dir = lintTree(
      { 'index.rst': operationPage('GET', '/x', '.. rest_parameters:: parameters.yaml\n\n   - a: a\n'), 'parameters.yaml': files('hostname') },
      { parameterTypes: ['string', 'hostname'] },
    );
    expect(findingsOf(dir, 'parameter-unknown-type')).toEqual([]);
  });
});

describe('unquoted-version', () => {
  it('reports 3.60, which YAML tools read as 3.6, and suggests quoting', () => {
    const r = treeWith(body('a', 'min_version: 3.60'), ['a']);
    const [f] = findingsOf(r, 'unquoted-version');
    expect(f!.message).toBe("``min_version: 3.60`` in parameter ``a`` is the number 3.6 to YAML tools; quote it: ``min_version: '3.60'``.");
    expect([f!.line, f!.column]).toEqual([6, 16]);
  });
  it('accepts 2.0, which YAML tools read as 2: the same microversion (monasca-log-api); still reports 2.10', () => {
    const r = treeWith(body('a', 'min_version: 2.0') + body('b', 'max_version: 2.10'), ['a', 'b']);
    expect(findingsOf(r, 'unquoted-version').map((d) => d.message.split(' in ')[0])).toEqual(['``max_version: 2.10``']);
  });
  it('accepts quoted versions and floats that read back the same', () => {
    const r = treeWith(body('a', "min_version: '3.60'") + body('b', 'max_version: 3.5'), ['a', 'b']);
    expect(findingsOf(r, 'unquoted-version')).toEqual([]);
  });
});

describe('parameter-unused with YAML anchors', () => {
  it('does not report an entry whose anchor other entries merge', () => {
    const params = 'base: &base\n  in: body\n  type: string\n  required: true\n  description: x\nname:\n  <<: *base\n  description: y\n';
    const r = lintTree({ 'index.rst': operationPage('GET', '/x', '.. rest_parameters:: parameters.yaml\n\n   - name: name\n'), 'parameters.yaml': params });
    expect(findingsOf(r, 'parameter-unused')).toEqual([]);
  });
});
