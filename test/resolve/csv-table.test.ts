/** csv-table data is read like Python's csv module with docutils' two dialects (data, and the :header: option). */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/directives/csv-table.js';

const data = { delim: ',', quote: '"', escape: null, skipInitialSpace: true, doubleQuote: true, strict: true };
const header = { delim: ',', quote: '"', escape: '\\', skipInitialSpace: true, doubleQuote: false, strict: false };
const texts = (src: string, d = data) => {
  const r = parseCsv(src, d);
  return 'rows' in r ? r.rows.map((row) => row.map((c) => c.text)) : r.error;
};

describe('parseCsv', () => {
  it('splits quoted and bare fields, skipping the space after a delimiter', () => {
    expect(texts('"a (Optional)", "plain", b ,"x, y"')).toEqual([['a (Optional)', 'plain', 'b ', 'x, y']]);
  });
  it('reads a doubled quote as one quote in data', () => {
    expect(texts('"The RPM. ""N/A"", not applicable."')).toEqual([['The RPM. "N/A", not applicable.']]);
  });
  it('keeps newlines inside quotes, and a blank line is an empty row', () => {
    expect(texts('"multi\nline", z,\n\nnext')).toEqual([['multi\nline', 'z', ''], [], ['next']]);
  });
  it('rejects text after a closing quote in data', () => {
    expect(texts('"a"b')).toBe("',' expected after '\"'");
  });
  it('appends text after a closing quote in the :header: dialect, where quotes do not double', () => {
    expect(texts('"A", B, "C ""q"""', header)).toEqual([['A', 'B', 'C "q"""']]);
  });
});
