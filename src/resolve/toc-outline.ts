/**
 * The outline a toctree shows under an entry: the target page's sections, as Sphinx's table of contents of that
 * document has them (only down to its `:tocdepth:`), with the entries of the target's own visible toctrees nested
 * where they stand. Operations count as sections and stop there: their detail headings (Request, Response, ...)
 * repeat on every operation.
 */
import type * as D from '../document/nodes.js';

export interface PageOutline {
  /** The sections under the page's first top-level section (its title). */
  children: D.TocOutline[];
  /** The page's further top-level sections. */
  siblings: D.TocOutline[];
}

interface OutlineEnv {
  pages: Map<string, D.Page>;
  /** The link to a page from the page whose toctree is being completed. */
  hrefFor: (docname: string) => string;
  /** Pages on the current path: a toctree cycle stops here. */
  visiting: Set<string>;
}

export function pageOutline(page: D.Page, pages: Map<string, D.Page>, hrefFor: (docname: string) => string): PageOutline {
  return outlineOf(page, { pages, hrefFor, visiting: new Set() });
}

function outlineOf(page: D.Page, env: OutlineEnv): PageOutline {
  env.visiting.add(page.docname);
  const limit = page.tocdepth !== null && page.tocdepth > 0 ? page.tocdepth : Number.POSITIVE_INFINITY;
  const top = collect(page.children, 1, limit, env.hrefFor(page.docname), env);
  env.visiting.delete(page.docname);
  const first = top[0];
  return { children: first ? first.children : [], siblings: top.slice(1) };
}

function collect(blocks: D.DocBlock[], depth: number, limit: number, href: string, env: OutlineEnv): D.TocOutline[] {
  if (depth > limit) return [];
  const out: D.TocOutline[] = [];
  for (const b of blocks) {
    if (b.type === 'section') out.push({ href: `${href}#${b.ids[0] ?? ''}`, title: b.title, children: collect(b.children, depth + 1, limit, href, env) });
    else if (b.type === 'operation') out.push({ href: `${href}#${b.anchor}`, title: b.title, children: [] });
    else if (b.type === 'toctree' && !b.hidden) out.push(...nested(b, env));
  }
  return out;
}

/** A toctree inside the target: each entry's page with its outline, its further top-level sections beside it. */
function nested(tree: D.Toctree, env: OutlineEnv): D.TocOutline[] {
  const out: D.TocOutline[] = [];
  for (const e of tree.entries) {
    const target = env.pages.get(e.docname);
    if (!target || env.visiting.has(e.docname)) continue;
    const title = e.title.length ? e.title : target.titleInline.length ? target.titleInline : [{ type: 'text' as const, value: target.title, position: tree.position }];
    const sub = outlineOf(target, env);
    out.push({ href: env.hrefFor(e.docname), title, children: sub.children }, ...sub.siblings);
  }
  return out;
}
