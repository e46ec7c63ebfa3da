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
    // As Sphinx 5.3 leaves an unresolved :ref: (checked with sphinx-build).
    expect(html).toContain('See <span class="xref std std-ref">nowhere</span>.');
  });
});

describe('named targets are document-wide, wherever they are defined (docutils)', () => {
  it('the target an embedded-URI reference defines beats a section title of the same name', () => {
    const { html, diagnostics } = page({
      'index.rst': 'T\n=\n\n* `Roles`_\n\nRoles\n-----\n\nSee `Roles <https://example.com/x#roles>`_.\n',
    });
    expect(diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
    expect(html).toContain('<li><p><a class="reference external" href="https://example.com/x#roles">Roles</a></p></li>');
  });

  it('a target defined inside a list item serves references anywhere in the document', () => {
    const { html, diagnostics } = page({
      'index.rst': 'T\n=\n\nSee `foo`_.\n\n* item\n\n  .. _foo: https://example.com/foo\n',
    });
    expect(diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
    expect(html).toContain('<a class="reference external" href="https://example.com/foo">foo</a>');
  });
});

describe('duplicate explicit target names', () => {
  it('are reported when one name points at two places, and not for one link written twice', () => {
    const { diagnostics } = page({
      'index.rst':
        'T\n=\n\nSee `net <http://a.example/>`_, `net <http://b.example/>`_, `same <http://c/>`_ and `same <http://c/>`_.\n\n.. _ext: http://x/\n.. _ext: http://y/\n',
    });
    const found = diagnostics.list.filter((d) => d.ruleId === 'duplicate-label').map((d) => [d.line, d.message]);
    expect(found.sort()).toEqual([
      [4, 'Duplicate explicit target name: "net".'],
      [7, 'Duplicate explicit target name: "ext".'],
    ]);
  });
});

describe("Sphinx's built-in labels", () => {
  it(':ref:`search` and :ref:`genindex` link to those pages relative to the page; the module index, which apiref does not write, is text', () => {
    const { html, diagnostics } = page(
      {
        'index.rst': 'Home\n====\n\n.. toctree::\n\n   sub/page\n',
        'sub/page.rst': 'Sub\n===\n\nUse the :ref:`search`, the :ref:`genindex` or the :ref:`modindex`.\n',
      },
      'sub/page',
    );
    expect(html).toContain('<a class="reference internal" href="../search.html"><span class="std std-ref">Search Page</span></a>');
    expect(html).toContain('<a class="reference internal" href="../genindex.html"><span class="std std-ref">Index</span></a>');
    expect(html).toContain('or the <span class="xref std std-ref">Module Index</span>.');
    expect(diagnostics.list.filter((d) => d.ruleId === 'broken-reference').map((d) => d.severity)).toEqual(['warn']);
  });
});

describe('toctree outline', () => {
  it("nests the target's sections under its entry down to :maxdepth:, its further top-level sections beside it", () => {
    const { html } = page({
      'index.rst': 'Home\n====\n\n.. toctree::\n   :maxdepth: 2\n\n   v1/index\n',
      // Same adornment for the title and the included-style sections: they are all top-level sections.
      'v1/index.rst':
        ':tocdepth: 3\n\n=====\nAPI 1\n=====\n\nIntro.\n\n======\nThings\n======\n\nList things\n===========\n\nDeep\n----\n\nText.\n',
    });
    expect(html).toContain(
      '<li class="toctree-l1"><a class="reference internal" href="v1/index.html">API 1</a></li>\n' +
        '<li class="toctree-l1"><a class="reference internal" href="v1/index.html#things">Things</a><ul>\n' +
        '<li class="toctree-l2"><a class="reference internal" href="v1/index.html#list-things">List things</a></li>\n' +
        '</ul>\n</li>\n',
    );
  });

  it("nests the entries of the target's own toctree where that toctree stands, with links from this page", () => {
    const { html } = page({
      'index.rst': 'Home\n====\n\n.. toctree::\n\n   a/index\n',
      'a/index.rst': 'A\n=\n\nSec\n---\n\n.. toctree::\n\n   b\n\nSec2\n----\n\nx\n',
      'a/b.rst': 'B\n=\n\nBsec\n----\n\ny\n',
    });
    expect(html).toContain(
      '<li class="toctree-l1"><a class="reference internal" href="a/index.html">A</a><ul>\n' +
        '<li class="toctree-l2"><a class="reference internal" href="a/index.html#sec">Sec</a><ul>\n' +
        '<li class="toctree-l3"><a class="reference internal" href="a/b.html">B</a><ul>\n' +
        '<li class="toctree-l4"><a class="reference internal" href="a/b.html#bsec">Bsec</a></li>\n' +
        '</ul>\n</li>\n</ul>\n</li>\n' +
        '<li class="toctree-l2"><a class="reference internal" href="a/index.html#sec2">Sec2</a></li>\n</ul>\n</li>\n',
    );
  });

  it("stops at the target's :tocdepth: and lists only the entry when :maxdepth: is 1", () => {
    const target = ':tocdepth: 1\n\nAPI\n===\n\nPart\n----\n\nText.\n';
    const shallow = page({ 'index.rst': 'Home\n====\n\n.. toctree::\n\n   a\n', 'a.rst': target }).html;
    expect(shallow).toContain('<li class="toctree-l1"><a class="reference internal" href="a.html">API</a></li>');
    const deep = page({ 'index.rst': 'Home\n====\n\n.. toctree::\n   :maxdepth: 1\n\n   a\n', 'a.rst': target.replace(':tocdepth: 1\n\n', '') }).html;
    expect(deep).toContain('<li class="toctree-l1"><a class="reference internal" href="a.html">API</a></li>');
    expect(deep).not.toContain('toctree-l2');
  });
});

describe('documents outside every toctree', () => {
  it('warns about a page no toctree reaches from the master document, unless it is :orphan:', () => {
    const { diagnostics } = page({
      'index.rst': 'Home\n====\n\n.. toctree::\n\n   a\n',
      'a.rst': 'A\n=\n',
      'b/index.rst': 'B\n=\n',
      'c.rst': ':orphan:\n\nC\n=\n',
    });
    const found = diagnostics.list.filter((d) => d.ruleId === 'not-in-toctree');
    expect(found.map((d) => [d.file.endsWith('b/index.rst'), d.line, d.severity, d.message])).toEqual([
      [true, 1, 'warn', 'b/index.rst is not included in any toctree: list ``b/index`` in a toctree, or mark the document ``:orphan:``.'],
    ]);
  });
});
