/** genindex.html: where `:ref:`genindex`` points, listing the pages' index entries by letter. */
import { describe, expect, it } from 'vitest';
import { renderTree } from '../helpers/render-tree.js';

function build(files: Record<string, string>) {
  const { file, diagnostics } = renderTree(files);
  return { file: (p: string) => (file(p) === undefined ? null : String(file(p))), diagnostics };
}

describe('the general index', () => {
  it('is linked by :ref:`genindex` without a warning, and says when there are no entries', () => {
    const { file, diagnostics } = build({ 'index.rst': 'API\n===\n\n* :ref:`genindex`\n* :ref:`search`\n' });
    expect(file('index.html')).toContain('<a class="reference internal" href="genindex.html"><span class="std std-ref">Index</span></a>');
    expect(diagnostics.list).toEqual([]);
    const page = file('genindex.html')!;
    expect(page).toContain('<h1 id="index">Index</h1>');
    expect(page).toContain('The pages of this reference make no index entries.');
  });

  it('lists :rfc: and :pep: entries under their letter, linking to the anchor on each page', () => {
    const { file } = build({
      'index.rst': 'API\n===\n\nSee :rfc:`7231` and :pep:`8`.\n\n.. toctree::\n\n   v2/more\n',
      'v2/more.rst': 'More\n====\n\nAlso :rfc:`2616#section-10`.\n',
    });
    const page = file('genindex.html')!;
    expect(page).toContain('<nav class="genindex-jumpbox" aria-label="Index letters"><a href="#P"><strong>P</strong></a> | <a href="#R"><strong>R</strong></a></nav>');
    expect(page).toContain('<li>Python Enhancement Proposals<ul><li><a href="index.html#index-1">PEP 8</a></li></ul></li>');
    expect(page).toContain('<li>RFC<ul><li><a href="v2/more.html#index-0">RFC 2616#section-10</a></li><li><a href="index.html#index-0">RFC 7231</a></li></ul></li>');
    expect(file('index.html')).toContain('id="index-0"');
  });

  it('gives way to a project document named genindex, with a warning', () => {
    const { file, diagnostics } = build({ 'index.rst': 'API\n===\n\n.. toctree::\n\n   genindex\n', 'genindex.rst': 'Mine\n====\n' });
    expect(file('genindex.html')).toContain('Mine');
    expect(diagnostics.list.map((d) => d.ruleId)).toContain('genindex-page-shadowed');
  });
});
