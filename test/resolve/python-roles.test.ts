/**
 * Sphinx cross-reference roles whose targets an API reference does not have: shown as Sphinx shows them
 * unresolved (checked against sphinx-build on the same source).
 */
import { describe, expect, it } from 'vitest';
import { renderTree } from '../helpers/render-tree.js';

function page(rst: string) {
  const { file, diagnostics } = renderTree({ 'index.rst': rst });
  return { html: String(file('index.html')), diagnostics };
}

const code = (classes: string, text: string) => `<code class="xref ${classes} docutils literal notranslate"><span class="pre">${text}</span></code>`;

describe('Python domain, any and option roles', () => {
  it('are code with the role classes; functions and methods get (), ~ keeps the last name, an explicit title stays', () => {
    const { html, diagnostics } = page(
      'T\n=\n\nA :class:`Foo` :py:class:`~pkg.Bar` :func:`bar` :meth:`X.y` :func:`the call <pkg.f>` :mod:`m` :exc:`E` :any:`thing` :option:`--all`.\n',
    );
    expect(html).toContain(
      [
        code('py py-class', 'Foo'),
        code('py py-class', 'Bar'),
        code('py py-func', 'bar()'),
        code('py py-meth', 'X.y()'),
        '<code class="xref py py-func docutils literal notranslate"><span class="pre">the</span> <span class="pre">call</span></code>',
        code('py py-mod', 'm'),
        code('py py-exc', 'E'),
        code('any', 'thing'),
        code('std std-option', '--all'),
      ].join(' '),
    );
    expect(diagnostics.list.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ['broken-reference', 'warn', "'any' reference target not found: thing"],
      ['broken-reference', 'warn', "unknown option: '--all'"],
    ]);
  });
});
