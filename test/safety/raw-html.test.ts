/**
 * Raw HTML (`.. raw:: html` and `raw::` substitutions) is off by default: nothing of it reaches the page and
 * there is a finding. A project turns it on with `"allowRawHtml": true` in apiref.config.json; then it appears.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { renderSite } from '../../src/site/build.js';
import { writeTree } from '../helpers/tree.js';

const INDEX = `Title
=====

Before.

.. raw:: html

   <div id="raw-block-marker"><script>alert("raw")</script></div>

.. raw:: latex

   \\textbf{LATEX-MARKER}

Inline |br| here and |tag|.

.. |br| raw:: html

   <br id="raw-sub-marker">

.. |tag| raw:: html

   <img src=x onerror=alert("sub")>

After.
`;

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function build(config?: object): { html: string; diagnostics: DiagnosticBag } {
  const files: Record<string, string> = { 'api-ref/source/index.rst': INDEX };
  if (config) files['apiref.config.json'] = JSON.stringify(config);
  const dir = writeTree(files);
  fs.mkdirSync(path.join(dir, '.git'));
  dirs.push(dir);
  const diagnostics = new DiagnosticBag();
  const result = renderSite(loadConfig({ source: path.join(dir, 'api-ref', 'source'), cwd: dir }, diagnostics), diagnostics);
  return { html: String(result.files.find((f) => f.path === 'index.html')!.content), diagnostics };
}

describe('raw HTML is off by default', () => {
  const cases = [undefined, {}, { allowRawHtml: false }];
  for (const config of cases) {
    it(`config ${JSON.stringify(config)}: nothing of it in the page, a finding for each use`, () => {
      const { html, diagnostics } = build(config);
      expect(html).toContain('Before.');
      expect(html).toContain('After.');
      expect(html).not.toContain('raw-block-marker');
      expect(html).not.toContain('raw-sub-marker');
      expect(html).not.toContain('alert(');
      expect(html).not.toContain('LATEX-MARKER');
      const findings = diagnostics.list.filter((d) => d.ruleId === 'raw-html');
      // The block and both substitutions.
      expect(findings.length).toBeGreaterThanOrEqual(3);
      for (const d of findings) expect(d.file.endsWith('index.rst')).toBe(true);
      expect(findings.map((d) => d.line).sort((a, b) => a - b)).toEqual(expect.arrayContaining([6]));
    });
  }
});

describe('raw HTML when the project allows it', () => {
  it('"allowRawHtml": true in apiref.config.json: the HTML appears as written, no finding', () => {
    const { html, diagnostics } = build({ allowRawHtml: true });
    expect(html).toContain('<div id="raw-block-marker"><script>alert("raw")</script></div>');
    expect(html).toContain('<br id="raw-sub-marker">');
    expect(html).toContain('<img src=x onerror=alert("sub")>');
    expect(diagnostics.list.filter((d) => d.ruleId === 'raw-html')).toEqual([]);
  });

  it('other formats (latex) never reach an HTML page, even then', () => {
    const { html } = build({ allowRawHtml: true });
    expect(html).not.toContain('LATEX-MARKER');
  });
});
