/** Pages apiref adds at the site root (search.html, genindex.html): the site's chrome, no page "current" in the nav. */
import { toHtml } from 'hast-util-to-html';
import type { Site } from '../resolve/site.js';
import { globalNav } from './navigation.js';
import { renderPage, type Templates } from './templates.js';
import { VERSION } from '../config/version.js';

export function renderRootPage(site: Site, templates: Templates, title: string, bodyHtml: string): string {
  const byName = new Map(site.pages.map((p) => [p.docname, p]));
  // A docname no document has: no entry is current, and links are made relative to the root.
  const nav = globalNav(byName, site.config.masterDoc, `\0${title}`);
  return renderPage(templates, {
    lang: 'en',
    title,
    siteTitle: site.config.project,
    bodyHtml,
    localTocHtml: '',
    globalNavHtml: nav ? toHtml(nav) : '',
    prev: null,
    next: null,
    staticPath: '_static/',
    rootPath: '',
    generator: `apiref ${VERSION}`,
  });
}
