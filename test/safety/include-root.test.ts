/**
 * include, literalinclude and rest_parameters may not reach outside the project root: `../..` paths, absolute
 * paths and symbolic links that lead outside are refused with a diagnostic, and the outside file is never read
 * (fs.readFileSync is watched) nor shown. The default root is the nearest directory above the source holding
 * `.git`; else X for X/api-ref/source; else the source directory; `--root` overrides.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { findProjectRoot } from '../../src/load/source-files.js';
import { renderSite } from '../../src/site/build.js';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-ROOT';
const SHARED_TEXT = 'SHARED-INSIDE-THE-ROOT';

let base: string; // holds the outside file and the project
let project: string; // X, the default root (X/api-ref/source, no .git)
let source: string;
let secretFile: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-root-')));
  project = path.join(base, 'proj');
  source = path.join(project, 'api-ref', 'source');
  secretFile = path.join(base, 'secret.inc');
  write(secretFile, `${SECRET}\n`);
  write(path.join(base, 'secret.yaml'), `leak:\n  description: ${SECRET}\n  in: body\n  required: true\n  type: string\n`);
  write(path.join(base, 'secret-dir', 'inner.inc'), `${SECRET} in a linked directory\n`);
  write(path.join(project, 'common', 'shared.inc'), `${SHARED_TEXT}\n`);
  write(path.join(source, 'parameters.yaml'), 'id:\n  description: The id.\n  in: path\n  required: true\n  type: string\n');
  fs.symlinkSync(secretFile, path.join(source, 'link.inc'));
  fs.symlinkSync(path.join(base, 'secret-dir'), path.join(source, 'linkdir'));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Builds the tree with `index.rst` = `body`; returns the page HTML, the diagnostics and every path read. */
function build(body: string, root?: string): { html: string; diagnostics: DiagnosticBag; read: string[] } {
  write(path.join(source, 'index.rst'), `Title\n=====\n\n${body}\n`);
  const diagnostics = new DiagnosticBag();
  const config = loadConfig({ source, cwd: base, root, out: path.join(base, 'out') }, diagnostics);
  const read: string[] = [];
  const real = fs.readFileSync;
  vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof file === 'string') read.push(path.resolve(file));
    return (real as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync);
  const result = renderSite(config, diagnostics);
  vi.restoreAllMocks();
  const page = result.files.find((f) => f.path === 'index.html');
  return { html: page ? String(page.content) : '', diagnostics, read };
}

function expectRefused(r: ReturnType<typeof build>): void {
  expect(r.html).toContain('Title');
  expect(r.html).not.toContain(SECRET);
  expect(r.read.filter((f) => f.startsWith(base) && !f.startsWith(project))).toEqual([]);
  const refusals = r.diagnostics.list.filter((d) => d.ruleId === 'file-unreadable' && /outside the project root/.test(d.message));
  expect(refusals.length, JSON.stringify(r.diagnostics.list.map((d) => d.message))).toBeGreaterThan(0);
  for (const d of refusals) expect(d.file).toBe(path.join(source, 'index.rst'));
}

