/**
 * csv-table, list-table and captions, from RST to the page: the markup Sphinx 5.3 writes (checked against
 * sphinx-build on the same source), ids of titled tables and captioned code blocks included.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { renderTree, pageBody } from '../helpers/render-tree.js';

function page(rst: string): { html: string; diagnostics: DiagnosticBag } {
  const { file, diagnostics } = renderTree({ 'index.rst': rst });
  return { html: pageBody(String(file('index.html'))), diagnostics };
}

describe('csv-table', () => {
  it('reads quoted cells, doubled quotes, the :header: option, short rows, blank lines and nested RST', () => {
    const { html, diagnostics } = page(
      [
        'Title',
        '=====',
        '',
        '.. csv-table:: Caption *here*',
        '   :header: "A", B , "C ""q"""',
        '   :header-rows: 1',
        '',
        '   r1a, r1b, r1c',
        '   "x, y", un"quoted, ``lit``',
        '   short',
        '   "multi',
        '   line", "- item1',
        '   - item2", last,',
        '',
        '   after, blank, row',
        '',
      ].join('\n'),
    );
    expect(diagnostics.list).toEqual([]);
    expect(html).toBe(
      [
        '<section id="title">',
        '<h1>Title<a class="headerlink" href="#title" title="Permalink to this heading">¶</a></h1>',
        '<table class="docutils align-default" id="id1">',
        '<caption><span class="caption-text">Caption <em>here</em></span><a class="headerlink" href="#id1" title="Permalink to this table">¶</a></caption>',
        '<thead>',
        '<tr class="row-odd"><th class="head"><p>A</p></th>',
        '<th class="head"><p>B</p></th>',
        '<th class="head"><p>C “q”””</p></th>',
        '<th class="head"></th>',
        '</tr>',
        '<tr class="row-even"><th class="head"><p>r1a</p></th>',
        '<th class="head"><p>r1b</p></th>',
        '<th class="head"><p>r1c</p></th>',
        '<th class="head"></th>',
        '</tr>',
        '</thead>',
        '<tbody>',
        '<tr class="row-odd"><td><p>x, y</p></td>',
        '<td><p>un”quoted</p></td>',
        '<td><p><code class="docutils literal notranslate"><span class="pre">lit</span></code></p></td>',
        '<td></td>',
        '</tr>',
        '<tr class="row-even"><td><p>short</p></td>',
        '<td></td>',
        '<td></td>',
        '<td></td>',
        '</tr>',
        '<tr class="row-odd"><td><p>multi',
        'line</p></td>',
        '<td><ul class="simple">',
        '<li><p>item1</p></li>',
        '<li><p>item2</p></li>',
        '</ul>',
        '</td>',
        '<td><p>last</p></td>',
        '<td></td>',
        '</tr>',
        '<tr class="row-even"><td></td>',
        '<td></td>',
        '<td></td>',
        '<td></td>',
        '</tr>',
        '<tr class="row-odd"><td><p>after</p></td>',
        '<td><p>blank</p></td>',
        '<td><p>row</p></td>',
        '<td></td>',
        '</tr>',
        '</tbody>',
        '</table>',
        '</section>',
      ].join('\n'),
    );
  });

  it('writes :widths: as a colgroup and reports data it cannot read at its line', () => {
    const ok = page('Title\n=====\n\n.. csv-table::\n   :widths: 1 3\n\n   a,b\n   c,"d \\*e\\*"\n');
    expect(ok.html).toContain('<colgroup>\n<col style="width: 25.0%">\n<col style="width: 75.0%">\n</colgroup>');
    expect(ok.html).toContain('<td><p>d *e*</p></td>');
    const bad = page('Title\n=====\n\n.. csv-table::\n\n   a,b\n   "c"d, e\n');
    expect(bad.diagnostics.list.map((d) => [d.ruleId, d.line])).toEqual([['csv-table-syntax', 7]]);
  });
});

describe('ids of titled tables and captioned code blocks', () => {
  it('come after the ids given while parsing, in document order, as Sphinx numbers them', () => {
    const { html } = page(
      'Title\n=====\n\n.. csv-table:: Cap\n\n   a,b\n\nA\n-\n\ntext\n\nA\n-\n\ntext\n\n.. list-table:: Two\n\n   * - a\n\n.. code-block:: json\n   :caption: Sample\n\n   {}\n',
    );
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(['title', 'id2', 'a', 'id1', 'id3', 'id4']);
    expect(html).toContain('<div class="literal-block-wrapper docutils container" id="id4">\n<div class="code-block-caption"><span class="caption-text">Sample</span><a class="headerlink" href="#id4" title="Permalink to this code">¶</a></div>');
  });
});

describe('the table directive', () => {
  it('titles a simple or grid table and sets its widths; anything but one table is an error and shows nothing', () => {
    const { html, diagnostics } = page(
      'Title\n=====\n\n.. table:: Truth *table*\n   :widths: 1 2\n\n   =====  =====\n   A      B\n   =====  =====\n   1      2\n   =====  =====\n\n.. table:: Bad\n\n   Just text.\n',
    );
    expect(html).toContain(
      '<table class="docutils align-default" id="id1">\n<caption><span class="caption-text">Truth <em>table</em></span><a class="headerlink" href="#id1" title="Permalink to this table">¶</a></caption>\n<colgroup>\n<col style="width: 33.3%">\n<col style="width: 66.7%">\n</colgroup>',
    );
    expect(html).not.toContain('Just text');
    expect(diagnostics.list.map((d) => [d.ruleId, d.line])).toEqual([['directive-syntax', 13]]);
  });
});
