/** Generic nodes against what Sphinx 5.3 (docutils 0.19) emitted for the same RST. */
import { describe, expect, it } from 'vitest';
import type * as D from '../../src/document/nodes.js';
import { code, em, html, li, link, lit, norm, p, pos, section, strong, t, ul } from './builders.js';

const expectHtml = (nodes: D.DocBlock[], sphinx: string) => expect(norm(html(nodes))).toBe(norm(sphinx));

describe('sections', () => {
  it('puts extra ids in spans before the heading and a permalink after the title', () => {
    // Sub *one* preceded by `.. _lab1:` and `.. _lab2:`
    expectHtml(
      [section(2, ['sub-one', 'lab2', 'lab1'], [t('Sub '), em(t('one'))], p('x'))],
      '<section id="sub-one">\n<span id="lab2"></span><span id="lab1"></span><h2>Sub <em>one</em><a class="headerlink" href="#sub-one" title="Permalink to this heading">¶</a></h2>\n<p>x</p>\n</section>\n',
    );
  });
  it('caps the heading level at h6', () => {
    expect(html([section(8, ['deep'], 'Deep')])).toContain('<h6>Deep<a');
  });
});

describe('inline', () => {
  it('splits literals into pre spans and protects runs of spaces', () => {
    expectHtml([p(lit('two words  here'))], '<p><code class="docutils literal notranslate"><span class="pre">two</span> <span class="pre">words</span>&#160; <span class="pre">here</span></code></p>\n');
  });
  it('marks up :ref:, :doc:, :rfc: and external links as Sphinx does', () => {
    expectHtml(
      [p(link('#lab1', true, [t('Sub one')], 'ref'), ' ', link('other.html', true, [t('Other')], 'doc'), ' ', link('https://datatracker.ietf.org/doc/html/rfc7231.html', false, [t('RFC 7231')], 'rfc'), ' ', link('http://x.org/?a=1&b=2', false, [t('ext')]))],
      '<p><a class="reference internal" href="#lab1"><span class="std std-ref">Sub one</span></a> <a class="reference internal" href="other.html"><span class="doc">Other</span></a> <a class="rfc reference external" href="https://datatracker.ietf.org/doc/html/rfc7231.html"><strong>RFC 7231</strong></a> <a class="reference external" href="http://x.org/?a=1&amp;b=2">ext</a></p>\n',
    );
  });
  it('renders cite, sup, sub, inline targets and footnote references', () => {
    const nodes: D.DocInline[] = [
      { type: 'cite', children: [t('cite')], position: pos },
      t(' '),
      { type: 'footnoteRef', id: 'id1', footnoteId: 'id2', label: '1', position: pos },
      t(' '),
      { type: 'anchor', id: 'inline-target', children: [t('inline target')], position: pos },
      t(' x'),
      { type: 'superscript', children: [t('2')], position: pos },
      t('y '),
      { type: 'subscript', children: [t('3')], position: pos },
      t(' '),
      { type: 'unresolved', children: [t('missing')], position: pos },
    ];
    expectHtml(
      [p(...nodes)],
      '<p><cite>cite</cite> <a class="footnote-reference brackets" href="#id2" id="id1" role="doc-noteref"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a> <span class="target" id="inline-target">inline target</span> x<sup>2</sup>y <sub>3</sub> missing</p>\n',
    );
  });
});