describe('the default project root', () => {
  it('is X for X/api-ref/source without .git', () => {
    expect(findProjectRoot(source)).toBe(project);
  });

  it('is the nearest directory above the source holding .git', () => {
    const repo = path.join(base, 'repo');
    write(path.join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    fs.mkdirSync(path.join(repo, 'docs', 'api-ref', 'source'), { recursive: true });
    expect(findProjectRoot(path.join(repo, 'docs', 'api-ref', 'source'))).toBe(repo);
  });

  it('is the source directory itself otherwise', () => {
    const plain = path.join(base, 'plain', 'src');
    fs.mkdirSync(plain, { recursive: true });
    expect(findProjectRoot(plain)).toBe(plain);
  });
});

describe('include may not reach outside the project root', () => {
  it('../ paths', () => expectRefused(build('.. include:: ../../../secret.inc')));
  it('many ../ (../../../../../../etc/passwd)', () => {
    const r = build('.. include:: ../../../../../../../../etc/passwd');
    expect(r.html).not.toMatch(/root:.*:0:0:/);
    expect(r.read).not.toContain('/etc/passwd');
    expect(r.diagnostics.list.some((d) => /outside the project root/.test(d.message))).toBe(true);
  });
  it('an absolute path is taken from the source directory, as Sphinx does, so never reaches the file', () => {
    const r = build(`.. include:: ${secretFile}`);
    expect(r.html).not.toContain(SECRET);
    expect(r.read).not.toContain(secretFile);
    expect(r.diagnostics.list.some((d) => d.ruleId === 'file-unreadable')).toBe(true);
  });
  it('a symbolic link inside the tree that points outside', () => expectRefused(build('.. include:: link.inc')));
  it('a file inside a linked directory that points outside', () => expectRefused(build('.. include:: linkdir/inner.inc')));
  it('a file inside the root but outside the source directory is allowed', () => {
    const r = build('.. include:: ../../common/shared.inc');
    expect(r.html).toContain(SHARED_TEXT);
    expect(r.diagnostics.list.filter((d) => d.ruleId === 'file-unreadable')).toEqual([]);
  });
  it('--root narrows the root: the same file is then refused', () => {
    const r = build('.. include:: ../../common/shared.inc', source);
    expect(r.html).not.toContain(SHARED_TEXT);
    expect(r.diagnostics.list.some((d) => /outside the project root/.test(d.message))).toBe(true);
  });
  it('--root widens the root: the outside file may then be read', () => {
    const r = build('.. include:: ../../../secret.inc', base);
    expect(r.html).toContain(SECRET);
    // ...which also shows that the watch on fs.readFileSync sees the reads the other tests say do not happen.
    expect(r.read).toContain(secretFile);
  });
});

describe('literalinclude may not reach outside the project root', () => {
  it('../ paths', () => expectRefused(build('.. literalinclude:: ../../../secret.inc')));
  it('/etc/passwd through ../', () => {
    const r = build('.. literalinclude:: ../../../../../../../../etc/passwd');
    expect(r.html).not.toMatch(/root:.*:0:0:/);
    expect(r.read).not.toContain('/etc/passwd');
  });
  it('an absolute path', () => {
    const r = build(`.. literalinclude:: ${secretFile}`);
    expect(r.html).not.toContain(SECRET);
    expect(r.read).not.toContain(secretFile);
  });
  it('a symbolic link that points outside', () => expectRefused(build('.. literalinclude:: link.inc')));
  it('a linked directory that points outside', () => expectRefused(build('.. literalinclude:: linkdir/inner.inc')));
});

describe('rest_parameters and rest_status_code may not read a YAML file outside the project root', () => {
  it('rest_status_code, ../ paths', () => {
    write(path.join(base, 'secret-status.yaml'), `200:\n  default: ${SECRET}\n`);
    const r = build('.. rest_method:: GET /x\n\nOp\n\n.. rest_status_code:: success ../../../secret-status.yaml\n\n   - 200\n');
    expect(r.html).not.toContain(SECRET);
    expect(r.read).not.toContain(path.join(base, 'secret-status.yaml'));
    expect(r.diagnostics.list.some((d) => /outside the project root/.test(d.message))).toBe(true);
  });

  it('../ paths', () => {
    const r = build('.. rest_method:: GET /x\n\nOp\n\n.. rest_parameters:: ../../../secret.yaml\n\n   - leak: leak\n');
    expect(r.html).not.toContain(SECRET);
    expect(r.read).not.toContain(path.join(base, 'secret.yaml'));
    expect(r.diagnostics.list.some((d) => /outside the project root/.test(d.message))).toBe(true);
  });
});

describe('a folder replaced by a link while the preview server runs', () => {
  it('is followed afresh after the change: the file behind the link is refused, not read', async () => {
    const { SourceFiles } = await import('../../src/load/source-files.js');
    const folder = path.join(source, 'swapped');
    write(path.join(folder, 'inner.inc'), 'inside\n');
    const diagnostics = new DiagnosticBag();
    const files = new SourceFiles(project, diagnostics);
    expect(files.read(path.join(folder, 'inner.inc'))?.text).toBe('inside\n');
    fs.rmSync(folder, { recursive: true });
    fs.symlinkSync(path.join(base, 'secret-dir'), folder);
    files.invalidate(path.join(folder, 'inner.inc'));
    expect(files.read(path.join(folder, 'inner.inc'))).toBeNull();
    expect(diagnostics.list.map((d) => d.message).join('\n')).toMatch(/outside the project root/);
    fs.rmSync(folder);
  });
});
