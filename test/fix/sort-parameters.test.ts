import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { fixParametersText, sortParametersText } from '../../src/fix/index.js';

const FILE = '/p/parameters.yaml';

function fix(text: string) {
  const diagnostics = new DiagnosticBag();
  const result = fixParametersText(FILE, text, diagnostics);
  return { ...result, diagnostics: diagnostics.list };
}

/** Joins lines with \n and ends with a newline, so fixtures read as the file does. */
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('sortParametersText: order', () => {
  it('sorts by section (header < path < query < body), then lower-cased name', () => {
    const input = lines(
      'zeta:', '  in: body', '  type: string',
      'alpha:', '  in: body', '  type: string',
      'limit:', '  in: query',
      'server_id:', '  in: path',
      'X-Auth-Token:', '  in: header',
    );
    expect(fix(input).text).toBe(lines(
      'X-Auth-Token:', '  in: header',
      'server_id:', '  in: path',
      'limit:', '  in: query',
      'alpha:', '  in: body', '  type: string',
      'zeta:', '  in: body', '  type: string',
    ));
  });

  it('compares names case-insensitively and keeps ties in their order', () => {
    const input = lines('b: {in: body}', 'Foo: {in: body, n: 1}', 'a: {in: body}', 'foo: {in: body, n: 2}');
    expect(fix(input).text).toBe(lines('a: {in: body}', 'b: {in: body}', 'Foo: {in: body, n: 1}', 'foo: {in: body, n: 2}'));
  });

  it('puts entries with another or no `in` last, by name, keeping their own text', () => {
    const input = lines('z: {in: body}', 'odd: {in: cookie}', 'plain: text', 'a: {in: path}', 'b: {type: string}');
    expect(fix(input).text).toBe(lines('a: {in: path}', 'z: {in: body}', 'b: {type: string}', 'odd: {in: cookie}', 'plain: text'));
  });

  it('reads `in` through merge keys', () => {
    const input = lines('a:', '  in: body', 'base: &b', '  in: query', 'x:', '  <<: *b', '  type: int');
    expect(fix(input).text).toBe(lines('base: &b', '  in: query', 'x:', '  <<: *b', '  type: int', 'a:', '  in: body'));
  });

  it('leaves a sorted file as it is', () => {
    const input = lines('# header', '', 'a: {in: path}', '', 'b: {in: path}');
    expect(fix(input)).toEqual({ text: input, changed: false, diagnostics: [] });
  });
});

describe('sortParametersText: text that moves and text that stays', () => {
  it('moves comments directly above an entry with it; the header and blank lines stay in place', () => {
    const input = lines(
      '# Licensed under the Apache License.',
      '',
      'b:',
      '  in: body',
      '  description: |',
      '    B text',
      '    # not a comment: block scalar content',
      '  # indented comment after b belongs to b',
      '',
      '# about a',
      '# (two lines)',
      'a:',
      '  in: body # trailing comment',
      '',
    );
    expect(fix(input).text).toBe(lines(
      '# Licensed under the Apache License.',
      '',
      '# about a',
      '# (two lines)',
      'a:',
      '  in: body # trailing comment',
      '',
      'b:',
      '  in: body',
      '  description: |',
      '    B text',
      '    # not a comment: block scalar content',
      '  # indented comment after b belongs to b',
      '',
    ));
  });

  it('keeps a comment separated from the next entry by a blank line in place', () => {
    const input = lines('b: {in: path}', '', '# Query parameters', '', 'a: {in: query}', 'a2: {in: path}');
    expect(fix(input).text).toBe(lines('a2: {in: path}', '', '# Query parameters', '', 'b: {in: path}', 'a: {in: query}'));
  });

  it('keeps CRLF line endings', () => {
    const input = 'b:\r\n  in: body\r\n\r\na:\r\n  in: body\r\n';
    expect(fix(input).text).toBe('a:\r\n  in: body\r\n\r\nb:\r\n  in: body\r\n');
  });

  it('keeps a missing final newline missing, wherever the last entry goes', () => {
    expect(fix('b: {in: body}\na: {in: body}').text).toBe('a: {in: body}\nb: {in: body}');
    expect(fix('b: {in: body}\r\na: {in: body}').text).toBe('a: {in: body}\r\nb: {in: body}');
  });

  it('keeps a trailing comment after the last entry at the end', () => {
    expect(fix(lines('b: 1', 'a: 2', '# end')).text).toBe(lines('a: 2', 'b: 1', '# end'));
  });

  it('keeps a byte order mark, directives and document markers where they are', () => {
    expect(fix('\uFEFFb: 1\na: 2\n').text).toBe('\uFEFFa: 2\nb: 1\n');
    expect(fix(lines('%YAML 1.2', '---', 'b: 1', 'a: 2', '...')).text).toBe(lines('%YAML 1.2', '---', 'a: 2', 'b: 1', '...'));
  });

  it('moves the kept trailing lines of a `|+` block scalar with its entry', () => {
    expect(fix(lines('b:', '  d: |+', '    t', '', 'a: 1')).text).toBe(lines('a: 1', 'b:', '  d: |+', '    t', ''));
  });

  it('leaves the file unsorted when moving would change its data, and says so', () => {
    // `b` would land before the blank line, which its `|+` scalar would then keep.
    const input = lines('b:', '  d: |+', '    t', 'c: 1', '', 'a: 2');
    const out = fix(input);
    expect(out.text).toBe(input);
    expect(out.diagnostics).toMatchObject([{ ruleId: 'parameters-fix', severity: 'warn', line: 1 }]);
    expect(out.diagnostics[0]!.message).toContain('would change what the file means');
  });

  it('keeps anchors, tags, quoting and explicit keys as written', () => {
    const input = lines("'z': !!str 1", '? y', ': "two"', '&k x: [1, 2]');
    expect(fix(input).text).toBe(lines('&k x: [1, 2]', '? y', ': "two"', "'z': !!str 1"));
  });

  it('counts the entries that moved', () => {
    const bag = new DiagnosticBag();
    expect(sortParametersText(FILE, lines('c: 1', 'b: 2', 'a: 3'), bag).moved).toBe(2);
  });
});

