/**
 * The search index (src/site/search-index.ts), the search page (src/site/search-page.ts) and the ranking and
 * highlighting helpers of assets/search.js, from RST source to what the page shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { renderSite } from '../../src/site/build.js';
import { MAX_ENTRY_TEXT, safeJson, type SearchIndex } from '../../src/site/search-index.js';
import { writeTree } from '../helpers/tree.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const EXAMPLE = path.resolve(here, '../../api-ref/source');

const HOSTILE = '</script><img src=x onerror=alert(1)> & line';

const TREE = {
  'api-ref/source/conf.py': "project = 'Orbit'\n",
  'api-ref/source/index.rst': [
    'Orbit',
    '=====',
    '',
    'The Orbit API manages widgets.',
    '',
    '.. toctree::',
    '',
    '   widgets',
    '',
  ].join('\n'),
  'api-ref/source/widgets.rst': [
    'Widgets',
    '=======',
    '',
    'Widgets are **small** things.',
    '',
    '.. code-block:: json',
    '',
    '   {"codeword": 1}',
    '',
    HOSTILE,
    '-'.repeat(HOSTILE.length + 4),
    '',
    'A hostile title stays text.',
    '',
    'Create a widget',
    '---------------',
    '',
    '.. rest_method:: POST /v2/{project_id}/widgets',
    '',
    'Creates one *widget*.',
    '',
    'Request',
    '~~~~~~~',
    '',
    '.. rest_parameters:: parameters.yaml',
    '',
    '   - project_id: project_id',
    '   - widget_colour: widget_colour',
    '   - project_id: project_id',
    '',
    'Long',
    '----',
    '',
    ('word '.repeat(400)).trim(),
    '',
  ].join('\n'),
  'api-ref/source/parameters.yaml': [
    'project_id:',
    '  in: path',
    '  required: true',
    '  type: string',
    '  description: The project.',
    'widget_colour:',
    '  in: body',
    '  required: false',
    '  type: string',
    '  description: A colour.',
    '',
  ].join('\n'),
};

function build(dir: string) {
  const diagnostics = new DiagnosticBag();
  const config = loadConfig({ cwd: dir, source: fs.existsSync(path.join(dir, 'api-ref')) ? undefined : dir }, diagnostics);
  const result = renderSite(config, diagnostics);
  const file = (p: string) => {
    const f = result.files.find((x) => x.path === p);
    return f ? String(f.content) : undefined;
  };
  return { result, file, diagnostics };
}

/** Evaluates `_static/searchindex.js` as a browser would, returning what it assigns. */
function evalIndex(script: string): SearchIndex {
  const window: Record<string, unknown> = {};
  vm.runInNewContext(script, { window });
  return window.APIREF_SEARCH_INDEX as SearchIndex;
}

describe('search index', () => {
  const dir = writeTree(TREE);
  const { file } = build(dir);
  const script = file('_static/searchindex.js')!;
  const index = evalIndex(script);

  it('is a script assigning window.APIREF_SEARCH_INDEX', () => {
    expect(script.startsWith('window.APIREF_SEARCH_INDEX = {')).toBe(true);
    expect(index.version).toBe(1);
  });

  it('lists every page with its title and path, in reading order', () => {
    expect(index.pages).toEqual([
      { title: 'Orbit', path: 'index.html' },
      { title: 'Widgets', path: 'widgets.html' },
    ]);
  });

  it('has one entry per section and operation: kind, page, anchor, title, text without code', () => {
    const summary = index.entries.map((e) => [e.kind, e.page, e.anchor, e.title]);
    expect(summary[0]).toEqual(['section', 0, 'orbit', 'Orbit']);
    expect(summary[1]).toEqual(['section', 1, 'widgets', 'Widgets']);
    expect(summary.find((s) => s[0] === 'operation')).toEqual(['operation', 1, 'create-a-widget', 'Create a widget']);
    expect(index.entries[0]!.text).toBe('The Orbit API manages widgets.');
    expect(index.entries[1]!.text).toBe('Widgets are small things.');
    expect(script).not.toContain('codeword');
  });

  it('gives an operation its method, URL, parameter names (once each) and the text of its subsections', () => {
    const op = index.entries.find((e) => e.kind === 'operation')!;
    expect(op).toEqual({
      page: 1,
      anchor: 'create-a-widget',
      kind: 'operation',
      title: 'Create a widget',
      method: 'POST',
      url: '/v2/{project_id}/widgets',
      params: ['project_id', 'widget_colour'],
      text: 'Creates one widget.',
    });
    // The operation's Request subsection is part of the operation, not an entry of its own.
    expect(index.entries.some((e) => e.title === 'Request')).toBe(false);
  });

  it('bounds the text of an entry, cutting at a word', () => {
    const long = index.entries.find((e) => e.title === 'Long')!;
    expect(long.text.length).toBeLessThanOrEqual(MAX_ENTRY_TEXT);
    expect(long.text.length).toBeGreaterThan(MAX_ENTRY_TEXT - 6);
    expect(long.text.endsWith('word')).toBe(true);
  });

  it('keeps a hostile title as data: escaped in the script, intact once evaluated', () => {
    const entry = index.entries.find((e) => e.title.includes('onerror'))!;
    expect(entry.title).toBe(HOSTILE);
    expect(script).not.toMatch(/<|>|\u2028|\u2029/);
    expect(script).toContain('\\u003c/script\\u003e');
  });

  it('is byte-identical across builds', () => {
    const again = build(dir).file('_static/searchindex.js');
    expect(again).toBe(script);
  });

  it('safeJson escapes line separators and markup characters', () => {
    expect(safeJson({ a: '\u2028\u2029<>&' })).toBe('{"a":"\\u2028\\u2029\\u003c\\u003e\\u0026"}');
    expect(JSON.parse(safeJson({ a: '\u2028</script>' }))).toEqual({ a: '\u2028</script>' });
  });
});