describe('lists', () => {
  it('marks a list of one-paragraph items simple and a richer one not', () => {
    expectHtml([ul(li(p('a')), li(p('b')))], '<ul class="simple">\n<li><p>a</p></li>\n<li><p>b</p></li>\n</ul>\n');
    expectHtml([ul(li(p('a')), li(p('b')), li(p('a'), p('more')))], '<ul>\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n<li><p>a</p>\n<p>more</p>\n</li>\n</ul>\n');
  });
  it('a code block in an item makes the list non-simple', () => {
    expect(html([ul(li(code('none', 'x')))])).toMatch(/^<ul>\n/);
  });
  it('only the outer of nested compact lists is marked simple', () => {
    const out = html([ul(li(p('a'), ul(li(p('b')))))]);
    expect(out).toContain('<ul class="simple">');
    expect(out).toContain('<ul>\n<li><p>b</p></li>');
  });
  it('renders enumerated lists with their type and start', () => {
    const ol = (enumtype: D.DocEnumeratedList['enumtype'], start: number, ...items: string[]): D.DocEnumeratedList => ({
      type: 'enumeratedList', enumtype, prefix: '', suffix: '.', start, position: pos, children: items.map((i) => li(p(i))),
    });
    expectHtml([ol('arabic', 3, 'three', 'four')], '<ol class="arabic simple" start="3">\n<li><p>three</p></li>\n<li><p>four</p></li>\n</ol>\n');
    expectHtml([ol('loweralpha', 1, 'x', 'y')], '<ol class="loweralpha simple">\n<li><p>x</p></li>\n<li><p>y</p></li>\n</ol>\n');
  });
  it('renders definition lists with classifiers', () => {
    const dl: D.DocDefinitionList = {
      type: 'definitionList', position: pos, children: [
        { type: 'definitionListItem', term: [t('term')], classifiers: [[t('cls')]], children: [p('def')], position: pos },
        { type: 'definitionListItem', term: [t('term2')], classifiers: [], children: [p('def2'), p('more')], position: pos },
      ],
    };
    expectHtml([dl], '<dl>\n<dt>term<span class="classifier">cls</span></dt><dd><p>def</p>\n</dd>\n<dt>term2</dt><dd><p>def2</p>\n<p>more</p>\n</dd>\n</dl>\n');
  });
  it('renders field lists with odd/even classes and the colon span', () => {
    const fl: D.DocFieldList = {
      type: 'fieldList', position: pos, children: [
        { type: 'field', name: [t('field')], children: [p('value')], position: pos },
        { type: 'field', name: [t('f2')], children: [p('v2'), p('quote')], position: pos },
      ],
    };
    expectHtml([fl], '<dl class="field-list">\n<dt class="field-odd">field<span class="colon">:</span></dt>\n<dd class="field-odd"><p>value</p>\n</dd>\n<dt class="field-even">f2<span class="colon">:</span></dt>\n<dd class="field-even"><p>v2</p>\n<p>quote</p>\n</dd>\n</dl>\n');
  });
});

describe('other blocks', () => {
  it('renders line blocks, nested', () => {
    const line = (s: string): D.DocLine => ({ type: 'line', children: [t(s)], position: pos });
    const lb: D.DocLineBlock = { type: 'lineBlock', position: pos, children: [line('line'), { type: 'lineBlock', position: pos, children: [line('indented')] }, line('l3')] };
    expectHtml([lb], '<div class="line-block">\n<div class="line">line</div>\n<div class="line-block">\n<div class="line">indented</div>\n</div>\n<div class="line">l3</div>\n</div>\n');
  });
  it('renders transitions and rubrics', () => {
    expectHtml([{ type: 'transition', position: pos }, { type: 'rubric', children: [t('A rubric')], position: pos }], '<hr class="docutils" />\n<p class="rubric">A rubric</p>\n'.replace(' />', '>'));
  });
  it('renders admonitions with their English title, and the generic one with its own', () => {
    const adm = (kind: string, title: D.DocInline[], classes: string[], ...children: D.DocBlock[]): D.Admonition => ({ type: 'admonition', kind, title, classes, children, position: pos });
    expectHtml([adm('note', [], [], p('A note'))], '<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>A note</p>\n</div>\n');
    expectHtml([adm('seealso', [], [], p('x'))], '<div class="admonition seealso">\n<p class="admonition-title">See also</p>\n<p>x</p>\n</div>\n');
    expectHtml(
      [adm('admonition', [t('Custom '), em(t('title'))], ['admonition-custom-title'], p('body'))],
      '<div class="admonition-custom-title admonition">\n<p class="admonition-title">Custom <em>title</em></p>\n<p>body</p>\n</div>\n',
    );
  });
  it('renders versionadded / versionchanged / deprecated as Sphinx 5.3', () => {
    const vm = (kind: D.VersionModified['kind'], version: string, ...children: D.DocBlock[]): D.VersionModified => ({ type: 'versionModified', kind, version, children, position: pos });
    expectHtml([vm('versionadded', '2.1', p('Added thing.'))], '<div class="versionadded">\n<p><span class="versionmodified added">New in version 2.1: </span>Added thing.</p>\n</div>\n');
    expectHtml([vm('versionchanged', '2.2', p('Changed inline.'))], '<div class="versionchanged">\n<p><span class="versionmodified changed">Changed in version 2.2: </span>Changed inline.</p>\n</div>\n');
    expectHtml([vm('deprecated', '2.3')], '<div class="deprecated">\n<p><span class="versionmodified deprecated">Deprecated since version 2.3.</span></p>\n</div>\n');
  });
  it('groups consecutive footnotes in one footnote-list', () => {
    const fn = (id: string, label: string, backrefs: string[], s: string): D.DocFootnote => ({ type: 'footnote', id, label, backrefs, children: [p(s)], position: pos });
    expectHtml(
      [fn('id2', '1', ['id1'], 'Footnote text.'), fn('id3', '2', [], 'Auto.')],
      '<aside class="footnote-list brackets">\n<aside class="footnote brackets" id="id2" role="note">\n<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id1">1</a><span class="fn-bracket">]</span></span>\n<p>Footnote text.</p>\n</aside>\n<aside class="footnote brackets" id="id3" role="note">\n<span class="label"><span class="fn-bracket">[</span>2<span class="fn-bracket">]</span></span>\n<p>Auto.</p>\n</aside>\n</aside>\n',
    );
  });
  it('renders a visible toctree, and an empty wrapper for a hidden one (as Sphinx 5.3)', () => {
    const tt = (hidden: boolean): D.Toctree => ({ type: 'toctree', entries: [{ docname: 'other', href: 'other.html', title: [t('Other')], children: [], siblings: [] }], maxdepth: -1, hidden, caption: null, position: pos });
    expectHtml([tt(false)], '<div class="toctree-wrapper compound">\n<ul>\n<li class="toctree-l1"><a class="reference internal" href="other.html">Other</a></li>\n</ul>\n</div>\n');
    expect(html([tt(true)])).toBe('<div class="toctree-wrapper compound">\n</div>\n');
    // Nothing to list, even with a caption: the same empty wrapper (ceilometer's toctree without entries).
    expect(html([{ ...tt(false), entries: [], caption: 'Cap' }])).toBe('<div class="toctree-wrapper compound">\n</div>\n');
  });
  it('renders an id-only target as an empty span', () => {
    expect(html([{ type: 'targetAnchor', ids: ['t4'], position: pos }])).toBe('<span id="t4"></span>\n');
  });
  it('renders a literal block with the default language', () => {
    expectHtml(
      [{ type: 'literalBlock', value: 'x = {"a": 1}\ny?', position: pos }],
      '<div class="highlight-default notranslate"><div class="highlight"><pre tabindex="0"><span></span>x = {&quot;a&quot;: 1}\ny?\n</pre></div>\n</div>\n',
    );
  });
  it('renders raw only when allowed, else an escaped placeholder', () => {
    const raw: D.RawBlock = { type: 'rawBlock', format: 'html', value: '<b>x</b>', position: pos };
    expect(html([raw], { allowRaw: true })).toBe('<b>x</b>\n');
    expect(html([raw])).toBe('<div class="apiref-placeholder" role="note"><pre>&#x3C;b>x&#x3C;/b></pre></div>\n');
  });
  it('renders a placeholder with its text escaped', () => {
    expect(html([{ type: 'placeholder', text: 'Unknown directive "foo"', source: '.. foo::', position: pos }])).toBe('<div class="apiref-placeholder" role="note">Unknown directive "foo"</div>\n');
  });
  it('uses strong inside strong-able blocks', () => {
    expect(html([p(strong(t('Request')))])).toBe('<p><strong>Request</strong></p>\n');
  });
});

