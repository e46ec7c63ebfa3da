/** Where a label's id goes, as Sphinx 5.3 writes it (checked against sphinx-build on the same source). */
import { describe, expect, it } from 'vitest';
import { renderTree, pageBody } from '../helpers/render-tree.js';

function page(rst: string): string {
  return pageBody(String(renderTree({ 'index.rst': rst }).file('index.html')));
}

describe('labels before body elements', () => {
  it('give their id to the element that follows; a second label opens its content; a titled table keeps its own id', () => {
    const html = page(
      'T\n=\n\n.. _a1:\n.. _a2:\n\nTwo labels.\n\n.. _l1:\n\n- item\n\n.. _bq:\n\n   quoted\n\n.. _c1:\n\n.. code-block:: json\n\n   {}\n\n.. _t2:\n\n.. table:: Titled\n\n   =====  =====\n   A      B\n   =====  =====\n   1      2\n   =====  =====\n',
    );
    expect(html).toContain('<p id="a2"><span id="a1"></span>Two labels.</p>');
    expect(html).toContain('<ul class="simple" id="l1">');
    expect(html).toContain('<blockquote id="bq">\n<div><p>quoted</p>\n</div></blockquote>');
    expect(html).toContain('<div class="highlight-json notranslate" id="c1">');
    expect(html).toContain('<span id="t2"></span><table class="docutils align-default" id="id1">');
  });

  it('before footnotes stays a span, and the footnotes stay in one list', () => {
    const html = page('T\n=\n\nSee [#a]_ and [#b]_.\n\n.. _lab:\n\n.. [#a] One.\n.. [#b] Two.\n');
    expect(html).toContain('<span id="lab"></span>\n<aside class="footnote-list brackets">');
    expect(html.match(/<aside class="footnote-list/g)).toHaveLength(1);
  });
});
