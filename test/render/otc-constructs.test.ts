/**
 * Open Telekom Cloud's generated API references (otc-vpc): an image substitution in running text, :figclass:, a
 * label before a captioned figure, and admonition :class: values. The expected body was recorded from Sphinx 5.3
 * on the same source (void elements written `<img ...>` instead of `<img ... />`, the same HTML).
 */
import { describe, expect, it } from 'vitest';
import { pageBody, renderTree } from '../helpers/render-tree.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const SOURCE = "Images\n======\n\nClick |image1|, then **Stacks**.\n\n.. _x__fig1:\n\n.. figure:: /_static/a.png\n   :alt: Click to enlarge\n   :figclass: imgResize\n\n   **Figure 2** Caption\n\n.. note::\n   :class: FooBar\n\n   A note.\n\n.. admonition:: My Title\n   :class: Baz_Q\n\n   Generic.\n\n.. |image1| image:: /_static/a.png\n";

const SPHINX_BODY = "<section id=\"images\">\n<h1>Images<a class=\"headerlink\" href=\"#images\" title=\"Permalink to this heading\">\u00b6</a></h1>\n<p>Click <img alt=\"image1\" src=\"_images/a.png\">, then <strong>Stacks</strong>.</p>\n<figure class=\"imgresize align-default\" id=\"id1\">\n<span id=\"x-fig1\"></span><img alt=\"Click to enlarge\" src=\"_images/a.png\">\n<figcaption>\n<p><span class=\"caption-text\"><strong>Figure 2</strong> Caption</span><a class=\"headerlink\" href=\"#id1\" title=\"Permalink to this image\">\u00b6</a></p>\n</figcaption>\n</figure>\n<div class=\"foobar admonition note\">\n<p class=\"admonition-title\">Note</p>\n<p>A note.</p>\n</div>\n<div class=\"baz-q admonition\">\n<p class=\"admonition-title\">My Title</p>\n<p>Generic.</p>\n</div>\n</section>";

describe('image substitutions, figure classes and labels, admonition classes', () => {
  it('render as Sphinx does, and the substituted image is copied', () => {
    const { file, diagnostics } = renderTree({ 'index.rst': SOURCE, '_static/a.png': PNG });
    expect(pageBody(file('index.html')!)).toBe(SPHINX_BODY);
    expect(file('_images/a.png')).toBeDefined();
    expect(diagnostics.list).toEqual([]);
  });
  it('reports an image substitution without a file, and keeps its reference as text', () => {
    const { file, diagnostics } = renderTree({ 'index.rst': 'T\n=\n\nA |x| b.\n\n.. |x| image::\n' });
    expect(pageBody(file('index.html')!)).toContain('<p>A |x| b.</p>');
    expect(diagnostics.list.map((d) => [d.ruleId, d.line])).toEqual([['directive-syntax', 6]]);
  });
});
