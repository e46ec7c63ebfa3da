/** The hot-path helpers give exactly what path.resolve / path.join give. */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absolutePath, childPath, joinBelow } from '../../src/util/paths.js';

const CASES = ['/a/b', '/a//b', '/a/./b', '/a/../b', '/a/b/', '/', '/a/..', '/a/.', '/a/.b', '/a/..b', '/a/b..', '/a/b.', '/.a', '/..a', '/...', 'rel/x', './x', '../x', '', '//a', '/a/b/../../..'];
const NAMES = ['x.inc', '.hidden', '..', '.', '', 'a/b', '...', 'x..y'];

describe('absolutePath and childPath', () => {
  it('equal path.resolve and path.join on the tricky cases', () => {
    for (const p of CASES) expect(absolutePath(p), p).toBe(path.resolve(p));
    for (const dir of CASES.filter((c) => c.startsWith('/'))) for (const name of NAMES) expect(childPath(dir, name), `${dir} + ${name}`).toBe(path.join(dir, name));
  });
  it('equal them on random paths made of /, ., .. and names', () => {
    const part = fc.constantFrom('', '.', '..', 'a', 'b.c', '...', '.d');
    const p = fc.array(part, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);
    fc.assert(fc.property(p, part, (dir, name) => absolutePath(dir) === path.resolve(dir) && childPath(dir, name) === path.join(dir, name)), { numRuns: 2000 });
    const rel = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    fc.assert(fc.property(p, rel, (dir, r) => {
      const joined = joinBelow(dir, r);
      return joined === null || joined === path.resolve(dir, r);
    }), { numRuns: 2000 });
    expect(joinBelow('/a/b', 'samples/x.json')).toBe('/a/b/samples/x.json');
    expect(joinBelow('/a/b', '../x.json')).toBeNull();
  });
});
