/**
 * The whole pipeline for one build: load → parse → resolve (src/resolve/) → check (src/rules/) → render
 * (src/render/) → write (src/site/write.ts). Renders every page in memory, then writes the site atomically.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toHtml } from '../render/to-html.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SiteConfig } from '../config/config.js';
import { resolveSite, relativeHref, type Site } from '../resolve/site.js';
import { renderPage as renderContent, localToc } from '../render/index.js';
import { loadTemplates, renderPage as renderChrome, rootPathFor, type Templates } from './templates.js';
import type * as D from '../document/nodes.js';
import { globalNav } from './navigation.js';
import { writeSite, type OutputFile } from './write.js';
import { searchFiles } from './search-page.js';
import { genindexFiles } from './genindex-page.js';
import { imageFiles } from './images.js';
import { runRules } from '../rules/index.js';
import { VERSION } from '../config/version.js';

export const ASSET_DIR = fileURLToPath(new URL('../../assets/', import.meta.url));

export interface BuildResult {
  site: Site;
  pages: number;
  operations: number;
  files: OutputFile[];
}

/** Resolves and checks the site, and renders every page (nothing is written). */
export function renderSite(config: SiteConfig, diagnostics: DiagnosticBag): BuildResult {
  const site = resolveSite(config, diagnostics);
  runRules(site, diagnostics, config.types ? { parameterTypes: config.types } : {});
  const templates = loadTemplates(config.templatesDir, diagnostics);
  const files: OutputFile[] = [];
  let operations = 0;
  const byName = pagesByName(site);
  site.pages.forEach((page, i) => {
    operations += countOperations(page.children);
    files.push({ path: page.path, content: renderPageHtml(site, i, templates, byName) });
  });
  files.push(...searchFiles(site, templates, diagnostics));
  files.push(...genindexFiles(site, templates, diagnostics));
  files.push(...imageFiles(site));
  files.push(...assetFiles());
  return { site, pages: site.pages.length, operations, files };
}

export function pagesByName(site: Site): Map<string, D.Page> {
  return new Map(site.pages.map((p) => [p.docname, p]));
}

/** The complete HTML of the i-th page (reading order) of a resolved site. */
export function renderPageHtml(site: Site, i: number, templates: Templates, byName = pagesByName(site)): string {
  const config = site.config;
  const page = site.pages[i]!;
  const body = toHtml(renderContent(page, { allowRaw: config.allowRaw }), { allowDangerousHtml: config.allowRaw });
  const toc = localToc(page);
  const nav = globalNav(byName, config.masterDoc, page.docname);
  const prev = site.pages[i - 1];
  const next = site.pages[i + 1];
  return renderChrome(templates, {
    lang: 'en',
    title: page.title,
    siteTitle: config.project,
    bodyHtml: body,
    localTocHtml: toc ? toHtml(toc) : '',
    globalNavHtml: nav ? toHtml(nav) : '',
    prev: prev ? { href: relativeHref(page.docname, prev.docname), title: prev.title } : null,
    next: next ? { href: relativeHref(page.docname, next.docname), title: next.title } : null,
    staticPath: `${rootPathFor(page.path)}_static/`,
    rootPath: rootPathFor(page.path),
    generator: `apiref ${VERSION}`,
  });
}

/** The static files every site carries (`_static/apiref.css`, `_static/apiref.js`). */
export function assetFiles(): OutputFile[] {
  return fs
    .readdirSync(ASSET_DIR)
    .sort()
    .map((name) => ({ path: `_static/${name}`, content: fs.readFileSync(path.join(ASSET_DIR, name)) }));
}

export function buildSite(config: SiteConfig, diagnostics: DiagnosticBag): BuildResult {
  const result = renderSite(config, diagnostics);
  writeSite(config.outDir, result.files);
  return result;
}

export function countOperations(blocks: readonly { type: string; children?: unknown }[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'operation') n++;
    if (Array.isArray(b.children)) n += countOperations(b.children as { type: string }[]);
  }
  return n;
}
