/**
 * The search index of a site: what `search.html` (assets/search.js) searches. Built from the resolved pages,
 * written as `_static/searchindex.js`, a script assigning `window.APIREF_SEARCH_INDEX`, so the search page works
 * from file:// too (no fetch). One entry per section and per operation; an operation carries its method, URL and
 * parameter names, which the search weighs above body text. The text of an entry is bounded, so the index stays
 * small on big trees. Output depends on the pages only: two builds give the same bytes.
 */
import type * as D from '../document/nodes.js';
import { plainText } from '../resolve/text.js';

/** Characters of body text kept per entry (cut at a word boundary). */
export const MAX_ENTRY_TEXT = 500;

export interface SearchPage {
  title: string;
  /** Output path relative to the site root (`v3/index.html`). */
  path: string;
}

export interface SearchEntry {
  /** Index into `pages`. */
  page: number;
  /** The section's or operation's id on its page ('' when it has none: link the page itself). */
  anchor: string;
  kind: 'section' | 'operation';
  title: string;
  method?: string;
  url?: string;
  /** Parameter names of the entry's parameter tables, first occurrence order, no duplicates. */
  params?: string[];
  /** Plain text of the entry's paragraphs (titles of nested sections and code excluded), bounded. */
  text: string;
}

export interface SearchIndex {
  version: 1;
  pages: SearchPage[];
  entries: SearchEntry[];
}

export function buildSearchIndex(pages: readonly D.Page[]): SearchIndex {
  const index: SearchIndex = { version: 1, pages: [], entries: [] };
  pages.forEach((page, i) => {
    index.pages.push({ title: clean(page.title), path: page.path });
    collectEntries(page.children, i, index.entries);
  });
  return index;
}

/** The index as a classic script: `window.APIREF_SEARCH_INDEX = {...};`. */
export function searchIndexScript(index: SearchIndex): string {
  return `window.APIREF_SEARCH_INDEX = ${safeJson(index)};\n`;
}

/**
 * JSON that is also safe JavaScript source anywhere: U+2028/U+2029 are line terminators in older engines'
 * string literals, and `<` is escaped so the text could even be inlined in a page without closing a script.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ------------------------------------------------------------------------------------------------ collect

function collectEntries(blocks: readonly D.DocBlock[], page: number, out: SearchEntry[]): void {
  for (const b of blocks) {
    if (b.type === 'operation') {
      out.push(operationEntry(b, page));
    } else if (b.type === 'section') {
      out.push(sectionEntry(b, page));
      // The section's own entry is pushed before its subsections', so entries follow reading order.
      collectEntries(b.children, page, out);
    } else {
      // Sections only sit at block level or in other sections; nothing else holds one worth indexing.
    }
  }
}

function operationEntry(op: D.Operation, page: number): SearchEntry {
  const text = new TextCollector(MAX_ENTRY_TEXT);
  const params = new ParamCollector();
  // Everything under an operation belongs to it, its Request/Response subsections included.
  walk(op.children, text, params, true);
  const title = clean(plainText(op.title)) || `${op.method} ${op.url}`;
  const names = params.names.length ? { params: params.names } : {};
  return { page, anchor: op.anchor, kind: 'operation', title, method: op.method, url: op.url, ...names, text: text.result() };
}

function sectionEntry(section: D.DocSection, page: number): SearchEntry {
  const text = new TextCollector(MAX_ENTRY_TEXT);
  const params = new ParamCollector();
  // Nested sections and operations have entries of their own.
  walk(section.children, text, params, false);
  const names = params.names.length ? { params: params.names } : {};
  return { page, anchor: section.ids[0] ?? '', kind: 'section', title: clean(plainText(section.title)), ...names, text: text.result() };
}

/** Gathers paragraph-like text and parameter names; `deep`: descend into sections and operations too. */
type Walkable = D.DocBlock | D.DocListItem | D.DocDefinitionListItem | D.DocField | D.DocLine;

function walk(blocks: readonly Walkable[], text: TextCollector, params: ParamCollector, deep: boolean): void {
  for (const b of blocks) {
    switch (b.type) {
      case 'section':
      case 'operation':
        if (deep) walk(b.children, text, params, deep);
        break;
      case 'paragraph':
      case 'rubric':
      case 'line':
        text.add(plainText(b.children));
        break;
      case 'parameterTable':
        for (const row of b.rows) params.add(row.name);
        break;
      case 'admonition':
        text.add(plainText(b.title));
        walk(b.children, text, params, deep);
        break;
      case 'definitionListItem':
        text.add(plainText(b.term));
        walk(b.children, text, params, deep);
        break;
      case 'field':
        text.add(plainText(b.name));
        walk(b.children, text, params, deep);
        break;
      case 'table':
        for (const row of [...b.head, ...b.body]) for (const cell of row.cells) walk(cell.children, text, params, deep);
        break;
      case 'lineBlock':
        walk(b.children, text, params, deep);
        break;
      case 'versionModified':
      case 'bulletList':
      case 'enumeratedList':
      case 'listItem':
      case 'definitionList':
      case 'fieldList':
      case 'blockQuote':
      case 'footnote':
        walk(b.children, text, params, deep);
        break;
      default:
        // Code, samples, status tables, toctrees, raw HTML: not prose worth matching.
        break;
    }
  }
}

/** Whitespace collapsed, ends trimmed. */
function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Collects text up to a budget without ever building more than it keeps. */
class TextCollector {
  private parts: string[] = [];
  private length = 0;
  full = false;

  constructor(private readonly limit: number) {}

  add(raw: string): void {
    if (this.full) return;
    const s = clean(raw.length > this.limit * 2 ? raw.slice(0, this.limit * 2) : raw);
    if (!s) return;
    const room = this.limit - this.length - (this.parts.length ? 1 : 0);
    if (s.length <= room) {
      this.parts.push(s);
      this.length += s.length + (this.parts.length > 1 ? 1 : 0);
      return;
    }
    this.full = true;
    if (room <= 0) return;
    const cut = s.slice(0, room + 1);
    const space = cut.lastIndexOf(' ');
    const kept = (space > 0 ? cut.slice(0, space) : s.slice(0, room)).trim();
    if (kept) this.parts.push(kept);
  }

  result(): string {
    return this.parts.join(' ');
  }
}

class ParamCollector {
  readonly names: string[] = [];
  private seen = new Set<string>();

  add(name: string): void {
    const n = clean(name);
    if (!n || this.seen.has(n)) return;
    this.seen.add(n);
    this.names.push(n);
  }
}
