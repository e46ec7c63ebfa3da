import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { quoteVersionsText } from '../../src/fix/index.js';

function quote(text: string) {
  const bag = new DiagnosticBag();
  return { ...quoteVersionsText('/p/parameters.yaml', text, bag), diagnostics: bag.list };
}

describe('quoteVersionsText', () => {
  it.each([
    ['min_version: 3.60', "min_version: '3.60'"],
    ['max_version: 2.10', "max_version: '2.10'"],
    ['min_version: 1.0', "min_version: '1.0'"],
    ['min_version: 2.100 # comment', "min_version: '2.100' # comment"],
    ['min_version: &v 3.60', "min_version: &v '3.60'"],
  ])('quotes a float that would print differently: %s', (field, expected) => {
    expect(quote(`p:\n  in: body\n  ${field}\n`).text).toBe(`p:\n  in: body\n  ${expected}\n`);
  });

  it.each([
    "min_version: '3.60'",
    'min_version: "2.10"',
    'min_version: 3.6',
    'min_version: 2.1',
    'min_version: 2',
    'min_version: !!float 3.60',
    'min_version: null',
    'other_version: 3.60',
    'description: 3.60',
  ])('leaves %s alone', (field) => {
    const text = `p:\n  in: body\n  ${field}\n`;
    expect(quote(text)).toMatchObject({ text, quoted: 0, readable: true });
  });

  it('only quotes the fields of a parameter, not deeper keys or top-level names', () => {
    const text = 'min_version: 3.60\np:\n  nested:\n    min_version: 3.60\n';
    expect(quote(text).text).toBe(text);
  });

  it('quotes every changed version in a file and keeps CRLF', () => {
    const text = 'a:\r\n  min_version: 2.10\r\n  max_version: 2.20\r\nb:\r\n  min_version: 2.30\r\n';
    expect(quote(text)).toMatchObject({
      text: "a:\r\n  min_version: '2.10'\r\n  max_version: '2.20'\r\nb:\r\n  min_version: '2.30'\r\n",
      quoted: 3,
    });
  });

  it('reports a file it cannot read and returns it untouched', () => {
    const out = quote('a: "unclosed\n');
    expect(out).toMatchObject({ text: 'a: "unclosed\n', readable: false });
    expect(out.diagnostics).toHaveLength(1);
  });
});
