import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { readConf } from '../../src/data/conf.js';

const FILE = '/p/conf.py';

function read(text: string) {
  const bag = new DiagnosticBag();
  return { conf: readConf(FILE, text, bag), diags: bag.list };
}

describe('readConf', () => {
  it("reads string settings, with u'' prefixes and either quote", () => {
    const { conf, diags } = read(
      [
        '# -*- coding: utf-8 -*-',
        'import os',
        "extensions = ['os_api_ref']",
        "project = u'Compute API Reference'",
        'html_title = "Compute \\"API\\""',
        "os_api_ref_min_microversion = '2.1'",
        "os_api_ref_max_microversion = '2.96'",
      ].join('\n'),
    );
    expect(diags).toEqual([]);
    expect(conf).toEqual({
      project: 'Compute API Reference',
      htmlTitle: 'Compute "API"',
      minMicroversion: '2.1',
      maxMicroversion: '2.96',
      releaseMicroversions: {},
      extensions: ['os_api_ref'],
    });
  });

  it('reads a multi-line dict of release names with comments and a trailing comma', () => {
    const { conf, diags } = read(
      [
        'os_api_ref_release_microversions = {',
        "    '2.1': 'Kilo',",
        "    '2.12': 'Liberty',  # first in Liberty",
        '    "2.25": "Mitaka",',
        '}',
      ].join('\n'),
    );
    expect(diags).toEqual([]);
    expect(conf.releaseMicroversions).toEqual({ '2.1': 'Kilo', '2.12': 'Liberty', '2.25': 'Mitaka' });
  });

  it('a float microversion is reported at its line and ignored', () => {
    const { conf, diags } = read("project = 'X'\nos_api_ref_min_microversion = 2.1\n");
    expect(conf.minMicroversion).toBeNull();
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ ruleId: 'conf-not-literal', severity: 'warn', line: 2, column: 1 });
    expect(diags[0]!.message).toContain("'2.1'");
  });

  it('computed values are reported and ignored; the file is never run', () => {
    const { conf, diags } = read(
      "import openstackdocstheme\nproject = openstackdocstheme.name()\nhtml_title = f'{project} docs'\n",
    );
    expect(conf.project).toBeNull();
    expect(conf.htmlTitle).toBeNull();
    expect(diags.map((d) => d.line)).toEqual([2, 3]);
  });

  it('ignores indented, commented and compared assignments; a later assignment wins', () => {
    const { conf, diags } = read(
      [
        "# project = 'commented'",
        'if True:',
        "    project = 'indented'",
        "project == 'compared'",
        "project = 'first'",
        "s = '''project = 'in a string' '''",
        "project = 'last'",
      ].join('\n'),
    );
    expect(diags).toEqual([]);
    expect(conf.project).toBe('last');
  });

  it('`= None` means unset, without a diagnostic', () => {
    const { conf, diags } = read("html_title = 'T'\nhtml_title = None\n");
    expect(conf.htmlTitle).toBeNull();
    expect(diags).toEqual([]);
  });

  it('reads extensions from a plain list of strings, multi-line with a trailing comma; anything else is null', () => {
    expect(read("extensions = [\n    'os_api_ref',\n    'sphinx.ext.autodoc',  # API classes\n]\n").conf.extensions).toEqual(['os_api_ref', 'sphinx.ext.autodoc']);
    expect(read('extensions = []\n').conf.extensions).toEqual([]);
    expect(read("extensions = base + ['x']\n").conf.extensions).toBeNull();
    expect(read("extensions = ['a' 'b', c]\n").conf.extensions).toBeNull();
  });

  it('missing settings are null', () => {
    expect(read('').conf).toEqual({
      project: null,
      htmlTitle: null,
      minMicroversion: null,
      maxMicroversion: null,
      releaseMicroversions: {},
      extensions: null,
    });
  });
});

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
describe.skipIf(!existsSync(corpus))('readConf on the corpus conf.py files (needs ../shared/corpus; skipped without it)', () => {
  it('reads every project name without diagnostics', () => {
    const projects: Record<string, string | null> = {};
    for (const name of readdirSync(corpus).sort()) {
      const file = path.join(corpus, name, 'api-ref/source/conf.py');
      if (!existsSync(file)) continue;
      const bag = new DiagnosticBag();
      projects[name] = readConf(file, readFileSync(file, 'utf8'), bag).project;
      expect(bag.list, name).toEqual([]);
    }
    // cinder, glance and heat set no `project`; zun uses a u'' literal.
    expect(projects).toMatchObject({
      cinder: null,
      designate: 'Designate API Reference',
      heat: null,
      ironic: 'Ironic API Reference',
      zun: 'Containers Service API Reference',
    });
  });
});
