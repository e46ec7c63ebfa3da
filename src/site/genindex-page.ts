/**
 * The general index, `genindex.html` at the root, where Sphinx's `:ref:`genindex`` points (keystone and karbor
 * link it from their start page). It lists the index entries the pages make (`:rfc:`, `:pep:`), grouped by first
 * letter as Sphinx's is; most API references have none, and the page says so.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { IndexEntry, Page } from '../document/nodes.js';
import { fileSpan, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import { relativeHref, type Site } from '../resolve/site.js';
import { h, text } from '../render/hast.js';
import type { Templates } from './templates.js';
import { renderRootPage } from './root-page.js';
import type { OutputFile } from './write.js';

export const GENINDEX_PAGE = 'genindex.html';

interface Located extends IndexEntry {
  href: string;
}

/** The letter a main entry is filed under: its first letter, upper-cased, or "Symbols". */
function letterOf(main: string): string {
  const c = main.trim().charAt(0).toUpperCase();
  return /\p{L}/u.test(c) ? c : 'Symbols';
}

/** The page content (inside role="main"). */
export function genindexBody(pages: readonly Page[]): ElementContent {
  const entries: Located[] = pages.flatMap((p) => p.indexEntries.map((e) => ({ ...e, href: `${relativeHref('', p.docname)}#${e.id}` })));
  const byLetter = new Map<string, Map<string, Located[]>>();
  for (const e of entries) {
    const letter = letterOf(e.main);
    let mains = byLetter.get(letter);
    if (!mains) byLetter.set(letter, (mains = new Map()));
    const list = mains.get(e.main) ?? [];
    list.push(e);
    mains.set(e.main, list);
  }
  // By code unit, not localeCompare: the order must not depend on the build machine's locale.
  const byUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const compare = (a: string, b: string) => byUnit(a.toLowerCase(), b.toLowerCase()) || byUnit(a, b);
  const letters = [...byLetter.keys()].sort((a, b) => (a === 'Symbols' ? -1 : b === 'Symbols' ? 1 : compare(a, b)));
  const children: ElementContent[] = [text('\n'), h('h1', { id: 'index' }, [text('Index')]), text('\n')];
  if (!letters.length) {
    children.push(h('p', {}, [text('The pages of this reference make no index entries.')]), text('\n'));
    return h('section', { className: ['genindex-page'] }, children);
  }
  const jump: ElementContent[] = [];
  letters.forEach((letter, i) => {
    if (i) jump.push(text(' | '));
    jump.push(h('a', { href: `#${letter}` }, [h('strong', {}, [text(letter)])]));
  });
  children.push(h('nav', { className: ['genindex-jumpbox'], ariaLabel: 'Index letters' }, jump), text('\n'));
  for (const letter of letters) {
    const mains = byLetter.get(letter)!;
    const items: ElementContent[] = [];
    for (const main of [...mains.keys()].sort(compare)) {
      const subs = mains.get(main)!.sort((a, b) => compare(a.sub, b.sub));
      const subItems = subs.map((e) => h('li', {}, [h('a', { href: e.href }, [text(e.sub)])]));
      items.push(h('li', {}, [text(main), h('ul', {}, subItems)]));
    }
    children.push(h('h2', { id: letter }, [text(letter)]), text('\n'), h('ul', { className: ['genindex'] }, items), text('\n'));
  }
  return h('section', { className: ['genindex-page'] }, children);
}

/** The complete HTML of genindex.html. */
export function renderGenindexPage(site: Site, templates: Templates): string {
  return renderRootPage(site, templates, 'Index', toHtml(genindexBody(site.pages)));
}

/** genindex.html, unless a project document is itself `genindex.rst` (reported once, as Sphinx would clash). */
export function genindexFiles(site: Site, templates: Templates, diagnostics?: DiagnosticBag): OutputFile[] {
  const clash = site.pages.find((p) => p.path === GENINDEX_PAGE);
  if (clash) {
    diagnostics?.report('genindex-page-shadowed', 'warn', `The document ${clash.docname} is written as ${GENINDEX_PAGE}, so the site has no general index.`, fileSpan(clash.file));
    return [];
  }
  return [{ path: GENINDEX_PAGE, content: renderGenindexPage(site, templates) }];
}
