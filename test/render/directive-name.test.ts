/**
 * docutils' `:name:` option on directives: the element takes the id, and `:ref:` reaches it with the caption as
 * its title (Sphinx). The expected body was recorded from Sphinx 5.3 on the same source (its `&quot;` written `"`,
 * and apiref's keyboard-scrollable `<pre tabindex="0">`).
 */
import { describe, expect, it } from 'vitest';
import { pageBody, renderTree } from '../helpers/render-tree.js';

const SOURCE = "Names\n=====\n\n.. note::\n   :name: my-note\n\n   A note.\n\n.. code-block:: json\n   :name: code-a\n\n   {\"a\": 1}\n\n.. code-block:: json\n   :caption: Cap B\n   :name: code-b\n\n   {\"b\": 1}\n\n.. table:: Tab C\n   :name: tab-c\n\n   ==  ==\n   a   b\n   ==  ==\n\n.. list-table::\n   :name: lt-d\n\n   * - x\n\nSee :ref:`code-b`, :ref:`tab-c`, :ref:`my note <my-note>`, :ref:`lt <lt-d>`.\n";

const SPHINX_BODY = "<section id=\"names\">\n<h1>Names<a class=\"headerlink\" href=\"#names\" title=\"Permalink to this heading\">\u00b6</a></h1>\n<div class=\"admonition note\" id=\"my-note\">\n<p class=\"admonition-title\">Note</p>\n<p>A note.</p>\n</div>\n<div class=\"highlight-json notranslate\" id=\"code-a\"><div class=\"highlight\"><pre tabindex=\"0\"><span></span><span class=\"p\">{</span><span class=\"nt\">\"a\"</span><span class=\"p\">:</span><span class=\"w\"> </span><span class=\"mi\">1</span><span class=\"p\">}</span>\n</pre></div>\n</div>\n<div class=\"literal-block-wrapper docutils container\" id=\"code-b\">\n<div class=\"code-block-caption\"><span class=\"caption-text\">Cap B</span><a class=\"headerlink\" href=\"#code-b\" title=\"Permalink to this code\">\u00b6</a></div>\n<div class=\"highlight-json notranslate\"><div class=\"highlight\"><pre tabindex=\"0\"><span></span><span class=\"p\">{</span><span class=\"nt\">\"b\"</span><span class=\"p\">:</span><span class=\"w\"> </span><span class=\"mi\">1</span><span class=\"p\">}</span>\n</pre></div>\n</div>\n</div>\n<table class=\"docutils align-default\" id=\"tab-c\">\n<caption><span class=\"caption-text\">Tab C</span><a class=\"headerlink\" href=\"#tab-c\" title=\"Permalink to this table\">\u00b6</a></caption>\n<tbody>\n<tr class=\"row-odd\"><td><p>a</p></td>\n<td><p>b</p></td>\n</tr>\n</tbody>\n</table>\n<table class=\"docutils align-default\" id=\"lt-d\">\n<tbody>\n<tr class=\"row-odd\"><td><p>x</p></td>\n</tr>\n</tbody>\n</table>\n<p>See <a class=\"reference internal\" href=\"#code-b\"><span class=\"std std-ref\">Cap B</span></a>, <a class=\"reference internal\" href=\"#tab-c\"><span class=\"std std-ref\">Tab C</span></a>, <a class=\"reference internal\" href=\"#my-note\"><span class=\"std std-ref\">my note</span></a>, <a class=\"reference internal\" href=\"#lt-d\"><span class=\"std std-ref\">lt</span></a>.</p>\n</section>";

describe(':name: on directives', () => {
  it('puts the id on the element and makes it a target for :ref:, as Sphinx', () => {
    const { file, diagnostics } = renderTree({ 'index.rst': SOURCE });
    expect(pageBody(file('index.html')!)).toBe(SPHINX_BODY);
    expect(diagnostics.list).toEqual([]);
  });
});
