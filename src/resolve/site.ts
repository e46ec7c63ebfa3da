/**
 * Resolves the whole site: every `.rst` document under the source directory (as Sphinx builds them all), then
 * the cross-page links (`:ref:`, `:doc:`, toctree titles) once every page's labels are known, and the reading
 * order (depth-first through the toctrees from the master document) for previous/next links.
 */
import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { fileSpan } from '../diagnostics/diagnostic.js';
import type * as D from '../document/nodes.js';
import { parseDocument } from '../rst/parse.js';
import { SourceFiles } from '../load/source-files.js';
import { filesUnder } from '../load/source-tree.js';
import type { SiteConfig } from '../config/config.js';
import { DataCache } from './data-cache.js';
import { PageResolver, type Label, type ResolvedPage, type ResolveEnv } from './page.js';
import { plainText } from './text.js';
import { pageOutline } from './toc-outline.js';
import { ownValue } from '../util/records.js';
import { tieringCheckpoint } from '../util/tiering.js';

export interface Site {
  config: SiteConfig;
  /** Pages in reading order (master document first, then depth-first through toctrees, then the rest). */
  pages: D.Page[];
  labels: Map<string, Label>;
  data: DataCache;
  files: SourceFiles;
  /** Every `.inc`/.rst file some page included, for the unused-include check. */
  included: Set<string>;
}

/** Sphinx's built-in labels: `search` and `genindex` are pages apiref writes; there is no module index. */
const BUILTIN_LABELS: Record<string, { page: string | null; title: string }> = {
  genindex: { page: 'genindex', title: 'Index' },
  modindex: { page: null, title: 'Module Index' },
  search: { page: 'search', title: 'Search Page' },
};

/** Lists the documents (`v3/index`) under the source directory, skipping `_`/`.` folders and the output directory. */
export function findDocuments(sourceDir: string, outDir: string): string[] {
  return filesUnder(sourceDir, outDir, '.rst')
    .map((f) => f.slice(0, -'.rst'.length))
    .sort();
}

export function resolveSite(config: SiteConfig, diagnostics: DiagnosticBag, files = new SourceFiles(config.root, diagnostics)): Site {
  const data = new DataCache(files, diagnostics);
  const docnames = findDocuments(config.sourceDir, config.outDir);
  const resolved = new Map<string, ResolvedPage>();
  for (const docname of docnames) {
    tieringCheckpoint();
    const r = resolveDocument({ config, files, data, diagnostics }, docname, docnames);
    if (r) resolved.set(docname, r);
  }
  return linkSite(config, resolved, data, files, diagnostics);
}

/** Resolves one document (the preview server re-resolves only the documents a change affects). */
export function resolveDocument(env: ResolveEnv, docname: string, docnames: string[]): ResolvedPage | null {
  const file = path.join(env.config.sourceDir, `${docname}.rst`);
  const loaded = env.files.read(file, undefined, 'Document');
  if (!loaded) return null;
  const resolver = new PageResolver(env, docname, loaded.file, docnames);
  const root = parseDocument(loaded.text, { file: loaded.file, diagnostics: env.diagnostics, include: resolver.includeFile });
  return resolver.resolve(root);
}

/**
 * Joins resolved documents into a site: labels, cross-page links, toctree titles, reading order. Linking may run
 * again over the same resolved pages (after some were re-resolved): every link is reset before it is completed.
 */
export function linkSite(config: SiteConfig, resolved: Map<string, ResolvedPage>, data: DataCache, files: SourceFiles, diagnostics: DiagnosticBag): Site {
  const labels = new Map<string, Label>();
  for (const r of resolved.values()) {
    for (const [name, label] of r.labels) {
      const prev = labels.get(name);
      if (prev) {
        diagnostics.report('duplicate-label', 'warn', `Duplicate label "${name}", other instance in ${prev.docname}.rst.`, label.position, [
          { file: prev.position.file, line: prev.position.start.line, column: prev.position.start.column, message: 'first defined here' },
        ]);
        continue;
      }
      labels.set(name, label);
    }
  }

  const pagesByName = new Map([...resolved].map(([name, r]) => [name, r.page]));
  for (const r of resolved.values()) completeReferences(r, labels, pagesByName, diagnostics);
  for (const r of resolved.values()) completeToctrees(r.page, pagesByName, diagnostics);

  const { order, reached } = readingOrder(config.masterDoc, pagesByName);
  if (!pagesByName.has(config.masterDoc)) {
    diagnostics.report('master-doc-missing', 'error', `The master document ${config.masterDoc}.rst was not found in ${config.sourceDir}.`, fileSpan(path.join(config.sourceDir, `${config.masterDoc}.rst`)));
  } else {
    // Sphinx's "document isn't included in any toctree": the page is built, but no navigation leads to it.
    for (const name of order.slice(reached)) {
      const p = pagesByName.get(name)!;
      if (p.orphan) continue;
      diagnostics.report('not-in-toctree', 'warn', `${name}.rst is not included in any toctree: list \`\`${name}\`\` in a toctree, or mark the document \`\`:orphan:\`\`.`, fileSpan(p.file));
    }
  }
  const included = new Set<string>();
  for (const r of resolved.values()) for (const d of r.page.dependencies) included.add(d);
  return { config, pages: order.map((n) => pagesByName.get(n)!), labels, data, files, included };
}

/** The relative URL from one page to another page (and fragment). */
export function relativeHref(fromDoc: string, toDoc: string, fragment = ''): string {
  const fromDir = path.posix.dirname(fromDoc);
  let rel = path.posix.relative(fromDir === '.' ? '' : fromDir, `${toDoc}.html`);
  if (toDoc === fromDoc) rel = '';
  return fragment ? `${rel}#${fragment}` : rel || `${path.posix.basename(toDoc)}.html`;
}