describe('search page', () => {
  const { file, diagnostics } = build(writeTree(TREE));
  const html = file('search.html')!;

  it('is written at the site root in the site chrome, with a labelled form, status, results and no-JS note', () => {
    expect(html).toContain('<title>Search — Orbit</title>');
    expect(html).toContain('href="_static/apiref.css"');
    expect(html).toMatch(/<form class="search-form"[^>]*role="search"[^>]*action="search.html"/);
    expect(html).toContain('<label for="search-input">Search for</label>');
    expect(html).toContain('<input type="search" id="search-input" name="q"');
    expect(html).toContain('id="search-results"');
    expect(html).toContain('role="status"');
    expect(html).toContain('id="search-nojs"');
    expect(html).toContain('<script src="_static/searchindex.js"></script>');
    expect(html).toContain('<script src="_static/search.js"></script>');
    // The sidebar navigation links the pages, none marked current.
    expect(html).toContain('<a href="widgets.html">Widgets</a>');
    expect(html).not.toContain('aria-current');
    expect(diagnostics.list.filter((d) => d.ruleId.startsWith('search'))).toEqual([]);
  });

  it('the search script ships with the other assets', () => {
    expect(file('_static/search.js')).toContain('APIREF_SEARCH_INDEX');
  });

  it('every page header has a search box submitting to the root search page', () => {
    expect(html).toMatch(/<form class="site-search"[^>]*action="search.html"/);
    expect(file('widgets.html')).toMatch(/<form class="site-search"[^>]*action="search.html" method="get">/);
  });

  it('the header box of a page in a subfolder points up to the root', () => {
    const built = build(EXAMPLE);
    expect(built.file('v2/index.html')).toMatch(/<form class="site-search"[^>]*action="..\/search.html"/);
    expect(built.file('search.html')).toBeDefined();
  });

  it('a project document named search.rst keeps its page, and the clash is reported', () => {
    const tree = writeTree({ ...TREE, 'api-ref/source/search.rst': 'Find\n====\n\nOwn page.\n' });
    const built = build(tree);
    expect(built.file('search.html')).toContain('Own page.');
    expect(built.file('_static/searchindex.js')).toBeDefined();
    expect(built.diagnostics.list.map((d) => d.ruleId)).toContain('search-page-shadowed');
  });
});

// ---------------------------------------------------------------------------------------------- search.js

interface Prepared { entry: { title: string; kind: string }; order: number }
interface Helpers {
  queryWords(q: string): string[];
  tokens(t: string): string[];
  prepare(index: SearchIndex): Prepared[];
  search(prepared: Prepared[], words: string[]): { item: Prepared; score: number }[];
  matchRanges(text: string, words: string[]): [number, number][];
  snippet(text: string, words: string[], size?: number): string;
  highlight(text: string, words: string[]): { text: string; mark: boolean }[];
  entryHref(pagePath: string, anchor: string): string;
  queryParam(search: string): string;
}

