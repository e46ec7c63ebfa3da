/**
 * Fuzzing the directive handlers and the rest of the pipeline through whole builds: small random api-ref trees
 * (index.rst including an .inc made of random directive blocks, plus parameters.yaml, status.yaml and a JSON
 * sample, each possibly mutated) written to a temporary folder, then resolveSite + renderSite. Properties: never
 * throws, bounded time, every diagnostic well placed, every page rendered.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { renderSite } from '../../src/site/build.js';
import { configFor, writeTree } from '../helpers/tree.js';
import { BUILD_RUNS, chunks, corpusTexts, count, expectWellPlaced, JSON_SEEDS, mutatedArb, printCounts, timeBoundMs, timed, YAML_SEEDS, checkAll, FUZZ_TIMEOUT } from './helpers.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'get', 'FETCH', ''];
const URLS = ['/v2/{project_id}/things', '/v2/things/{thing_id}', '/', '', '/x/{a}/{a}', '/{unclosed', 'http://host/x?y=z#f'];
// Object.prototype's member names too: lookups by names from a tree must not find those.
const PARAMS = ['id_path', 'name', 'project_id', 'missing', 'id_path: id_path', 'x: name', '- y', '', 'constructor', '__proto__: constructor', 'toString: __proto__'];

const line = fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 12 }));
const body = fc.array(line, { maxLength: 5 }).map((ls) => ls.map((l) => `   - ${l}`).join('\n'));
const option = fc.constantFrom('', '   :language: javascript\n', '   :language: nosuch\n', '   :lines: 1-3\n', '   :emphasize-lines: 2\n', '   :linenos:\n', '   :header-rows: 1\n', '   :widths: 10 90\n', '   :maxdepth: 2\n', '   :start-after: a\n', '   :bogus: x\n', '   :name: n\n', '   :name: constructor\n');

/** One directive block, os-api-ref's and docutils'/Sphinx's, with random arguments and bodies. */
const block: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...METHODS), fc.constantFrom(...URLS)).map(([m, u]) => `.. rest_method:: ${m} ${u}\n`),
  fc.tuple(fc.constantFrom('parameters.yaml', 'missing.yaml', '/parameters.yaml', '../outside.yaml', ''), body).map(([f, b]) => `.. rest_parameters:: ${f}\n\n${b}\n`),
  fc.tuple(fc.constantFrom('success', 'error', 'bogus', ''), fc.constantFrom('status.yaml', 'missing.yaml', ''), fc.array(fc.constantFrom('200', '404', '999', 'abc', '201: reason', '200: constructor', '__proto__'), { maxLength: 4 })).map(
    ([k, f, cs]) => `.. rest_status_code:: ${k} ${f}\n\n${cs.map((c) => `   - ${c}`).join('\n')}\n`,
  ),
  fc.tuple(fc.constantFrom('samples/x.json', 'samples/none.json', '/samples/x.json', '../../etc/passwd', ''), option).map(([f, o]) => `.. literalinclude:: ${f}\n${o}`),
  fc.constantFrom('.. rest_expand_all::\n', '.. rest_expand_all:: extra\n'),
  fc.tuple(fc.constantFrom('code-block', 'code', 'sourcecode'), fc.constantFrom('json', 'console', 'bash', 'python', 'nosuch', '', 'constructor', '__proto__'), option).map(([d, l, o]) => `.. ${d}:: ${l}\n${o}\n   {"a": 1}\n   $ curl -X GET "http://x"\n`),
  fc.tuple(fc.constantFrom('note', 'warning', 'important', 'tip', 'admonition', 'topic', 'sidebar', 'container', 'only', 'rubric'), fc.string({ maxLength: 20 })).map(([d, t]) => `.. ${d}:: ${t}\n\n   Body *text* ${t}\n`),
  fc.tuple(fc.constantFrom('versionadded', 'versionchanged', 'deprecated', 'versionremoved'), fc.constantFrom('2.1', '3.0', '', 'x')).map(([d, v]) => `.. ${d}:: ${v}\n\n   Changed.\n`),
  option.map((o) => `.. list-table:: Title\n${o}\n   * - a\n     - b\n   * - c\n`),
  fc.tuple(fc.constantFrom('', '   :header: "A", B, "C ""q"""\n', '   :header-rows: 1\n', '   :delim: ;\n', '   :widths: 1 2\n'), fc.string({ maxLength: 40 })).map(
    ([o, cells]) => `.. csv-table:: Cap\n${o}\n   a, "b, c", ${cells.replace(/\n/g, ' ')}\n   "multi\n   line", x\n`,
  ),
  fc.constantFrom('.. table:: T\n\n   ==  ==\n   a   b\n   ==  ==\n', '.. table::\n\n   not a table\n'),
  fc.tuple(fc.constantFrom('contents', 'sectnum', 'section-numbering'), fc.constantFrom('', '**Table** `x <http://a>`_', 'constructor'), fc.constantFrom('', '   :depth: 1\n', '   :depth: x\n', '   :local:\n', '   :backlinks: top\n', '   :backlinks: none\n', '   :start: 7\n', '   :prefix: (\n   :suffix: )\n')).map(
    ([d, t, o]) => `.. ${d}:: ${t}\n${o}\n`,
  ),
  fc.tuple(fc.constantFrom('image', 'figure'), fc.constantFrom('samples/x.json', 'missing.png', '../../etc/passwd', 'javascript:alert(1)', 'https://example.org/a.png', ''), option).map(
    ([d, f, o]) => `.. ${d}:: ${f}\n${o}   :width: 10\n\n   Caption *text*.\n`,
  ),
  fc.constantFrom('.. toctree::\n   :maxdepth: 1\n\n   other\n   missing\n', '.. raw:: html\n\n   <b>raw</b>\n', '.. include:: missing.inc\n', '.. include:: a.inc\n', '.. highlight:: json\n', '.. index:: x\n', '.. unknown-directive:: x\n', '.. |s| replace:: sub\n\n|s| and |t|\n'),
  fc.string({ maxLength: 30 }).map((t) => `${t}\n`),
);

