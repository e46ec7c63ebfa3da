/**
 * The site's search page: `search.html` at the root (where Sphinx's `:ref:`search`` points), in the site's own
 * chrome, plus the index it searches (`_static/searchindex.js`). The page is a form, a status line and an empty
 * results list; assets/search.js fills the list from the index. Without JavaScript the page says so.
 */
import { relativeHref, type Site } from '../resolve/site.js';
import { fileSpan, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Templates } from './templates.js';
import { renderRootPage } from './root-page.js';
import { buildSearchIndex, searchIndexScript } from './search-index.js';
import type { OutputFile } from './write.js';

export const SEARCH_PAGE = 'search.html';
export const SEARCH_INDEX = '_static/searchindex.js';

/**
 * The content of the page (inside role="main"): fixed markup but for the link to the start page. The scripts
 * come last so the elements they fill already exist.
 */
export function searchBody(startHref: string): string {
  return `<section class="search-page">
<h1>Search</h1>
<p class="search-nojs" id="search-nojs">Searching needs JavaScript. Without it, browse the reference from its <a href="${escapeAttr(startHref)}">start page</a>.</p>
<form class="search-form" id="search-form" role="search" aria-label="Search this reference" action="${SEARCH_PAGE}" method="get">
<label for="search-input">Search for</label>
<input type="search" id="search-input" name="q" autocomplete="off" spellcheck="false">
<button type="submit" class="btn btn-info">Search</button>
</form>
<p class="search-hint">All words must match; a word also matches longer words it begins (<code>vol</code> finds <code>volume</code>). Operations, URLs and parameter names come first.</p>
<p class="search-status" id="search-status" role="status" aria-live="polite"></p>
<ol class="search-results" id="search-results"></ol>
<script src="_static/searchindex.js"></script>
<script src="_static/search.js"></script>
</section>`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The complete HTML of search.html. */
export function renderSearchPage(site: Site, templates: Templates): string {
  return renderRootPage(site, templates, 'Search', searchBody(relativeHref('', site.config.masterDoc)));
}

/**
 * search.html and its index, ready to write. A project document that is itself `search.rst` keeps its page
 * (reported once); the index is written either way.
 */
export function searchFiles(site: Site, templates: Templates, diagnostics?: DiagnosticBag): OutputFile[] {
  const files: OutputFile[] = [{ path: SEARCH_INDEX, content: searchIndexScript(buildSearchIndex(site.pages)) }];
  const clash = site.pages.find((p) => p.path === SEARCH_PAGE);
  if (clash) {
    diagnostics?.report('search-page-shadowed', 'warn', `The document ${clash.docname} is written as ${SEARCH_PAGE}, so the site has no search page.`, fileSpan(clash.file));
  } else {
    files.push({ path: SEARCH_PAGE, content: renderSearchPage(site, templates) });
  }
  return files;
}
