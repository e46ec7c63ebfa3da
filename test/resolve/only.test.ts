/** `.. only::` keeps its content when the expression holds for an HTML build, as Sphinx's html builder does. */
import { describe, expect, it } from 'vitest';
import { evaluateTags } from '../../src/rst/blocks/only.js';
import { renderSite } from '../../src/site/build.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { configFor, writeTree } from '../helpers/tree.js';

const HTML = new Set(['html', 'format_html', 'builder_html']);

describe('evaluateTags', () => {
  it.each([
    ['html', true],
    ['latex', false],
    ['not latex', true],
    ['html and not latex', true],
    ['latex or (format_html and builder_html)', true],
    ['(latex or text) and html', false],
  ])('%s → %s', (expression, value) => {
    expect(evaluateTags(expression, HTML)).toBe(value);
  });
  it.each(['', 'html and', '(html', 'html latex', 'a.b'])('"%s" is no expression', (expression) => {
    expect(evaluateTags(expression, HTML)).toBeNull();
  });
});

describe('the only directive in a page', () => {
  it('shows HTML content, drops the rest, and shows (with a warning) what cannot be evaluated', () => {
    const dir = writeTree({
      'index.rst': 'T\n=\n\n.. only:: html\n\n   IN-HTML\n\n.. only:: latex\n\n   IN-LATEX\n\n.. only:: html and\n\n   IN-BROKEN\n',
    });
    const bag = new DiagnosticBag();
    const page = String(renderSite(configFor(dir), bag).files.find((f) => f.path === 'index.html')!.content);
    expect(page).toContain('IN-HTML');
    expect(page).not.toContain('IN-LATEX');
    expect(page).toContain('IN-BROKEN');
    expect(bag.list.filter((d) => d.ruleId === 'directive-syntax').map((d) => d.line)).toEqual([12]);
  });
});

describe('a section title inside only', () => {
  it('joins the document\'s sections, as Sphinx lifts it (cloudkitty)', () => {
    const dir = writeTree({ 'index.rst': 'Top\n###\n\nA\n=\n\ntext a\n\n.. only:: html\n\n   B\n   =\n\n   text b\n' });
    const bag = new DiagnosticBag();
    const page = String(renderSite(configFor(dir), bag).files.find((f) => f.path === 'index.html')!.content);
    expect(bag.list.filter((d) => d.severity === 'error')).toEqual([]);
    expect(page).toMatch(/<section id="a">\s*<h2>A<a class="headerlink"[^>]*>¶<\/a><\/h2>\s*<p>text a<\/p>\s*<\/section>\s*<section id="b">\s*<h2>B/);
  });
});