describe('tables', () => {
  const cell = (s: string, colspan = 1): D.DocCell => ({ colspan, rowspan: 1, children: [p(s)] });
  it('renders a grid table with a spanning cell and odd/even rows counted across head and body', () => {
    const table: D.DocTable = {
      type: 'table', colWidths: [5, 5], widths: null, title: null, position: pos,
      head: [{ cells: [cell('a'), cell('b')] }],
      body: [{ cells: [cell('c', 2)] }, { cells: [cell('d'), cell('e')] }],
    };
    expectHtml(
      [table],
      '<table class="docutils align-default">\n<thead>\n<tr class="row-odd"><th class="head"><p>a</p></th>\n<th class="head"><p>b</p></th>\n</tr>\n</thead>\n<tbody>\n<tr class="row-even"><td colspan="2"><p>c</p></td>\n</tr>\n<tr class="row-odd"><td><p>d</p></td>\n<td><p>e</p></td>\n</tr>\n</tbody>\n</table>\n',
    );
  });
  it('emits a colgroup for explicit list-table widths', () => {
    const table: D.DocTable = {
      type: 'table', colWidths: [20, 80], widths: [20, 80], title: null, position: pos,
      head: [{ cells: [cell('h1'), cell('h2')] }], body: [{ cells: [cell('c1'), cell('c2')] }],
    };
    expectHtml(
      [table],
      '<table class="docutils align-default">\n<colgroup>\n<col style="width: 20.0%">\n<col style="width: 80.0%">\n</colgroup>\n<thead>\n<tr class="row-odd"><th class="head"><p>h1</p></th>\n<th class="head"><p>h2</p></th>\n</tr>\n</thead>\n<tbody>\n<tr class="row-even"><td><p>c1</p></td>\n<td><p>c2</p></td>\n</tr>\n</tbody>\n</table>\n',
    );
  });
});
