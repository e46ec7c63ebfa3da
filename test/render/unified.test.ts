import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import type { Root, Element } from 'hast';
import { rstParse } from '../../src/rst/unified.js';
import { rstToHast, hastToHtml } from '../../src/render/unified.js';

/** A rehype-style plugin: adds a class to every table. */
function rehypeTableClass() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'table') child.properties.className = [...((child.properties.className as string[]) ?? []), 'striped'];
        visit(child);
      }
    };
    visit(tree);
  };
}

describe('unified integration', () => {
  it('parses RST, turns it into hast that rehype plugins can transform, and compiles it to HTML', async () => {
    const input = 'Title\n=====\n\n=====  =====\nA      B\n=====  =====\n1      2\n=====  =====\n\nA *word*.\n';
    const file = await unified().use(rstParse).use(rstToHast).use(rehypeTableClass).use(hastToHtml).process({ path: '/tmp/doc/index.rst', value: input });
    const html = String(file);
    expect(html).toContain('<section id="title">');
    expect(html).toContain('<table class="docutils align-default striped">');
    expect(html).toContain('A <em>word</em>.');
    expect(file.messages).toEqual([]);
  });

  it('reports problems as vfile messages with positions', async () => {
    const file = await unified().use(rstParse).use(rstToHast).use(hastToHtml).process({ path: '/tmp/doc/index.rst', value: 'T\n=\n\n.. nosuch::\n\nA *b\n' });
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(
      expect.arrayContaining([
        ['unknown-directive', 4, 1],
        ['rst-syntax', 6, 3],
      ]),
    );
  });

  it('shows a placeholder for a docutils directive Sphinx would render and apiref does not yet (math)', async () => {
    const file = await unified().use(rstParse).use(rstToHast).use(hastToHtml).process({ path: '/tmp/doc/index.rst', value: 'T\n=\n\n.. math:: e^{i\\pi} + 1 = 0\n' });
    expect(String(file)).toContain('<div class="apiref-placeholder" role="note">"math" is not shown here (apiref does not render it yet)</div>');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['unsupported-directive']);
  });

  it('shows nothing for an unknown directive, as Sphinx drops its system message; the error says what is missing', async () => {
    const file = await unified().use(rstParse).use(rstToHast).use(hastToHtml).process({ path: '/tmp/doc/index.rst', value: 'T\n=\n\nBefore.\n\n.. autoclass:: pkg.Thing\n   :members:\n\nAfter.\n' });
    expect(String(file)).toMatch(/<p>Before\.<\/p>\n<p>After\.<\/p>/);
    expect(String(file)).not.toContain('autoclass');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['unknown-directive']);
  });

});
