/**
 * docutils' `simple` class on nested lists (otc-ecs): every simple enumerated list is marked, nested or not, and
 * only a bullet list passes its compactness down. Expected body recorded from Sphinx 5.3 on the same source.
 */
import { describe, expect, it } from 'vitest';
import { pageBody, renderTree } from '../helpers/render-tree.js';

describe('simple lists nested in lists', () => {
  it('marks an enumerated list inside a bullet list, and a bullet list inside an enumerated list, as Sphinx', () => {
    const { file } = renderTree({ 'index.rst': 'T\n=\n\n-  two\n\n   #. a\n   #. b\n\n#. three\n\n   -  c\n' });
    expect(pageBody(file('index.html')!)).toBe(
      '<section id="t">\n<h1>T<a class="headerlink" href="#t" title="Permalink to this heading">¶</a></h1>\n' +
        '<ul class="simple">\n<li><p>two</p>\n<ol class="arabic simple">\n<li><p>a</p></li>\n<li><p>b</p></li>\n</ol>\n</li>\n</ul>\n' +
        '<ol class="arabic simple">\n<li><p>three</p>\n<ul class="simple">\n<li><p>c</p></li>\n</ul>\n</li>\n</ol>\n</section>',
    );
  });
});
