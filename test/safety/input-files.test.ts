/**
 * Every input file that cannot be read, is not UTF-8, is empty or is huge gets a diagnostic (placed on the file,
 * or on the directive that asked for it); a BOM, CRLF or CR line endings are handled as docutils does; and in
 * every case the build goes on and renders the other pages.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticBag, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { MAX_FILE_BYTES } from '../../src/load/source-files.js';
import { renderSite } from '../../src/site/build.js';
import { configFor, writeTree } from '../helpers/tree.js';

const INDEX = `Index
=====

.. toctree::

   other

.. rest_method:: GET /things/{id}

Get a thing

.. rest_parameters:: parameters.yaml

   - id: id

.. rest_status_code:: success status.yaml

   - 200

.. literalinclude:: sample.json
   :language: javascript

.. include:: part.inc

INDEX-END
`;
const GOOD: Record<string, string> = {
  'index.rst': INDEX,
  'other.rst': 'Other\n=====\n\nGOOD-PAGE\n',
  'part.inc': 'Included *part* PART-TEXT\n',
  'parameters.yaml': 'id:\n  description: The id PARAM-TEXT.\n  in: path\n  required: true\n  type: string\n',
  'status.yaml': '200:\n  default: All fine STATUS-TEXT.\n',
  'sample.json': '{"sample": "SAMPLE-TEXT"}\n',
};

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
});

interface Built {
  dir: string;
  pages: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** Builds GOOD with `name` replaced: by bytes, or by whatever `make(file)` puts there. */
