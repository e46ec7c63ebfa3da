/**
 * Every string that comes from a tree reaches the HTML escaped: a hostile tree (titles, links, rest_method
 * URLs, parameter names, descriptions and types, status reasons, sample contents, file and document names)
 * builds without a single script, event handler, javascript:/data: URL or attribute break-out in any page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { buildSite } from '../../src/site/build.js';
import { configFor, writeTree } from '../helpers/tree.js';
import { startTags, unsafeParts } from './html-scan.js';

const XSS = `<script>alert(1)</script><img src=x onerror=alert(2)>"'><svg onload=alert(3)>`;
/** A file name a Linux file system accepts, with markup and quotes in it. */
const EVIL_DOC = `x"onmouseover="alert(4)'&x`;

const FILES: Record<string, string> = {
  'index.rst': `
${XSS}
${'='.repeat(XSS.length)}

.. rest_expand_all::

Text with ${XSS} and \`a link <javascript:alert(5)>\`_, \`b <JaVaScRiPt:alert(6)>\`__, \`c <vbscript:msgbox(7)>\`__,
\`d <data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==>\`__, javascript:alert(9) as a standalone URI,
\`e <java&#115;cript:alert(10)>\`__, \`f <  javascript:alert(11)>\`__, named_ and \`anon\`__ and :ref:\`lbl\`.

.. _named: javascript:alert(12)

__ javascript:alert(13)

.. _lbl:

Section "><script>alert(14)</script>
--------------------------------------

.. rest_method:: GET /v2/<script>alert(15)</script>/{id"onmouseover="alert(16)}/'><img src=x onerror=alert(17)>

Operation title ${XSS}

.. rest_parameters:: parameters.yaml

   - id"onmouseover="alert(18): evil_name
   - id: evil

.. rest_status_code:: success status.yaml

   - 200
   - 404: ${XSS}

.. literalinclude:: samples/evil.json
   :language: javascript

.. literalinclude:: samples/<script>alert(19)<\\/script>.json

.. code-block:: html

   </pre><script>alert(20)</script>

\`\`${XSS}\`\` and *${XSS}* and |sub|

.. |sub| replace:: ${XSS}

.. note:: ${XSS}

.. list-table:: ${XSS}

   * - ${XSS}
     - cell

.. versionadded:: 2.1<script>alert(21)</script>

   ${XSS}

.. toctree::

   ${EVIL_DOC}
   Evil entry <javascript:alert(30)>
   javascript:alert(31)

.. seealso:: \`x <javascript:alert(32)>\`__ and :doc:\`javascript:alert(33)\` and :ref:\`t <javascript:alert(34)>\`

.. [#] footnote ${XSS}

+------------------+
| ${XSS.slice(0, 16)} |
+------------------+
`,
  [`${EVIL_DOC}.rst`]: `Evil doc ${XSS}\n${'='.repeat(9 + XSS.length)}\n\nBack to :doc:\`index\`.\n`,
  'parameters.yaml': `
evil:
  description: |
    <script>alert(27)</script> ${XSS} and \`link <javascript:alert(22)>\`__
  in: path
  required: true
  type: ${JSON.stringify(XSS)}
evil_name:
  description: ${JSON.stringify(XSS)}
  in: ${JSON.stringify(`query${XSS}`)}
  required: false
  type: string
  min_version: "2.1<script>alert(23)</script>"
`,
  'status.yaml': `
200:
  default: ${JSON.stringify(XSS)}
404:
  default: "<script>alert(24)</script> <img src=x onerror=alert(26)>"
`,
  'samples/evil.json': JSON.stringify({ evil: XSS, [XSS]: '</pre></code><script>alert(25)</script>' }, null, 2),
};

describe('hostile strings reach the HTML escaped', () => {
  let dir: string;
  let pages: Map<string, string>;
  const diagnostics = new DiagnosticBag();

  beforeAll(() => {
    dir = writeTree(FILES);
    const result = buildSite(configFor(dir, { microversions: { min: '2.1', max: '2.5', releases: {} } }), diagnostics);
    pages = new Map(result.files.filter((f) => f.path.endsWith('.html')).map((f) => [f.path, String(f.content)]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds both pages (and the search and index pages), the hostile document name included', () => {
    expect([...pages.keys()].sort()).toEqual([`${EVIL_DOC}.html`, 'genindex.html', 'index.html', 'search.html'].sort());
    // The page written to disk too, inside the output directory.
    expect(fs.existsSync(path.join(dir, 'out', `${EVIL_DOC}.html`))).toBe(true);
  });

  it('no page holds a script, an event handler, a javascript:/vbscript:/data: URL or an attribute break-out', () => {
    for (const [name, html] of pages) expect(unsafeParts(html), name).toEqual([]);
  });

  it('the hostile text is there, as text', () => {
    const index = pages.get('index.html')!;
    expect(index).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(pages.get(`${EVIL_DOC}.html`)).toContain('Evil doc &#x3C;script>alert(1)');
    // The parameter name, description, type, status reason and sample all made it to the page.
    for (const marker of ['alert(18)', 'alert(27)', 'alert(24)', 'alert(26)', 'alert(25)', 'alert(15)', 'alert(20)', 'alert(21)']) expect(index, marker).toContain(marker);
  });

  it('javascript:, vbscript: and data: links are not clickable, and each is reported', () => {
    const hrefs = startTags(pages.get('index.html')!).flatMap((t) => (t.attrs.has('href') ? [t.attrs.get('href')!] : []));
    expect(hrefs.filter((h) => /^\s*(javascript|vbscript|data):/i.test(h))).toEqual([]);
    const unsafe = diagnostics.list.filter((d) => d.ruleId === 'unsafe-link');
    expect(unsafe.length).toBeGreaterThanOrEqual(4);
  });

  it('the data:text/html link is reported as unsafe', () => {
    const lines = diagnostics.list.filter((d) => d.ruleId === 'unsafe-link').map((d) => d.message);
    expect(lines.some((m) => /data:/.test(m))).toBe(true);
  });

  it('links to the hostile document name stay inside their attribute', () => {
    const links = startTags(pages.get('index.html')!).filter((t) => t.name === 'a' && t.attrs.get('href')?.includes('alert(4)'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.attrs.get('href')).toContain('"onmouseover="');
  });
});
