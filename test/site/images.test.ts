/**
 * image and figure, from RST to the written site: Sphinx 5.3's markup (checked against sphinx-build on the same
 * source), files copied to _images/ under Sphinx's names, nothing read outside the project root, no script URIs.
 */
import { describe, expect, it } from 'vitest';
import { pageBody, renderTree } from '../helpers/render-tree.js';

const PNG_A = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const PNG_B = Buffer.from('89504e470d0a1a0a00000000deadbeef', 'hex');

function build(files: Record<string, string>, binaries: Record<string, Buffer> = {}, source = '.') {
  const { file, diagnostics, dir } = renderTree({ ...files, ...binaries }, source);
  return { file, body: (p: string) => pageBody(String(file(p))), diagnostics, dir };
}

describe('image and figure', () => {
  it('render as Sphinx does: alt, align, width (linked to the full image), remote targets, figures with caption and legend', () => {
    const { body, file, diagnostics } = build(
      {
        'index.rst':
          'T\n=\n\n.. image:: pics/a.png\n\n.. image:: pics/a.png\n   :alt: An *alt*\n   :width: 200px\n   :align: center\n\n' +
          '.. image:: https://example.org/x.png\n   :target: https://example.org/\n\n.. figure:: pics/a.png\n   :alt: fig alt\n\n   The *caption*.\n\n   The legend paragraph.\n\n' +
          '.. figure:: missing.png\n\n   Cap two.\n',
      },
      { 'pics/a.png': PNG_A },
    );
    expect(body('index.html')).toBe(
      [
        '<section id="t">',
        '<h1>T<a class="headerlink" href="#t" title="Permalink to this heading">¶</a></h1>',
        '<img alt="_images/a.png" src="_images/a.png">',
        '<a class="reference internal image-reference" href="_images/a.png"><img alt="An *alt*" class="align-center" src="_images/a.png" style="width: 200px;"></a>',
        '<a class="reference external image-reference" href="https://example.org/"><img alt="https://example.org/x.png" src="https://example.org/x.png"></a>',
        '<figure class="align-default" id="id1">',
        '<img alt="fig alt" src="_images/a.png">',
        '<figcaption>',
        '<p><span class="caption-text">The <em>caption</em>.</span><a class="headerlink" href="#id1" title="Permalink to this image">¶</a></p>',
        '<div class="legend">',
        '<p>The legend paragraph.</p>',
        '</div>',
        '</figcaption>',
        '</figure>',
        '<figure class="align-default" id="id2">',
        '<img alt="missing.png" src="missing.png">',
        '<figcaption>',
        '<p><span class="caption-text">Cap two.</span><a class="headerlink" href="#id2" title="Permalink to this image">¶</a></p>',
        '</figcaption>',
        '</figure>',
        '</section>',
      ].join('\n'),
    );
    expect(file('_images/a.png')).toEqual(PNG_A);
    expect(diagnostics.list.map((d) => [d.ruleId, d.line, d.message])).toEqual([['image-not-found', 21, 'image file not readable: missing.png']]);
  });

  it('leaves a missing image at its path from the source directory, as Sphinx does', () => {
    const { file } = renderTree({ 'index.rst': 'T\n=\n\n.. toctree::\n\n   sub/page\n', 'sub/page.rst': 'Sub\n===\n\n.. image:: pics/y.png\n\n.. image:: /_static/x.png\n' });
    expect([...file('sub/page.html')!.matchAll(/<img[^>]*>/g)].map((m) => m[0])).toEqual([
      '<img alt="sub/pics/y.png" src="sub/pics/y.png">',
      '<img alt="_static/x.png" src="_static/x.png">',
    ]);
  });

  it('copies each file once; a second file of the same name is a1.png; paths are relative to the page', () => {
    const { body, file } = build(
      { 'index.rst': 'T\n=\n\n.. image:: pics/a.png\n\n.. toctree::\n\n   sub/page\n', 'sub/page.rst': 'Sub\n===\n\n.. image:: a.png\n\n.. image:: /pics/a.png\n' },
      { 'pics/a.png': PNG_A, 'sub/a.png': PNG_B },
    );
    expect(body('sub/page.html')).toContain('<img alt="../_images/a1.png" src="../_images/a1.png">\n<img alt="../_images/a.png" src="../_images/a.png">');
    expect(file('_images/a.png')).toEqual(PNG_A);
    expect(file('_images/a1.png')).toEqual(PNG_B);
  });

  it('reads nothing outside the project root and puts no script URI in the page', () => {
    const { body, diagnostics, file } = build({
      'proj/api-ref/source/index.rst': 'T\n=\n\n.. image:: ../../../outside.png\n\n.. image:: javascript:alert(1)\n\n.. image:: https://example.org/x.png\n   :target: javascript:alert(2)\n',
    }, { 'outside.png': PNG_A }, 'proj/api-ref/source');
    const html = body('index.html');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<img alt="../../../outside.png" src="../../../outside.png">');
    expect(file('_images/outside.png')).toBeUndefined();
    expect(diagnostics.list.map((d) => d.ruleId).sort()).toEqual(['image-not-found', 'unsafe-link', 'unsafe-link']);
  });
});
