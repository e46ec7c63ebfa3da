/**
 * docutils' SectNum and Contents transforms, run once the page is resolved: `.. sectnum::` puts a number before
 * every section title, `.. contents::` lists the sections with links (each taking the next automatic id, after
 * the ids given while parsing) and makes their headings link back to the entry.
 */
import type * as D from '../document/nodes.js';
import type { IdRegistry } from '../document/ids.js';
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';

type Titled = D.DocSection | D.Operation;

function isTitled(b: D.DocBlock): b is Titled {
  return b.type === 'section' || b.type === 'operation';
}

/** Applies the first `.. sectnum::` of the page, if any; tells whether section titles were numbered. */
export function applySectionNumbers(children: D.DocBlock[]): boolean {
  const marker = findBlock(children, (b): b is D.SectnumMarker => b.type === 'sectnumMarker');
  if (!marker) return false;
  const walk = (blocks: D.DocBlock[], prefix: string[], depth: number): void => {
    let n = prefix.length ? 1 : marker.start;
    for (const b of blocks) {
      if (!isTitled(b)) continue;
      const numbers = [...prefix, String(n)];
      b.title = [{ type: 'sectnum', value: marker.prefix + numbers.join('.') + marker.suffix, position: b.position }, ...b.title];
      if (depth + 1 < marker.depth && b.type === 'section') walk(b.children, numbers, depth + 1);
      n++;
    }
  };
  walk(children, [], 0);
  return true;
}

/**
 * Fills every `.. contents::` of the page. One inside a body element (a list, a table, a directive's content) is
 * an error to docutils and left out; one with nothing to list is left out too (docutils removes the empty topic).
 */
export function fillContents(children: D.DocBlock[], ids: IdRegistry, numbered: boolean, diagnostics: DiagnosticBag): void {
  const tables: { node: D.DocContents; parent: D.DocBlock[] }[] = [];
  collectContents(children, children, tables);
  removeNested(children, diagnostics);
  for (const { node, parent } of tables) {
    const build = (blocks: D.DocBlock[], level: number): D.ContentsEntry[] => {
      const out: D.ContentsEntry[] = [];
      for (const b of blocks) {
        if (!isTitled(b)) continue;
        const refid = b.type === 'section' ? (b.ids[0] ?? '') : b.anchor;
        const entry: D.ContentsEntry = { refid, id: ids.autoId(), title: withoutLinks(b.title), children: [] };
        if (b.type === 'section' && node.backlinks !== 'none' && !hasLink(b.title)) b.backref = node.backlinks === 'entry' ? entry.id : node.id;
        if (level < node.depth && b.type === 'section') entry.children = build(b.children, level + 1);
        out.push(entry);
      }
      return out;
    };
    node.entries = build(node.local ? parent : children, 1);
    node.autoToc = numbered;
    if (!node.entries.length) parent.splice(parent.indexOf(node), 1);
  }
}

/** Takes out, with docutils' error, the contents tables that are not directly in the document or a section. */
function removeNested(blocks: D.DocBlock[], diagnostics: DiagnosticBag): void {
  const visit = (value: unknown, sectionLevel: boolean): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const b = value[i] as { type?: unknown; position?: Span } | null;
        if (!sectionLevel && b && b.type === 'contents') {
          diagnostics.report('directive-syntax', 'error', 'The "contents" directive may not be used within topics or body elements.', b.position!);
          value.splice(i, 1);
        } else visit(b, false);
      }
      return;
    }
    const node = value as { type?: unknown; children?: unknown };
    for (const [key, v] of Object.entries(node)) {
      if (key !== 'position' && v && typeof v === 'object') visit(v, key === 'children' && (node.type === 'section' || node.type === 'operation'));
    }
  };
  for (const b of blocks) visit(b, false);
}

function collectContents(blocks: D.DocBlock[], parent: D.DocBlock[], out: { node: D.DocContents; parent: D.DocBlock[] }[]): void {
  for (const b of blocks) {
    if (b.type === 'contents') out.push({ node: b, parent });
    else if (b.type === 'section' || b.type === 'operation') collectContents(b.children, b.children, out);
  }
}

function findBlock<T extends D.DocBlock>(blocks: D.DocBlock[], pred: (b: D.DocBlock) => b is T): T | undefined {
  for (const b of blocks) {
    if (pred(b)) return b;
    if (b.type === 'section') {
      const found = findBlock(b.children, pred);
      if (found) return found;
    }
  }
  return undefined;
}

/** The entry shows the title's text without its links (docutils' ContentsFilter): a link cannot hold a link. */
function withoutLinks(nodes: D.DocInline[]): D.DocInline[] {
  const out: D.DocInline[] = [];
  for (const n of nodes) {
    if (n.type === 'link' || n.type === 'unresolved') out.push(...withoutLinks(n.children));
    else if (n.type === 'footnoteRef' || n.type === 'anchor') continue;
    else out.push(n);
  }
  return out;
}

function hasLink(nodes: D.DocInline[]): boolean {
  return nodes.some((n) => n.type === 'link' || ('children' in n && Array.isArray(n.children) && hasLink(n.children as D.DocInline[])));
}
