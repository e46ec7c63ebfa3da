/** Our serializer against hast-util-to-html (default options): the same bytes, on hand-made trees and corpus pages. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'hast';
import { toHtml as libraryToHtml } from 'hast-util-to-html';
import { toHtml } from '../../src/render/to-html.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { resolveSite } from '../../src/resolve/site.js';
import { renderPage, localToc } from '../../src/render/index.js';
import { globalNav } from '../../src/site/navigation.js';
import { pagesByName } from '../../src/site/build.js';

const shared = path.resolve(__dirname, '../../../shared');
const corpus = path.join(shared, 'corpus');
const projects = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((p) => fs.existsSync(path.join(corpus, p, 'api-ref/source'))) : [];

const el = (tagName: string, properties: Record<string, unknown>, children: Nodes[] = []): Nodes =>
  ({ type: 'element', tagName, properties, children }) as Nodes;
const txt = (value: string): Nodes => ({ type: 'text', value });

describe('toHtml', () => {
  const cases: [string, Nodes][] = [
    ['text with markup characters', el('p', {}, [txt('a < b & c > d "e" \'f\' `g`')])],
    ['attribute escaping', el('a', { href: '/x?a=1&b="2"', title: "it's `code`\0" }, [txt('x')])],
    ['class list, data and aria names', el('button', { className: ['btn', 'btn-info'], dataBsToggle: 'collapse', ariaExpanded: 'false', ariaLabelledBy: 'x' })],
    ['numbers, booleans, empty and absent values', el('td', { colSpan: 2, tabIndex: 0, hidden: true, title: '', id: null, open: false, width: Number.NaN })],
    ['boolean spellings', el('details', { open: 'open', hidden: '', disabled: 'no', download: 'download' })],
    ['void elements', el('div', {}, [el('br', {}), el('img', { src: 'a.png', alt: '' }), el('col', { span: 2 })])],
    ['raw text elements', el('div', {}, [el('script', {}, [txt('if (a < b && c) {}')]), el('style', {}, [txt('a > b {}')])])],
    ['comments', { type: 'root', children: [{ type: 'comment', value: 'a --> b <!-- c' }, { type: 'doctype' }] } as Nodes],
    ['comma separated', el('input', { accept: ['.json', '.yaml'] })],
    ['attribute-style keys', el('div', { 'data-foo': 'x', 'aria-label': 'y', httpEquiv: 'z', htmlFor: 'w' })],
  ];
  for (const [name, tree] of cases) {
    it(name, () => expect(toHtml(tree)).toBe(libraryToHtml(tree)));
  }

  it('escapes raw nodes unless dangerous HTML is allowed', () => {
    const tree = { type: 'root', children: [{ type: 'raw', value: '<b>x</b>' }] } as unknown as Nodes;
    expect(toHtml(tree)).toBe('&#x3C;b>x&#x3C;/b>');
    expect(toHtml(tree, { allowDangerousHtml: true })).toBe('<b>x</b>');
    expect(toHtml(tree, { allowDangerousHtml: true })).toBe(libraryToHtml(tree, { allowDangerousHtml: true }));
  });
});

describe.skipIf(!projects.length)('toHtml on the corpus (skipped when ../shared/corpus is absent)', () => {
  for (const project of projects) {
    it(`${project}: every page, local toc and navigation as hast-util-to-html writes them`, () => {
      const diagnostics = new DiagnosticBag();
      const config = loadConfig({ source: path.join(corpus, project, 'api-ref/source'), cwd: process.cwd() }, diagnostics);
      const site = resolveSite(config, diagnostics);
      const byName = pagesByName(site);
      expect(site.pages.length).toBeGreaterThan(0);
      for (const page of site.pages) {
        const trees = [renderPage(page, { allowRaw: config.allowRaw }), localToc(page), globalNav(byName, config.masterDoc, page.docname)];
        for (const tree of trees) {
          if (!tree) continue;
          expect(toHtml(tree, { allowDangerousHtml: config.allowRaw })).toBe(libraryToHtml(tree, { allowDangerousHtml: config.allowRaw }));
        }
      }
    }, 60_000);
  }
});
