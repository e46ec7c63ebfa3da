import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { checkJsonSample, jsonKeys, jsonNodeAt, jsonTypeOf, jsonValueAt, parseJsonSample } from '../../src/data/samples.js';

const FILE = '/p/samples/volume-show-response.json';

function parse(text: string) {
  const bag = new DiagnosticBag();
  return { ...parseJsonSample(FILE, text, bag), diags: bag.list };
}

describe('parseJsonSample', () => {
  it('parses valid JSON into a positioned tree', () => {
    const { ok, ast, diags } = parse('{\n  "volume": {"id": "v1", "size": 10}\n}\n');
    expect(ok).toBe(true);
    expect(diags).toEqual([]);
    expect(ast!.body.type).toBe('Object');
  });

  it('reports invalid JSON at the exact line and column, without throwing', () => {
    const { ok, ast, diags } = parse('{\n  "volume": {\n    "id": "v1",\n  }\n}\n');
    expect(ok).toBe(false);
    expect(ast).toBeNull();
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ ruleId: 'sample-invalid-json', severity: 'error', file: FILE, line: 4, column: 3 });
    expect(diags[0]!.message).not.toMatch(/\(\d+:\d+\)$/);
  });

  it('reports an unterminated string and empty input', () => {
    expect(parse('{"a": "b').diags[0]).toMatchObject({ ruleId: 'sample-invalid-json', line: 1 });
    expect(parse('').diags[0]).toMatchObject({ ruleId: 'sample-invalid-json', line: 1, column: 1 });
  });

  it('comments are not JSON', () => {
    expect(parse('{\n  // note\n  "a": 1\n}').diags[0]).toMatchObject({ line: 2, column: 3 });
  });

  it('survives absurdly deep nesting', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const { diags } = parse(deep);
    expect(diags.every((d) => d.ruleId === 'sample-invalid-json')).toBe(true);
  });
});

describe('walking samples', () => {
  const text = '{\n  "volume": {\n    "id": "v1",\n    "attachments": [{"server_id": "s1"}],\n    "size": 1.5\n  }\n}';
  const { ast } = parse(text);

  it('finds values by path', () => {
    expect(jsonValueAt(ast!, ['volume', 'id'])).toBe('v1');
    expect(jsonValueAt(ast!, ['volume', 'attachments', 0, 'server_id'])).toBe('s1');
    expect(jsonValueAt(ast!, ['volume', 'missing'])).toBeUndefined();
    expect(jsonValueAt(ast!, ['volume', 'id', 0])).toBeUndefined();
    expect(jsonNodeAt(ast!, ['volume', 'size'])!.loc.start).toEqual({ line: 5, column: 13, offset: text.indexOf('1.5') });
  });

  it('lists keys with paths, dotted names and spans, in document order', () => {
    const keys = jsonKeys(FILE, ast!);
    expect(keys.map((k) => k.dotted)).toEqual([
      'volume',
      'volume.id',
      'volume.attachments',
      'volume.attachments.server_id',
      'volume.size',
    ]);
    expect(keys[3]!.path).toEqual(['volume', 'attachments', 0, 'server_id']);
    expect(keys[1]!.span).toMatchObject({ file: FILE, start: { line: 3, column: 5 }, end: { line: 3, column: 9 } });
    expect(keys.map((k) => jsonTypeOf(k.value))).toEqual(['object', 'string', 'array', 'string', 'float']);
  });
});

describe('checkJsonSample (the fast check literalinclude runs)', () => {
  const reported = (check: typeof parseJsonSample | typeof checkJsonSample, text: string) => {
    const bag = new DiagnosticBag();
    check('/s/x.json', text, bag);
    return bag.list.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message}`);
  };
  const texts = [
    '{"volume": {"size": 10, "name": "a \\"b\\""}}\n',
    '{"a": 1,\n "b": [1, 2,]}\n',
    '{"a": 1}\n{"b": 2}',
    '{"a": "tab\there"}',
    '[' .repeat(1500) + ']'.repeat(1500),
    '[' .repeat(6000) + ']'.repeat(6000),
    '{"s": "' + '['.repeat(3000) + '"}',
  ];
  for (const [i, text] of texts.entries()) {
    it(`reports what parseJsonSample reports (case ${i + 1})`, () => {
      expect(reported(checkJsonSample, text)).toEqual(reported(parseJsonSample, text));
    });
  }
  it('reports invalid JSON at the failing line', () => {
    expect(reported(checkJsonSample, '{"a": 1,\n "b": [1, 2,]}\n')).toEqual([expect.stringMatching(/^sample-invalid-json 2:/)]);
  });
  it('reports nesting too deep to read, as before', () => {
    expect(reported(checkJsonSample, '['.repeat(6000) + ']'.repeat(6000))).toEqual([expect.stringContaining('nested too deeply')]);
  });
  it('says nothing about valid JSON', () => {
    expect(reported(checkJsonSample, '{"a": [1, {"b": null}]}')).toEqual([]);
  });
});
