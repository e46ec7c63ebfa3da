/**
 * The fast JSON reader against Momoa: for every text it reads, the tree must equal Momoa's (types, values,
 * positions); everything else it must leave to Momoa (null), and then only where Momoa or JSON.parse object.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonPositions } from '../../src/data/json-positions.js';
import { hasShared, SHARED } from '../helpers/tree.js';
import { expectSameAsMomoa } from '../helpers/json-positions.js';

describe('the fast JSON reader', () => {
  it('builds Momoa\'s tree: values, lines, UTF-16 columns, offsets', () => {
    const cases = [
      '{"a": [1, -2.5e3, true, null, "x\\u00e9"]}\n',
      ' {}  ',
      '\r\n{"a":\r\n1}\r\n',
      '{"a":1}\r\r',
      '{"😀":1,"b":"😀\\"q"}',
      '{"a":1,"a":2}',
      '[[], {}, [{}], 0, -0, 1E+2, 0.5e-1, "", "\\/\\b\\f\\n\\r\\t"]',
      '"just a string"',
      '  42  ',
      '{\n\t"deep": {"er": {"est": [true, false, null]}}\n}\n',
    ];
    for (const text of cases) expect(expectSameAsMomoa(text), text).toBe(true);
  });

  it('leaves invalid and borderline text to Momoa', () => {
    for (const text of ['', '{', '[1,]', '{"a":01}', '{"a":1}x', '{"a" 1}', '{a:1}', "{'a':1}", '[1 2]', 'tru', 'truex', '1.', '-', '"\\x"', '"a', '{"a":"\t"}', '\ufeff{}', '"\u2028"', '[' .repeat(1001) + ']'.repeat(1001), 'NaN', '{"a":1,}']) {
      expect(parseJsonPositions(text), JSON.stringify(text)).toBeNull();
    }
  });

  it.skipIf(!hasShared)('reads every JSON sample of the corpus exactly as Momoa', () => {
    let files = 0;
    let read = 0;
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.json')) {
          files++;
          if (expectSameAsMomoa(fs.readFileSync(p, 'utf8'))) read++;
        }
      }
    };
    walk(path.join(SHARED, 'corpus'));
    expect(files).toBeGreaterThan(1000);
    // Invalid samples exist in the corpus (heat, zun); every valid one is read.
    expect(read).toBeGreaterThan(files - 10);
  });
});
