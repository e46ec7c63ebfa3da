/**
 * The fast reader for plain parameters.yaml files must give exactly what the YAML library path gives, and must
 * step aside (return null) for every file it does not fully understand or that has something to report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParameters } from '../../src/data/parameters.js';
import { readPlainParameters } from '../../src/data/parameters-plain.js';
import { SHARED, hasShared } from '../helpers/tree.js';
import { expectSameWhenRead, FILE, PLAIN } from '../helpers/parameters-plain.js';

describe('readPlainParameters', () => {
  it('reads the plain shape exactly as the YAML library path does', () => {
    expect(readPlainParameters(FILE, PLAIN)).not.toBeNull();
    expect(expectSameWhenRead(PLAIN)).toBe(true);
    expect(expectSameWhenRead(`${PLAIN}\n`)).toBe(true);
    expect(expectSameWhenRead(`${PLAIN}\n\n# trailing comment\n`)).toBe(true);
  });

  it('reads what os-api-ref needs: versions as written, YAML 1.1 booleans, integers', () => {
    const pf = loadParameters(FILE, PLAIN, new DiagnosticBag());
    expect(pf.byKey.get('count')!.minVersion).toBe('3.60');
    expect(pf.byKey.get('count')!.fields.get('default')!.value).toBe(10);
    expect(pf.byKey.get('name')!.required).toEqual({ value: true, isTrue: true, isFalseOrAbsent: false });
    expect(pf.byKey.get('plain_multi')!.required).toEqual({ value: 'ture', isTrue: false, isFalseOrAbsent: false });
    expect(pf.byKey.get('plain_multi')!.description).toBe('A plain scalar that goes on,\nand on.');
    expect(pf.byKey.get('name')!.description).toBe('Folded text over lines.\nNew paragraph.\n');
  });

  it.each([
    ['an anchor', 'a: &x\n  in: body\n'],
    ['a merge key', 'a:\n  <<: *x\n  in: body\n'],
    ['an alias value', 'a:\n  in: *x\n'],
    ['a tab', 'a:\n  in:\tbody\n'],
    ['a CR', 'a:\r  in: body\r'],
    ['a byte-order mark', '\uFEFFa:\n  in: body\n'],
    ['a duplicate entry', 'a:\n  in: body\na:\n  in: path\n'],
    ['a duplicate field', 'a:\n  in: body\n  in: path\n'],
    ['an entry without in', 'a:\n  type: string\n'],
    ['an entry that is not a mapping', 'a: 1\n'],
    ['an empty entry', 'a:\nb:\n  in: body\n'],
    ['a nested mapping', 'a:\n  in: body\n  properties:\n    x: 1\n'],
    ['a flow collection', 'a:\n  in: body\n  enum: [a, b]\n'],
    ['a keep-chomping block', 'a:\n  in: body\n  description: |+\n    x\n\n'],
    ['an indentation indicator', 'a:\n  in: body\n  description: |2\n    x\n'],
    ['a double-quoted escape', 'a:\n  in: "bo\\ndy"\n'],
    ['a multi-line quoted scalar', "a:\n  in: 'bo\n    dy'\n"],
    ['uneven field indentation', 'a:\n  in: body\n   type: string\n'],
    ['a null', 'a:\n  in: body\n  default: ~\n'],
    ['a number in another spelling', 'a:\n  in: body\n  default: 0x1F\n'],
    ['a key the core schema reads as a boolean', 'true:\n  in: body\n'],
    ['a value that is a mapping on one line', 'a:\n  in: body\n  description: x: y\n'],
    ['an empty file', ''],
    ['only comments', '# nothing\n'],
  ])('steps aside for %s', (_what, text) => {
    expect(readPlainParameters(FILE, text)).toBeNull();
  });
});

describe.skipIf(!hasShared)('readPlainParameters on the corpus (needs ../shared; skipped without it)', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/^parameters.*\.yaml$/.test(e.name)) files.push(full);
    }
  };
  if (hasShared) walk(path.join(SHARED, 'corpus'));

  it('reads the plain files as the library does, and the big ones are plain', () => {
    const read: string[] = [];
    for (const f of files.sort()) {
      if (expectSameWhenRead(fs.readFileSync(f, 'utf8'))) read.push(path.relative(path.join(SHARED, 'corpus'), f));
    }
    // placement (anchors and merge keys) and trove (nested `properties`) are not in the plain shape.
    expect(read).toEqual(
      files
        .map((f) => path.relative(path.join(SHARED, 'corpus'), f))
        .filter((f) => !/^(placement|trove)\//.test(f))
        .sort(),
    );
  });
});
