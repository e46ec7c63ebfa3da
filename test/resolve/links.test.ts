import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { resolveSite } from '../../src/resolve/site.js';
import { renderPage } from '../../src/render/index.js';
import { configFor, writeTree } from '../helpers/tree.js';

function page(files: Record<string, string>, name = 'index') {
  const diagnostics = new DiagnosticBag();
  const site = resolveSite(configFor(writeTree(files)), diagnostics);
  const p = site.pages.find((x) => x.docname === name)!;
  return { html: toHtml(renderPage(p, { allowRaw: false })), diagnostics };
}

describe('links', () => {
  it('never makes a javascript:, vbscript: or data: URI clickable', () => {
    const { html, diagnostics } = page({
      'index.rst': 'T\n=\n\n`a <javascript:alert(1)>`_ `b <JaVa\tScRiPt:alert(1)>`__ `c`_ and `d <vbscript:x>`_\n\n.. _c: data:text/html,<script>alert(1)</script>\n',
    });
    expect(html).not.toMatch(/href="[^"]*(script|data):/i);
    expect(diagnostics.list.filter((d) => d.ruleId === 'unsafe-link')).toHaveLength(4);
  });

  it('resolves :ref: and :doc: across pages with relative hrefs and the target title', () => {
    const { html, diagnostics } = page(
      {
        'index.rst': 'Home\n====\n\n.. toctree::\n\n   v3/index\n',
        'v3/index.rst': 'V3\n==\n\nSee :ref:`about` and :ref:`the page <about>` and :doc:`../index` and :doc:`Top </index>`.\n',
        'about.rst': '.. _about:\n\nAbout *us*\n==========\n',
      },
      'v3/index',
    );
    expect(diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
    expect(html).toContain('<a class="reference internal" href="../about.html#about"><span class="std std-ref">About <em>us</em></span></a>');
    expect(html).toContain('<a class="reference internal" href="../about.html#about"><span class="std std-ref">the page</span></a>');
    expect(html).toContain('href="../index.html"><span class="doc">Home</span></a>');
    expect(html).toContain('href="../index.html"><span class="doc">Top</span></a>');
  });

  it('reports a :ref: to a label that does not exist, and shows its text without a link', () => {
    const { html, diagnostics } = page({ 'index.rst': 'T\n=\n\nSee :ref:`nowhere`.\n' });
    expect(diagnostics.list).toContainEqual(expect.objectContaining({ ruleId: 'broken-reference', line: 4, column: 5 }));
    expect(html).toContain('See nowhere.');
  });
});

describe("Sphinx's built-in labels", () => {
  it(':ref:`search` links to the search page relative to the page; the indexes, which apiref does not write, are text', () => {
    const { html, diagnostics } = page(
      {
        'index.rst': 'Home\n====\n\n.. toctree::\n\n   sub/page\n',
        'sub/page.rst': 'Sub\n===\n\nUse the :ref:`search` or the :ref:`genindex`.\n',
      },
      'sub/page',
    );
    expect(html).toContain('<a class="reference internal" href="../search.html"><span class="std std-ref">Search Page</span></a>');
    expect(html).toContain('or the Index.');
    expect(diagnostics.list.filter((d) => d.ruleId === 'broken-reference').map((d) => d.severity)).toEqual(['warn']);
  });
});