function loadScript(): Helpers {
  const source = fs.readFileSync(path.resolve(here, '../../assets/search.js'), 'utf8');
  const hook: { helpers?: Helpers } = {};
  const window: Record<string, unknown> = { __APIREF_SEARCH_TEST__: hook };
  window.window = window;
  vm.runInNewContext(source, window, { filename: 'search.js' });
  return hook.helpers!;
}

describe('search.js', () => {
  const h = loadScript();
  const INDEX: SearchIndex = {
    version: 1,
    pages: [{ title: 'Volumes', path: 'v3/index.html' }],
    entries: [
      { page: 0, anchor: 'volumes', kind: 'section', title: 'Volumes', text: 'A volume is a block device. Create a volume to store data.' },
      { page: 0, anchor: 'list-volumes', kind: 'operation', title: 'List volumes', method: 'GET', url: '/v3/{project_id}/volumes', params: ['project_id', 'limit'], text: 'Lists volumes.' },
      { page: 0, anchor: 'create-volume', kind: 'operation', title: 'Create a volume', method: 'POST', url: '/v3/{project_id}/volumes', params: ['project_id', 'volume_type', 'size'], text: 'Creates a volume.' },
      { page: 0, anchor: 'notes', kind: 'section', title: 'Notes', text: 'The size limit of a volume type is set by the operator.' },
    ],
  };
  const prepared = h.prepare(INDEX);
  const titles = (q: string) => h.search(prepared, h.queryWords(q)).map((r) => r.item.entry.title);

  it('query words: lower-cased, split on punctuation, snake_case kept whole, each once', () => {
    expect(h.queryWords('  Volume_Type  /v3/volumes volumes ')).toEqual(['volume_type', 'v3', 'volumes']);
    expect(h.queryWords('<>!')).toEqual([]);
    expect(h.tokens('os-volume_type')).toEqual(['os', 'volume_type', 'volume', 'type']);
  });

  it('every word must match; case-insensitive; prefix match', () => {
    expect(titles('VOLUME_TYPE')).toEqual(['Create a volume']);
    expect(titles('vol siz')).toEqual(['Create a volume', 'Notes']);
    expect(titles('volume nothing')).toEqual([]);
    expect(titles('lim')).toEqual(['List volumes', 'Notes']);
  });

  it('operation method, URL, title and parameters rank above body text', () => {
    // "size" is a parameter of Create, and only body text of Notes.
    expect(titles('size')).toEqual(['Create a volume', 'Notes']);
    expect(titles('post')).toEqual(['Create a volume']);
    expect(titles('volume')[0]).not.toBe('Notes');
    // Equal scores keep reading order.
    expect(titles('project_id')).toEqual(['List volumes', 'Create a volume']);
  });

  it('matched words are marked at word and snake_case part starts only', () => {
    expect(h.highlight('Set volume_type; a Volume revolves.', ['vol', 'type'])).toEqual([
      { text: 'Set ', mark: false },
      { text: 'vol', mark: true },
      { text: 'ume_type; a ', mark: false },
      { text: 'Vol', mark: true },
      { text: 'ume revolves.', mark: false },
    ]);
    expect(h.matchRanges('snake_type', ['type'])).toEqual([[6, 10]]);
  });

  it('a snippet is a bounded window around the first match', () => {
    const text = `${'alpha '.repeat(60)}needle ${'omega '.repeat(60)}`.trim();
    const s = h.snippet(text, ['needle'], 80);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('needle');
    expect(s.length).toBeLessThanOrEqual(82);
    expect(h.snippet('short text', ['x'], 80)).toBe('short text');
  });

  it('links are relative to the root and never start a URL scheme', () => {
    expect(h.entryHref('v3/index.html', 'list-volumes')).toBe('v3/index.html#list-volumes');
    expect(h.entryHref('index.html', '')).toBe('index.html');
    expect(h.entryHref('javascript:alert(1)', 'a b')).toBe('javascript%3Aalert(1)#a%20b');
    expect(h.entryHref('//evil.example/x.html', '')).toBe('./evil.example/x.html');
  });

  it('reads q from the query string', () => {
    expect(h.queryParam('?mv=2.1&q=list+volumes%21')).toBe('list volumes!');
    expect(h.queryParam('?q=%E0%A4%A')).toBe('%E0%A4%A');
    expect(h.queryParam('')).toBe('');
  });
});
