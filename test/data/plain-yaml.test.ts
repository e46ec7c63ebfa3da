/**
 * The fast reader for plain parameters.yaml and status.yaml files must give exactly what the YAML library path
 * gives, and must step aside (return null) for every file it does not fully understand or that has something
 * to report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParameters, readPlainParameterFile } from '../../src/data/parameters.js';
import { readPlainStatusFile } from '../../src/data/status.js';
import { SHARED, hasShared } from '../helpers/tree.js';
import { expectSameParameters, expectSameStatus, FILE, PLAIN } from '../helpers/plain-yaml.js';

describe('the fast reader on parameters files', () => {
  it('reads the plain shape exactly as the YAML library path does', () => {
    expect(readPlainParameterFile(FILE, PLAIN)).not.toBeNull();
    expect(expectSameParameters(PLAIN)).toBe(true);
    expect(expectSameParameters(`${PLAIN}\n`)).toBe(true);
    expect(expectSameParameters(`${PLAIN}\n\n# trailing comment\n`)).toBe(true);
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
    expect(readPlainParameterFile(FILE, text)).toBeNull();
  });
});

const STATUS = `    200:
      default: |
        Request was successful.
    404:
      default: Not found.  # a comment
      volume_gone: >-
        The volume was
        deleted.
`;

describe('the fast reader on status files', () => {
  it('reads an indented status file as the library does', () => {
    expect(expectSameStatus(STATUS)).toBe(true);
    const sf = readPlainStatusFile(FILE, STATUS)!;
    expect([...sf.codes.keys()]).toEqual([200, 404]);
    expect(sf.codes.get(404)!.reasons.get('volume_gone')!.text).toBe('The volume was deleted.');
  });

  it.each([
    ['a code that is not one', '200:\n  default: OK\n2000:\n  default: x\n'],
    ['a reason that is not text', '200:\n  default: 42\n'],
    ['a boolean reason', '200:\n  default: yes\n'],
    ['a code at another indentation', '  200:\n    default: OK\n 404:\n    default: x\n'],
  ])('steps aside for %s', (_what, text) => {
    expect(readPlainStatusFile(FILE, text)).toBeNull();
  });
});

describe.skipIf(!hasShared)('the fast reader on the corpus (needs ../shared; skipped without it)', () => {
  const files: string[] = [];
  const statusFiles: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/^parameters.*\.yaml$/.test(e.name)) files.push(full);
      else if (e.name === 'status.yaml') statusFiles.push(full);
    }
  };
  if (hasShared) walk(path.join(SHARED, 'corpus'));

  it('reads every status.yaml as the library does', () => {
    expect(statusFiles.length).toBeGreaterThan(0);
    for (const f of statusFiles) expect(expectSameStatus(fs.readFileSync(f, 'utf8'))).toBe(true);
  });

  it('reads the plain files as the library does, and the big ones are plain', () => {
    const read: string[] = [];
    for (const f of files.sort()) {
      if (expectSameParameters(fs.readFileSync(f, 'utf8'))) read.push(path.relative(path.join(SHARED, 'corpus'), f));
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