function completeReferences(r: ResolvedPage, labels: Map<string, Label>, pages: Map<string, D.Page>, diagnostics: DiagnosticBag): void {
  const from = r.page.docname;
  for (const p of r.pending) {
    resetLink(p.link);
    const textNode = (value: string): D.DocInline => ({ type: 'text', value, position: p.position });
    if (p.kind === 'ref') {
      const label = labels.get(p.name);
      const builtin = ownValue(BUILTIN_LABELS, p.name);
      if (label) {
        p.link.href = relativeHref(from, label.docname, label.id);
        if (p.needsTitle) {
          if (label.title.length) p.link.children = label.title;
          else diagnostics.report('broken-reference', 'warn', `:ref: to "${p.name}" needs an explicit title (the label is not on a section).`, p.position);
        }
      } else if (builtin) {
        if (p.needsTitle) p.link.children = [textNode(builtin.title)];
        if (builtin.page) p.link.href = relativeHref(from, builtin.page);
        else {
          diagnostics.report('broken-reference', 'warn', `apiref writes no "${p.name}" page (Sphinx's ${builtin.title}); the reference is shown as text.`, p.position);
          unresolve(p.link);
        }
      } else {
        diagnostics.report('broken-reference', 'error', `Undefined label: "${p.name}" (:ref: target not found).`, p.position);
        unresolve(p.link);
      }
    } else if (p.kind === 'doc') {
      const page = pages.get(p.name);
      if (page) {
        p.link.href = relativeHref(from, page.docname);
        if (p.needsTitle) p.link.children = page.titleInline.length ? page.titleInline : [textNode(page.title)];
      } else {
        diagnostics.report('broken-reference', 'error', `Unknown document: "${p.name}" (:doc: target not found).`, p.position);
        unresolve(p.link);
      }
    } else {
      const id = r.labels.get(p.name)?.id ?? r.sectionNames.get(p.name);
      if (id !== undefined) p.link.href = `#${id}`;
      else {
        diagnostics.report('broken-reference', 'error', `Unknown target name: "${p.name}".`, p.position);
        unresolve(p.link);
      }
    }
  }
}

/** The children a pending link had before linking, so linking again starts from the same state. */
const originalChildren = new WeakMap<D.Link, D.DocInline[]>();

function resetLink(link: D.Link): void {
  const original = originalChildren.get(link);
  if (original === undefined) {
    originalChildren.set(link, link.children);
    return;
  }
  (link as { type: string }).type = 'link';
  link.children = original;
  if (link.href === undefined) link.href = '';
}

/** A link whose target is missing becomes its text (no dangling href). */
function unresolve(link: D.Link): void {
  (link as unknown as D.Unresolved).type = 'unresolved';
  delete (link as Partial<D.Link>).href;
}

function walkBlocks(blocks: D.DocBlock[], visit: (b: D.DocBlock) => void): void {
  for (const b of blocks) {
    visit(b);
    if ('children' in b && Array.isArray(b.children)) walkBlocks(b.children as D.DocBlock[], visit);
  }
}

const titledEntries = new WeakMap<object, boolean>();

function completeToctrees(page: D.Page, pages: Map<string, D.Page>, diagnostics: DiagnosticBag): void {
  walkBlocks(page.children, (b) => {
    if (b.type !== 'toctree') return;
    for (const e of b.entries) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(e.docname)) continue;
      const target = pages.get(e.docname);
      e.href = relativeHref(page.docname, e.docname);
      // An entry without a title of its own shows the target's, which a later linking may change.
      if (!titledEntries.has(e)) titledEntries.set(e, e.title.length > 0);
      if (!titledEntries.get(e)) e.title = [];
      if (!e.title.length && target && !target.titleInline.length) {
        // As Sphinx: a document without a section title gets no toctree entry (an entry with no title is not shown).
        diagnostics.report(
          'toctree-untitled',
          'warn',
          `The toctree lists ${e.docname}, which has no section title: Sphinx and apiref show no entry for it. Give the document a title.`,
          b.position,
        );
        continue;
      }
      if (!e.title.length && target) e.title = target.titleInline.length ? target.titleInline : [{ type: 'text', value: target.title, position: b.position }];
      if (target && e.docname !== page.docname) Object.assign(e, pageOutline(target, pages, (d) => relativeHref(page.docname, d)));
    }
  });
}

/** The toctree entries of a page, in order. */
export function toctreeChildren(page: D.Page): string[] {
  // The navigation asks for every page's entries while rendering each page: walk a page once. Keyed by the
  // page object, which a rebuild replaces, so nothing stale is served.
  const known = toctreeCache.get(page);
  if (known) return known;
  const out: string[] = [];
  walkBlocks(page.children, (b) => {
    if (b.type === 'toctree') for (const e of b.entries) if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(e.docname) && e.docname !== page.docname) out.push(e.docname);
  });
  toctreeCache.set(page, out);
  return out;
}

const toctreeCache = new WeakMap<D.Page, string[]>();

/** Pages in reading order; the first `reached` are the ones the master document's toctrees lead to. */
function readingOrder(master: string, pages: Map<string, D.Page>): { order: string[]; reached: number } {
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (name: string) => {
    if (seen.has(name) || !pages.has(name)) return;
    seen.add(name);
    order.push(name);
    for (const child of toctreeChildren(pages.get(name)!)) visit(child);
  };
  visit(master);
  const reached = order.length;
  for (const name of [...pages.keys()].sort()) visit(name);
  return { order, reached };
}

export { plainText };
