/**
 * The output directory is written atomically and only inside itself: a build that fails while writing leaves
 * the previous site exactly as it was (and no staging folder behind); no output path may leave the output
 * directory; two builds of the same tree are byte-identical, file for file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { buildSite } from '../../src/site/build.js';
import { writeSite } from '../../src/site/write.js';
import { configFor, hasShared, SHARED, writeTree } from '../helpers/tree.js';

const TREE = {
  'index.rst': 'Site\n====\n\n.. toctree::\n\n   a\n   sub/b\n\n.. rest_expand_all::\n\nVERSION-ONE\n',
  'a.rst': 'A\n=\n\n.. rest_method:: GET /a/{id}\n\nGet A\n\n.. rest_parameters:: parameters.yaml\n\n   - id: id\n\n.. literalinclude:: s.json\n',
  'sub/b.rst': 'B\n=\n\nSee :doc:`../a`.\n',
  'parameters.yaml': 'id:\n  description: The id.\n  in: path\n  required: true\n  type: string\n',
  's.json': '{"a": 1}\n',
};

/** Every file under `dir`, relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), fs.readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

function expectSame(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
}

let dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function tree(files: Record<string, string> = TREE): string {
  const dir = writeTree(files);
  dirs.push(dir);
  return dir;
}

describe('a failed build leaves the previous output as it was', () => {
  for (const failAt of [1, 3, 5]) {
    it(`the disk fails at file ${failAt} of the second build`, () => {
      const dir = tree();
      const config = configFor(dir);
      buildSite(config, new DiagnosticBag());
      const before = snapshot(config.outDir);
      expect(before.size).toBeGreaterThan(3);
      fs.writeFileSync(path.join(dir, 'index.rst'), TREE['index.rst']!.replace('VERSION-ONE', 'VERSION-TWO'));

      const real = fs.writeFileSync;
      let calls = 0;
      vi.spyOn(fs, 'writeFileSync').mockImplementation(((...args: Parameters<typeof fs.writeFileSync>) => {
        if (++calls === failAt) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return real(...args);
      }) as typeof fs.writeFileSync);
      expect(() => buildSite(config, new DiagnosticBag())).toThrow(/ENOSPC/);
      vi.restoreAllMocks();

      expectSame(before, snapshot(config.outDir));
      expect(String(before.get('index.html'))).toContain('VERSION-ONE');
      // Nothing left beside it either.
      expect(fs.readdirSync(dir).filter((n) => n.includes('apiref-staging') || n.includes('apiref-old'))).toEqual([]);
    });
  }

  it('the swap into place fails (rename refused): the previous output is restored', () => {
    const dir = tree();
    const config = configFor(dir);
    buildSite(config, new DiagnosticBag());
    const before = snapshot(config.outDir);
    const real = fs.renameSync;
    let calls = 0;
    // The first rename moves the old site aside; fail the second, which moves the new one in.
    vi.spyOn(fs, 'renameSync').mockImplementation(((from: fs.PathLike, to: fs.PathLike) => {
      if (++calls === 2) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      return real(from, to);
    }) as typeof fs.renameSync);
    expect(() => buildSite(config, new DiagnosticBag())).toThrow(/EXDEV/);
    vi.restoreAllMocks();
    expectSame(before, snapshot(config.outDir));
  });

  it('a first build that fails leaves no output directory and no staging folder', () => {
    const dir = tree();
    const config = configFor(dir);
    vi.spyOn(fs, 'writeFileSync').mockImplementation(() => {
      throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    });
    expect(() => buildSite(config, new DiagnosticBag())).toThrow(/EIO/);
    vi.restoreAllMocks();
    expect(fs.readdirSync(dir).sort()).toEqual(Object.keys(TREE).map((f) => f.split('/')[0]!).filter((v, i, a) => a.indexOf(v) === i).sort());
  });
});

describe('nothing is written outside the output directory', () => {
  for (const bad of ['../escape.html', '../../escape.html', '/tmp/apiref-escape.html', 'sub/../../escape.html', '.']) {
    it(`output path ${JSON.stringify(bad)} is refused, and the previous output stays`, () => {
      const dir = tree({ 'index.rst': 'x\n' });
      const out = path.join(dir, 'out');
      writeSite(out, [{ path: 'index.html', content: 'OLD' }]);
      expect(() => writeSite(out, [{ path: 'index.html', content: 'NEW' }, { path: bad, content: 'ESCAPED' }])).toThrow(/outside the output directory/);
      expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('OLD');
      expect(fs.existsSync(path.join(dir, 'escape.html'))).toBe(false);
      expect(fs.existsSync(path.join(path.dirname(dir), 'escape.html'))).toBe(false);
      expect(fs.existsSync('/tmp/apiref-escape.html')).toBe(false);
    });
  }

  it('the output directory inside the source tree is not read back as source on the next build', () => {
    const dir = tree();
    const config = configFor(dir, { outDir: path.join(dir, 'build') });
    const first = buildSite(config, new DiagnosticBag());
    fs.writeFileSync(path.join(dir, 'build', 'stray.rst'), 'Stray\n=====\n');
    const second = buildSite(config, new DiagnosticBag());
    expect(second.pages).toBe(first.pages);
  });
});

describe('builds are reproducible', () => {
  it('two builds of the same tree are byte-identical', () => {
    const dir = tree();
    const a = configFor(dir, { outDir: path.join(dir, 'out-a') });
    const b = configFor(dir, { outDir: path.join(dir, 'out-b') });
    buildSite(a, new DiagnosticBag());
    buildSite(b, new DiagnosticBag());
    expectSame(snapshot(a.outDir), snapshot(b.outDir));
  });

  it.skipIf(!hasShared)('two builds of a corpus tree (cinder) are byte-identical', () => {
    const src = path.join(SHARED, 'corpus', 'cinder', 'api-ref', 'source');
    const out = tree({ '.keep': '' });
    const base = { sourceDir: src, root: path.join(SHARED, 'corpus', 'cinder') };
    buildSite(configFor(out, { ...base, outDir: path.join(out, 'a') }), new DiagnosticBag());
    buildSite(configFor(out, { ...base, outDir: path.join(out, 'b') }), new DiagnosticBag());
    const sa = snapshot(path.join(out, 'a'));
    expect(sa.size).toBeGreaterThan(4);
    expectSame(sa, snapshot(path.join(out, 'b')));
  });
});
