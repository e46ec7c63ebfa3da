/*
 * apiref search page: searches window.APIREF_SEARCH_INDEX (written by _static/searchindex.js, see
 * src/site/search-index.ts) for the words of ?q= and lists the matches. Plain ES2019, no dependencies, works from
 * file:// too. Every word must match (case-insensitive; a word matches any word it begins, and the parts of
 * snake_case names); operation method, URL and title and parameter names weigh more than body text.
 * Index text is only ever put in the page as text nodes, never as HTML.
 */
(function (root) {
  'use strict';

  var MAX_RESULTS = 100;
  var MAX_WORDS = 12;
  var SNIPPET = 180;
  var WORD = /[\p{L}\p{N}_]+/gu;

  // ---------------------------------------------------------------- pure helpers (tested in isolation)

  /** Lower-cased words of a text, in order, each once. */
  function queryWords(text) {
    var found = String(text || '').toLowerCase().match(WORD) || [];
    var out = [];
    for (var i = 0; i < found.length && out.length < MAX_WORDS; i++) {
      if (out.indexOf(found[i]) < 0) out.push(found[i]);
    }
    return out;
  }

  /** Tokens a field can be found by: its words, and the parts of snake_case words ("volume_type" → "type"). */
  function tokens(text) {
    var words = String(text || '').toLowerCase().match(WORD) || [];
    var out = [];
    for (var i = 0; i < words.length; i++) {
      out.push(words[i]);
      if (words[i].indexOf('_') >= 0) {
        var parts = words[i].split('_');
        for (var j = 0; j < parts.length; j++) if (parts[j]) out.push(parts[j]);
      }
    }
    return out;
  }

  /** 2 when a token is the word, 1 when a token begins with it, 0 otherwise. */
  function matchLevel(toks, word) {
    var level = 0;
    for (var i = 0; i < toks.length; i++) {
      if (toks[i] === word) return 2;
      if (level === 0 && toks[i].indexOf(word) === 0) level = 1;
    }
    return level;
  }

  // Weight of a whole-word match and of a prefix match, per field.
  var FIELDS = [
    ['method', 12, 8],
    ['title', 10, 7],
    ['url', 9, 6],
    ['params', 9, 6],
    ['text', 2, 1],
    ['pageTitle', 2, 1],
  ];
  var SECTION_TITLE = [6, 4];

  /** The index's entries with their tokens, made once. */
  function prepare(index) {
    var pages = (index && index.pages) || [];
    var entries = (index && index.entries) || [];
    var out = [];
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var page = pages[e.page] || { title: '', path: '' };
      out.push({
        entry: e,
        page: page,
        order: i,
        toks: {
          method: tokens(e.method),
          title: tokens(e.title),
          url: tokens(e.url),
          params: tokens((e.params || []).join(' ')),
          text: tokens(e.text),
          pageTitle: tokens(page.title),
        },
      });
    }
    return out;
  }

  /** Score of one prepared entry for the words (0: some word does not match). */
  function score(item, words) {
    if (!words.length) return 0;
    var total = item.entry.kind === 'operation' ? 1 : 0;
    for (var w = 0; w < words.length; w++) {
      var best = 0;
      for (var f = 0; f < FIELDS.length; f++) {
        var level = matchLevel(item.toks[FIELDS[f][0]], words[w]);
        if (!level) continue;
        var sectionTitle = FIELDS[f][0] === 'title' && item.entry.kind !== 'operation';
        var s = sectionTitle ? SECTION_TITLE[2 - level] : FIELDS[f][level === 2 ? 1 : 2];
        if (s > best) best = s;
      }
      if (!best) return 0;
      total += best;
    }
    return total;
  }

  /** Matching entries, best first; equal scores keep the index's (reading) order. */
  function search(prepared, words) {
    var hits = [];
    for (var i = 0; i < prepared.length; i++) {
      var s = score(prepared[i], words);
      if (s > 0) hits.push({ item: prepared[i], score: s });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.item.order - b.item.order; });
    return hits;
  }

  /**
   * Where in `text` the words match: [start, end) ranges at word (or snake_case part) starts, in order, not
   * overlapping. Compared case-insensitively piece by piece, so offsets stay those of the original text.
   */
  function matchRanges(text, words) {
    var ranges = [];
    var s = String(text || '');
    var re = new RegExp(WORD.source, 'gu');
    var m;
    while ((m = re.exec(s)) !== null) {
      var token = m[0];
      var starts = [0];
      for (var k = 0; k < token.length; k++) if (token.charAt(k) === '_' && k + 1 < token.length) starts.push(k + 1);
      var best = null;
      for (var p = 0; p < starts.length && !best; p++) {
        for (var w = 0; w < words.length; w++) {
          var piece = token.slice(starts[p], starts[p] + words[w].length);
          if (piece.length === words[w].length && piece.toLowerCase() === words[w]) {
            if (!best || words[w].length > best[1] - best[0]) best = [m.index + starts[p], m.index + starts[p] + words[w].length];
          }
        }
      }
      if (best) ranges.push(best);
    }
    return ranges;
  }

  /** A window of at most `size` characters of `text` around its first match, with "…" where it was cut. */
  function snippet(text, words, size) {
    var s = String(text || '');
    size = size || SNIPPET;
    if (s.length <= size) return s;
    var ranges = matchRanges(s, words);
    var start = ranges.length ? Math.max(0, ranges[0][0] - Math.floor(size / 3)) : 0;
    if (start > 0) {
      var space = s.indexOf(' ', start);
      if (space >= 0 && space < (ranges.length ? ranges[0][0] : s.length)) start = space + 1;
    }
    var end = Math.min(s.length, start + size);
    if (end < s.length) {
      var cut = s.lastIndexOf(' ', end);
      if (cut > start) end = cut;
    }
    return (start > 0 ? '…' : '') + s.slice(start, end) + (end < s.length ? '…' : '');
  }

  /** Text → [{text, mark}] pieces, the matched parts marked. */
  function highlight(text, words) {
    var s = String(text || '');
    var ranges = matchRanges(s, words);
    var out = [];
    var at = 0;
    for (var i = 0; i < ranges.length; i++) {
      if (ranges[i][0] > at) out.push({ text: s.slice(at, ranges[i][0]), mark: false });
      out.push({ text: s.slice(ranges[i][0], ranges[i][1]), mark: true });
      at = ranges[i][1];
    }
    if (at < s.length) out.push({ text: s.slice(at), mark: false });
    return out;
  }

  /**
   * The link to an entry from the site root. Page paths come from the build (`v2/index.html`); encoding each
   * segment keeps a ":" from ever starting a URL scheme, and a leading "/" (or "//host") is made relative.
   */
  function entryHref(pagePath, anchor) {
    var p = String(pagePath || '').split('/').map(encodeURIComponent).join('/');
    if (p.charAt(0) === '/') p = './' + p.replace(/^\/+/, '');
    return p + (anchor ? '#' + encodeURIComponent(anchor) : '');
  }

  /** The `q` parameter of a query string ('' when absent). */
  function queryParam(searchString) {
    var s = String(searchString || '').replace(/^\?/, '');
    var parts = s ? s.split('&') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if ((eq < 0 ? parts[i] : parts[i].slice(0, eq)) !== 'q') continue;
      var value = eq < 0 ? '' : parts[i].slice(eq + 1).replace(/\+/g, ' ');
      try {
        return decodeURIComponent(value);
      } catch (e) {
        return value;
      }
    }
    return '';
  }

  var helpers = {
    queryWords: queryWords,
    tokens: tokens,
    prepare: prepare,
    score: score,
    search: search,
    matchRanges: matchRanges,
    snippet: snippet,
    highlight: highlight,
    entryHref: entryHref,
    queryParam: queryParam,
  };

  // Tests evaluate this file in a bare context and only want the helpers.
  if (root.__APIREF_SEARCH_TEST__) {
    root.__APIREF_SEARCH_TEST__.helpers = helpers;
    return;
  }

  // ---------------------------------------------------------------- page behaviour

  var doc = root.document;
  var prepared = null;
  var baseTitle = '';

  function el(tag, className, text) {
    var e = doc.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function appendHighlighted(parent, text, words) {
    var pieces = highlight(text, words);
    for (var i = 0; i < pieces.length; i++) {
      parent.appendChild(pieces[i].mark ? el('mark', '', pieces[i].text) : doc.createTextNode(pieces[i].text));
    }
  }

  function resultItem(hit, words) {
    var e = hit.item.entry;
    var li = el('li', 'search-result search-result-' + (e.kind === 'operation' ? 'operation' : 'section'));
    var a = el('a', 'search-result-link');
    a.href = entryHref(hit.item.page.path, e.anchor);
    if (e.kind === 'operation' && e.method) {
      var badge = el('span', 'badge label-' + String(e.method).replace(/[^A-Za-z]/g, ''), e.method);
      a.appendChild(badge);
      a.appendChild(doc.createTextNode(' '));
    }
    appendHighlighted(a, e.title || e.url || hit.item.page.title, words);
    var head = el('p', 'search-result-title');
    head.appendChild(a);
    li.appendChild(head);
    if (e.kind === 'operation' && e.url) {
      var url = el('p', 'search-result-url');
      var code = el('code');
      appendHighlighted(code, e.url, words);
      url.appendChild(code);
      li.appendChild(url);
    }
    var where = el('p', 'search-result-page');
    where.appendChild(doc.createTextNode('in '));
    where.appendChild(doc.createTextNode(hit.item.page.title || hit.item.page.path));
    li.appendChild(where);
    var text = snippet(e.text, words);
    var paramHits = (e.params || []).filter(function (n) { return matchRanges(n, words).length > 0; });
    if (paramHits.length) {
      var params = el('p', 'search-result-params');
      params.appendChild(doc.createTextNode('Parameters: '));
      paramHits.slice(0, 8).forEach(function (n, i) {
        if (i) params.appendChild(doc.createTextNode(', '));
        var c = el('code');
        appendHighlighted(c, n, words);
        params.appendChild(c);
      });
      li.appendChild(params);
    }
    if (text) {
      var p = el('p', 'search-result-snippet');
      appendHighlighted(p, text, words);
      li.appendChild(p);
    }
    return li;
  }

  function run(query) {
    var status = doc.getElementById('search-status');
    var list = doc.getElementById('search-results');
    if (!status || !list) return;
    while (list.firstChild) list.removeChild(list.firstChild);
    var words = queryWords(query);
    doc.title = query.trim() ? 'Search: ' + query.trim() + ' — ' + baseTitle : 'Search — ' + baseTitle;
    if (!prepared) {
      status.textContent = 'The search index could not be loaded (_static/searchindex.js).';
      return;
    }
    if (!words.length) {
      status.textContent = query.trim() ? 'Type letters or digits to search.' : 'Type one or more words to search.';
      return;
    }
    var hits = search(prepared, words);
    var shown = hits.slice(0, MAX_RESULTS);
    for (var i = 0; i < shown.length; i++) list.appendChild(resultItem(shown[i], words));
    var q = '“' + query.trim() + '”';
    status.textContent = !hits.length
      ? 'No results for ' + q + '.'
      : (hits.length === 1 ? '1 result' : hits.length + ' results') + ' for ' + q +
        (hits.length > shown.length ? ', the first ' + shown.length + ' shown.' : '.');
  }

  function syncAddress(query) {
    if (!root.history || typeof root.history.replaceState !== 'function') return;
    var search = query ? '?q=' + encodeURIComponent(query).replace(/%20/g, '+') : '';
    if (search === root.location.search) return;
    try {
      root.history.replaceState(root.history.state, '', root.location.pathname + search);
    } catch (e) {
      // file:// in some browsers: the results still show, only the address stays.
    }
  }

  function init() {
    var nojs = doc.getElementById('search-nojs');
    if (nojs) nojs.hidden = true;
    // The chrome's title is "Search — Site"; results put the query in front of the site's name.
    baseTitle = doc.title.indexOf('Search — ') === 0 ? doc.title.slice('Search — '.length) : doc.title;
    prepared = root.APIREF_SEARCH_INDEX ? prepare(root.APIREF_SEARCH_INDEX) : null;
    var input = doc.getElementById('search-input');
    var form = doc.getElementById('search-form');
    var query = queryParam(root.location.search);
    var inputs = doc.querySelectorAll('input[name="q"]');
    for (var i = 0; i < inputs.length; i++) inputs[i].value = query;
    run(query);
    if (input) {
      input.addEventListener('input', function () {
        run(input.value);
        syncAddress(input.value.trim());
      });
    }
    if (form && input) {
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        run(input.value);
        syncAddress(input.value.trim());
      });
    }
  }

  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})(window);