const section = fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('=', '-', '~', '^'), fc.array(block, { minLength: 1, maxLength: 6 })).map(([title, ch, bs]) => {
  const t = title.replace(/\s+/g, ' ').trim() || 'T';
  return `.. _${t.toLowerCase()}:\n\n${t}\n${ch.repeat(Math.max(t.length, 1))}\n\n${bs.join('\n')}\n`;
});

const incTexts = chunks(corpusTexts('.inc', 60), 80);
const PROTO_YAML = 'constructor:\n  in: constructor\n  required: true\n  type: constructor\n  description: c\n__proto__:\n  in: __proto__\n  type: valueOf\n  description: p\n';
const yamlTexts = [...YAML_SEEDS, PROTO_YAML, ...chunks(corpusTexts('.yaml'), 60)];
const jsonTexts = [...JSON_SEEDS, ...corpusTexts('.json', 60)];

const inc = incTexts.length
  ? fc.oneof(fc.array(section, { minLength: 1, maxLength: 4 }).map((ss) => ss.join('\n')), mutatedArb(incTexts))
  : fc.array(section, { minLength: 1, maxLength: 4 }).map((ss) => ss.join('\n'));
const maybeMutated = (texts: string[]) => fc.oneof(fc.constantFrom(...texts), mutatedArb(texts));

const tree = fc.record({
  inc,
  parameters: maybeMutated(yamlTexts),
  status: maybeMutated(YAML_SEEDS.slice(2)),
  sample: maybeMutated(jsonTexts),
  other: fc.boolean(),
});

describe('fuzz: whole builds of small random trees (directive handlers)', { timeout: FUZZ_TIMEOUT }, () => {
  afterAll(printCounts);

  it('never throws, renders every page, places every diagnostic', async () => {
    await checkAll(
      tree,
      (t) => {
        count('renderSite/random-tree');
        const files: Record<string, string> = {
          'index.rst': `=====\nAPI\n=====\n\n.. rest_expand_all::\n\n.. include:: a.inc\n${t.other ? '\n.. toctree::\n\n   other\n' : ''}`,
          'a.inc': t.inc,
          'parameters.yaml': t.parameters,
          'status.yaml': t.status,
          'samples/x.json': t.sample,
        };
        if (t.other) files['other.rst'] = `Other\n=====\n\n.. include:: a.inc\n`;
        const dir = writeTree(files);
        try {
          const diagnostics = new DiagnosticBag();
          const size = Object.values(files).reduce((n, s) => n + s.length, 0);
          const { value, ms } = timed(() => renderSite(configFor(dir), diagnostics));
          expect(ms).toBeLessThan(timeBoundMs(size) + 3000);
          expect(value.pages).toBe(t.other ? 2 : 1);
          for (const f of value.files) if (f.path.endsWith('.html')) expect(String(f.content)).toContain('</html>');
          expectWellPlaced(diagnostics.list);
          // A rule or the renderer that fails is caught and reported; in a fuzz run that is a bug found.
          expect(diagnostics.list.filter((d) => d.ruleId === 'rule-failure' || d.ruleId === 'render-failure')).toEqual([]);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
      BUILD_RUNS,
    );
  });
});
