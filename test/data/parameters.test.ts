import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParameters } from '../../src/data/parameters.js';

const FILE = '/p/parameters.yaml';

function load(text: string) {
  const bag = new DiagnosticBag();
  const pf = loadParameters(FILE, text, bag);
  return { pf, diags: bag.list };
}

describe('loadParameters', () => {
  it('reads entries in file order with their fields and positions', () => {
    const { pf, diags } = load(
      [
        'x-openstack-request-id:',
        '  in: header',
        '  required: false',
        '  type: string',
        '  description: |',
        '    The request id.',
        '',
        '    Second paragraph.',
        'server_id:',
        '  in: path',
        '  required: True',
        '  type: string',
        '  description: The server.',
        '',
      ].join('\n'),
    );
    expect(diags).toEqual([]);
    expect(pf.entries.map((e) => e.key)).toEqual(['x-openstack-request-id', 'server_id']);
    const hdr = pf.byKey.get('x-openstack-request-id')!;
    expect(hdr.in).toBe('header');
    expect(hdr.type).toBe('string');
    expect(hdr.description).toBe('The request id.\n\nSecond paragraph.\n');
    expect(hdr.required).toEqual({ value: false, isTrue: false, isFalseOrAbsent: true });
    expect(hdr.keySpan.start).toEqual({ line: 1, column: 1, offset: 0 });
    const srv = pf.byKey.get('server_id')!;
    expect(srv.required).toEqual({ value: true, isTrue: true, isFalseOrAbsent: false });
    expect(srv.keySpan.start.line).toBe(9);
    const inField = srv.fields.get('in')!;
    expect(inField.value).toBe('path');
    expect(inField.keySpan.start).toMatchObject({ line: 10, column: 3 });
    expect(inField.span.start).toMatchObject({ line: 10, column: 7 });
    expect(inField.span.end).toMatchObject({ line: 10, column: 11 });
    expect(pf.data).toEqual({
      'x-openstack-request-id': {
        in: 'header',
        required: false,
        type: 'string',
        description: 'The request id.\n\nSecond paragraph.\n',
      },
      server_id: { in: 'path', required: true, type: 'string', description: 'The server.' },
    });
  });

  it('keeps versions exactly as written: 3.60 stays "3.60", 2.10 is not 2.1', () => {
    const { pf } = load(
      'a:\n  in: body\n  type: string\n  min_version: 3.60\n  max_version: 2.10\nb:\n  in: body\n  min_version: "3.7"\n',
    );
    expect(pf.byKey.get('a')!.minVersion).toBe('3.60');
    expect(pf.byKey.get('a')!.maxVersion).toBe('2.10');
    expect(pf.byKey.get('a')!.fields.get('min_version')!.source).toBe('3.60');
    expect(pf.byKey.get('b')!.minVersion).toBe('3.7');
    expect(pf.byKey.get('b')!.maxVersion).toBeNull();
  });

  it('min_version: null counts as no version', () => {
    const { pf } = load('a:\n  in: body\n  min_version: null\n');
    expect(pf.byKey.get('a')!.minVersion).toBeNull();
  });

  it('applies anchors and merge keys; own fields override merged ones', () => {
    const { pf, diags } = load(
      [
        'in_tree: &in_tree',
        '  type: string',
        '  in: query',
        '  required: false',
        '  description: A tree.',
        '  min_version: 1.31',
        'in_tree_granular:',
        '  <<: *in_tree',
        '  description: A granular tree.',
        '',
      ].join('\n'),
    );
    expect(diags).toEqual([]);
    const g = pf.byKey.get('in_tree_granular')!;
    expect(g.in).toBe('query');
    expect(g.minVersion).toBe('1.31');
    expect(g.description).toBe('A granular tree.');
    expect(g.fields.get('in')!.merged).toBe(true);
    // A merged field points where the anchor writes it.
    expect(g.fields.get('in')!.span.start.line).toBe(3);
    expect(g.fields.get('description')!.merged).toBe(false);
    expect(g.fields.get('description')!.span.start.line).toBe(9);
    expect([...g.fields.keys()]).toEqual(['type', 'in', 'required', 'description', 'min_version']);
  });

  it('duplicate top-level keys: the last wins, at the first place, with a warning at the duplicate', () => {
    const { pf, diags } = load('a:\n  in: path\nb:\n  in: body\na:\n  in: query\n');
    expect(pf.entries.map((e) => e.key)).toEqual(['a', 'b']);
    expect(pf.byKey.get('a')!.in).toBe('query');
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({
      ruleId: 'duplicate-key',
      severity: 'warn',
      file: FILE,
      line: 5,
      column: 1,
      related: [{ file: FILE, line: 1, column: 1 }],
    });
  });

  it('an entry that is an alias of another is read like it, and its duplicates are reported once', () => {
    const { pf, diags } = load('a: &a\n  in: path\n  in: body\nb: *a\n');
    expect(pf.byKey.get('b')).toMatchObject({ in: 'body', isMapping: true });
    expect(diags.map((d) => [d.ruleId, d.line])).toEqual([['duplicate-key', 3]]);
  });

  it('duplicate fields inside an entry are reported too', () => {
    const { pf, diags } = load('a:\n  in: path\n  type: string\n  in: body\n');
    expect(pf.byKey.get('a')!.in).toBe('body');
    expect(diags.map((d) => [d.ruleId, d.line, d.column, d.related?.[0]?.line])).toEqual([['duplicate-key', 4, 3, 2]]);
  });

  it('reports invalid YAML at its line and column and keeps what it could read', () => {
    const { pf, diags } = load('good:\n  in: body\n  type: string\nbad:\n  in: body\n  description: "unclosed\n');
    const err = diags.find((d) => d.ruleId === 'yaml-syntax')!;
    expect(err.severity).toBe('error');
    expect(err.line).toBe(6); // at the opening quote, not at the end of the file
    expect(err.column).toBe(16);
    expect(pf.byKey.get('good')!.in).toBe('body');
  });

  it('reports a mapping key at the wrong indentation once', () => {
    // yaml reads `body\n   type: string` as one multi-line value and says so where that value starts.
    const { diags } = load('a:\n  in: body\n   type: string\n');
    expect(diags.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([['yaml-syntax', 'error', 2, 7]]);
  });

  it('refuses custom tags such as !!python/object', () => {
    const { diags } = load('a:\n  in: body\n  type: !!python/object/apply:os.system ["rm -rf /"]\n');
    expect(diags.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([['yaml-unsafe-tag', 'error', 3, 9]]);
  });

  it('refuses tags yaml knows but the core schema lacks (!!set, !!binary) and local tags', () => {
    const { pf, diags } = load('a: !!set {x}\nb: !!binary aGk=\nc: &c !foo {in: body}\n');
    const tags = diags.filter((d) => d.ruleId === 'yaml-unsafe-tag');
    expect(tags.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['yaml-unsafe-tag', 1, 4],
      ['yaml-unsafe-tag', 2, 4],
      ['yaml-unsafe-tag', 3, 7],
    ]);
    expect(pf.byKey.get('b')!.value).toBe('aGk=');
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(10).fill('*' + prev).join(',')}]`);
    }
    lines.push('boom:\n  in: body\n  type: string\n  default: *i');
    const started = Date.now();
    const { pf, diags } = load(lines.join('\n') + '\n');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(diags.filter((d) => d.ruleId === 'yaml-alias-limit')).toHaveLength(1);
    expect(diags.find((d) => d.ruleId === 'yaml-alias-limit')!.severity).toBe('error');
    expect(pf.byKey.get('boom')!.in).toBe('body');
    expect(JSON.stringify(pf.data).length).toBeLessThan(5_000_000);
  });

  it('merge chains cost their size, not a product, and stay bounded', () => {
    // Each level merges the previous one ten times: naive expansion would copy 10^12 pairs.
    const lines = ['l0: &l0 {in: body, type: string}'];
    for (let i = 1; i <= 12; i++) lines.push(`l${i}: &l${i} {<<: [${Array(10).fill(`*l${i - 1}`).join(', ')}], k${i}: v}`);
    const started = Date.now();
    const { pf, diags } = load(lines.join('\n') + '\n');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(pf.byKey.get('l12')!.in).toBe('body');
    expect([...pf.byKey.get('l12')!.fields.keys()]).toHaveLength(14);
  });

  it('refuses a merge key that refers to its own mapping', () => {
    const { pf, diags } = load('a: &a\n  in: body\n  <<: *a\n');
    expect(pf.byKey.get('a')!.in).toBe('body');
    expect(diags.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['yaml-alias-limit', 'error', 3]]);
  });

  it('refuses an alias that refers to itself', () => {
    const { diags } = load('a: &a\n  in: body\n  self: *a\n');
    expect(diags.some((d) => d.severity === 'error')).toBe(true);
  });

  it('keeps an entry that is not a mapping, with a diagnostic', () => {
    const { pf, diags } = load('a: just text\nb:\n  in: body\n');
    expect(pf.entries.map((e) => e.key)).toEqual(['a', 'b']);
    expect(pf.byKey.get('a')).toMatchObject({ isMapping: false, in: null, value: 'just text' });
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ ruleId: 'parameter-not-mapping', severity: 'error', line: 1, column: 4 });
  });

  it('reports an entry without `in` and keeps it', () => {
    const { pf, diags } = load('a:\n  type: string\n  description: x\n');
    expect(pf.byKey.get('a')).toMatchObject({ isMapping: true, in: null, type: 'string' });
    expect(diags.map((d) => [d.ruleId, d.line])).toEqual([['parameter-missing-in', 1]]);
    expect(diags[0]!.message).toContain('os-api-ref stops the whole build on it');
  });

  it('reads required the way os-api-ref 2.3.0 does (only false or absent is optional)', () => {
    const { pf } = load(
      'a:\n  in: body\n  required: ture\nb:\n  in: body\nc:\n  in: body\n  required: False\nd:\n  in: body\n  required: yes\n',
    );
    expect(pf.byKey.get('a')!.required).toEqual({ value: 'ture', isTrue: false, isFalseOrAbsent: false });
    expect(pf.byKey.get('b')!.required).toEqual({ value: undefined, isTrue: false, isFalseOrAbsent: true });
    expect(pf.byKey.get('c')!.required).toEqual({ value: false, isTrue: false, isFalseOrAbsent: true });
    expect(pf.byKey.get('d')!.required).toEqual({ value: true, isTrue: true, isFalseOrAbsent: false });
  });

  it('keeps misspelled fields as they are (the schema check names them)', () => {
    const { pf } = load('a:\n  in: body\n  requered: true\n  descripition: x\n');
    const a = pf.byKey.get('a')!;
    expect(a.required.isFalseOrAbsent).toBe(true);
    expect(a.description).toBeNull();
    expect([...a.fields.keys()]).toEqual(['in', 'requered', 'descripition']);
  });

  it('an empty file is a diagnostic, not a crash', () => {
    for (const text of ['', '# only a comment\n', '\n\n']) {
      const { pf, diags } = load(text);
      expect(pf.entries).toEqual([]);
      expect(diags.map((d) => [d.ruleId, d.severity])).toEqual([['parameters-empty', 'warn']]);
    }
  });

  it('a file that is a list, not a mapping, is an error', () => {
    const { diags } = load('- a\n- b\n');
    expect(diags.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['parameters-not-mapping', 'error', 1]]);
  });

  it('refuses files over the size limit', () => {
    const { pf, diags } = load('#'.repeat(5 * 1024 * 1024 + 1));
    expect(pf.entries).toEqual([]);
    expect(diags.map((d) => d.ruleId)).toEqual(['file-too-large']);
  });

  it('columns and offsets count UTF-16 code units after non-ASCII text', () => {
    const { pf } = load('a:\n  description: "±hh:mm é"\n  in: body\n');
    const f = pf.byKey.get('a')!.fields.get('in')!;
    expect(f.span.start).toEqual({ line: 3, column: 7, offset: 'a:\n  description: "±hh:mm é"\n  in: '.length });
  });
});

describe('a document that ends early (ceilometer: `{}` on the first line, then the entries)', () => {
  const text = '{}\n\na:\n  description: |\n    Block one.\n  in: body\nb:\n  description: |\n    Block two.\n  in: body\n';
  it('is one error at the first token after the end, with the rest counted', () => {
    const { diags } = load(text);
    expect(diags.map((d) => [d.ruleId, d.line, d.column])).toEqual([['yaml-syntax', 3, 1]]);
    expect(diags[0]!.message).toMatch(/^Unexpected scalar token in YAML stream: "a" \(the YAML document ended before it; \d+ more tokens after it are not listed\)$/);
  });
  it('places every offset on its own line and column, after block scalars too (the library counted one line short there)', async () => {
    const { parseYaml } = await import('../../src/data/yaml-reader.js');
    const parsed = parseYaml(FILE, text, new DiagnosticBag())!;
    const lines = text.split('\n');
    let offset = 0;
    lines.forEach((line, i) => {
      for (let c = 0; c <= line.length; c++) expect(parsed.reader.point(offset + c)).toEqual({ line: i + 1, column: c + 1, offset: offset + c });
      offset += line.length + 1;
    });
  });
});