function buildWith(name: string, content: Buffer | string | ((file: string) => void)): Built {
  const files = { ...GOOD };
  delete files[name];
  const dir = writeTree(files);
  dirs.push(dir);
  const file = path.join(dir, name);
  if (typeof content === 'function') content(file);
  else fs.writeFileSync(file, content);
  const bag = new DiagnosticBag();
  const result = renderSite(configFor(dir), bag);
  const pages = new Map(result.files.filter((f) => f.path.endsWith('.html')).map((f) => [f.path, String(f.content)]));
  for (const d of bag.list) {
    expect(d.file.length).toBeGreaterThan(0);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  // The build went on: the untouched page is there.
  expect(pages.get('other.html') ?? '').toContain('GOOD-PAGE');
  return { dir, pages, diagnostics: bag.list };
}

const DATA = ['part.inc', 'parameters.yaml', 'status.yaml', 'sample.json'] as const;
const MARK: Record<string, string> = { 'part.inc': 'PART-TEXT', 'parameters.yaml': 'PARAM-TEXT', 'status.yaml': 'STATUS-TEXT', 'sample.json': 'SAMPLE-TEXT', 'index.rst': 'INDEX-END' };
const aboutFile = (b: Built, name: string, pattern: RegExp) =>
  b.diagnostics.filter((d) => pattern.test(d.message) && (d.file === path.join(b.dir, name) || d.message.includes(name)));

describe('the good tree builds clean (so the cases below test what they change)', () => {
  it('every marker is on the page', () => {
    const b = buildWith('other.rst', GOOD['other.rst']!);
    for (const m of Object.values(MARK)) expect(b.pages.get('index.html')).toContain(m);
    expect(b.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('files that are not UTF-8: a diagnostic, and the build goes on', () => {
  const bad = Buffer.from([0x41, 0x0a, 0xff, 0xfe, 0xc3, 0x28, 0x0a]);
  for (const name of [...DATA, 'index.rst']) {
    it(name, () => {
      const b = buildWith(name, bad);
      expect(aboutFile(b, name, /UTF-8/).length).toBeGreaterThanOrEqual(1);
    });
  }
});

// Regression: the parameters/status file used to be asked for twice per directive, so a refused one was
// reported twice at the same place.
describe('a refused data file is reported once per place that asks for it', () => {
  const bad = Buffer.from([0x41, 0x0a, 0xff]);
  for (const name of ['parameters.yaml', 'status.yaml']) {
    it(`${name}, not UTF-8: one diagnostic, not two`, () => {
      const b = buildWith(name, bad);
      expect(aboutFile(b, name, /UTF-8/)).toHaveLength(1);
    });
    it(`${name}, huge: one diagnostic, not two`, () => {
      const b = buildWith(name, (f) => {
        fs.writeFileSync(f, '');
        fs.truncateSync(f, MAX_FILE_BYTES + 1);
      });
      expect(aboutFile(b, name, /too large/)).toHaveLength(1);
    });
  }
});

describe('files that cannot be read: a diagnostic, and the build goes on', () => {
  for (const name of DATA) {
    it(`${name} is a directory`, () => {
      const b = buildWith(name, (f) => fs.mkdirSync(f));
      expect(aboutFile(b, name, /not a file|cannot be read/).length).toBeGreaterThanOrEqual(1);
    });
    it(`${name} is a dangling symbolic link`, () => {
      const b = buildWith(name, (f) => fs.symlinkSync(path.join(path.dirname(f), 'nowhere'), f));
      expect(aboutFile(b, name, /not found|cannot be read/).length).toBeGreaterThanOrEqual(1);
    });
    it(`${name} is a named pipe (reading would block forever)`, () => {
      const b = buildWith(name, (f) => execFileSync('mkfifo', [f]));
      expect(aboutFile(b, name, /not a file|cannot be read/).length).toBeGreaterThanOrEqual(1);
    });
  }
});

describe('a missing file: a diagnostic, and nothing in its place (as Sphinx)', () => {
  it('sample.json missing: reported at the literalinclude, the page goes on after it', () => {
    const b = buildWith('sample.json', (f) => fs.rmSync(f, { force: true }));
    expect(aboutFile(b, 'sample.json', /not found/).length).toBe(1);
    const page = b.pages.get('index.html')!;
    expect(page).toContain('PART-TEXT');
    expect(page).not.toMatch(/sample\.json|apiref-placeholder/);
  });
});

describe('huge files: refused with a diagnostic before being read', () => {
  for (const name of [...DATA, 'index.rst']) {
    it(name, () => {
      // A sparse file: its size says huge without writing 16 MB.
      const b = buildWith(name, (f) => {
        fs.writeFileSync(f, '');
        fs.truncateSync(f, MAX_FILE_BYTES + 1);
      });
      expect(aboutFile(b, name, /too large/).length).toBeGreaterThanOrEqual(1);
    });
  }
});

describe('empty files: handled', () => {
  it('part.inc: nothing included, no error', () => {
    const b = buildWith('part.inc', '');
    expect(b.pages.get('index.html')).toContain('INDEX-END');
    expect(b.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('parameters.yaml: reported as empty, and the missing parameter too', () => {
    const b = buildWith('parameters.yaml', '');
    expect(aboutFile(b, 'parameters.yaml', /empty/)).toHaveLength(1);
  });
  it('status.yaml: reported as empty', () => {
    const b = buildWith('status.yaml', '');
    expect(aboutFile(b, 'status.yaml', /empty/).length + b.diagnostics.filter((d) => /200/.test(d.message)).length).toBeGreaterThan(0);
  });
  it('sample.json: invalid JSON, reported', () => {
    const b = buildWith('sample.json', '');
    expect(b.diagnostics.some((d) => d.ruleId === 'sample-invalid-json' && d.file === path.join(b.dir, 'sample.json'))).toBe(true);
  });
  it('index.rst: the page is still built', () => {
    const b = buildWith('index.rst', '');
    expect(b.pages.has('index.html')).toBe(true);
  });
});

describe('a BOM, CRLF and CR line endings: handled as docutils does', () => {
  const variants: Record<string, (t: string) => string> = {
    BOM: (t) => `\uFEFF${t}`,
    CRLF: (t) => t.replace(/\n/g, '\r\n'),
    CR: (t) => t.replace(/\n/g, '\r'),
    'BOM + CRLF': (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`,
  };
  for (const [variant, transform] of Object.entries(variants)) {
    for (const name of [...DATA, 'index.rst']) {
      it(`${variant} in ${name}: same content on the page, no error, no stray characters`, () => {
        const b = buildWith(name, transform(GOOD[name]!));
        const html = b.pages.get('index.html')!;
        for (const m of Object.values(MARK)) expect(html, m).toContain(m);
        expect(html).not.toContain('\uFEFF');
        expect(html).not.toContain('\r');
        expect(b.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      });
    }
  }
});