describe('sortParametersText: anchors and aliases', () => {
  it('moves an anchor freely while it stays before its aliases', () => {
    const input = lines('q: &q', '  in: query', 'p:', '  <<: *q', '  in: body', 'a:', '  in: path');
    const out = fix(input);
    expect(out.text).toBe(lines('a:', '  in: path', 'q: &q', '  in: query', 'p:', '  <<: *q', '  in: body'));
    expect(out.diagnostics).toEqual([]);
  });

  it('keeps an alias after its anchor and says why', () => {
    const input = lines('body_id: &id', '  in: body', '  type: string', 'path_id:', '  <<: *id', '  in: path', 'a: {in: body}');
    const out = fix(input);
    expect(out.text).toBe(lines('a: {in: body}', 'body_id: &id', '  in: body', '  type: string', 'path_id:', '  <<: *id', '  in: path'));
    expect(parse(out.text, { merge: true })).toEqual(parse(input, { merge: true }));
    expect(out.diagnostics).toMatchObject([
      {
        ruleId: 'parameters-sort',
        severity: 'warn',
        line: 5,
        column: 1,
        message: '`path_id` belongs before `body_id` but was left after it: it uses the alias *id, whose anchor &id is in `body_id` (move the anchor by hand to sort it).',
      },
    ]);
  });

  it('does not let a redefined anchor come between an alias and its anchor', () => {
    const input = lines('m: &x {in: body, v: 1}', 'n: {<<: *x}', 'a: &x {in: body, v: 2}', 'o: {<<: *x}');
    const out = fix(input);
    expect(parse(out.text, { merge: true })).toEqual(parse(input, { merge: true }));
    // `a` redefines &x, so it stays after `n`, which uses the first &x.
    expect(out.text).toBe(lines('m: &x {in: body, v: 1}', 'n: {<<: *x}', 'a: &x {in: body, v: 2}', 'o: {<<: *x}'));
    expect(out.diagnostics.map((d) => d.line)).toEqual([3]);
  });

  it('keeps duplicate names in their order, so the last one still wins', () => {
    const input = lines('d: {in: body}', 'b: {in: body}', 'd: {in: path}');
    const out = fix(input);
    expect(out.text).toBe(lines('b: {in: body}', 'd: {in: body}', 'd: {in: path}'));
    expect(out.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, '`d` belongs before `d` but was left after it: `d` is defined twice and the last definition wins.'],
    ]);
  });
});

describe('fixParametersText: files it leaves alone', () => {
  it.each([
    ['invalid YAML', 'a: [1\nb: 2\n'],
    ['a top-level list', '- a\n- b\n'],
    ['a flow mapping', '{b: 1, a: 2}\n'],
    ['two documents', 'b: 1\n---\na: 2\n'],
    ['an empty file', ''],
    ['only comments', '# nothing yet\n'],
  ])('%s', (_name, input) => {
    const out = fix(input);
    expect(out.text).toBe(input);
    expect(out.changed).toBe(false);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({ ruleId: 'parameters-fix', severity: 'warn' });
    expect(out.diagnostics[0]!.message).toMatch(/the file was not fixed\.$/);
  });
});

describe('fixParametersText: idempotence', () => {
  it('changes nothing the second time', () => {
    const input = lines(
      '# header',
      'zz: &z',
      '  in: body',
      '  min_version: 2.10',
      '',
      '# about y',
      'yy:',
      '  <<: *z',
      '  in: query',
      'aa: {in: header, max_version: 3.60}',
    );
    const once = fix(input);
    expect(once.changed).toBe(true);
    const twice = fix(once.text);
    expect(twice.changed).toBe(false);
    expect(twice.text).toBe(once.text);
  });
});
