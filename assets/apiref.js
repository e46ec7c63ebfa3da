/*
 * apiref page script: expand/collapse operations, Show All / Hide All, deep links (#id and ?expanded=),
 * and the microversion filter (?mv=). Plain ES2019, no dependencies, works from file:// too.
 * The markup it works on is the os-api-ref contract (section.detail-control / section.api-detail,
 * button.btn-detail, #expand-all, select#mv_select, rp_min_ver_X_Y / rp_max_ver_X_Y classes).
 */
(function (root) {
  'use strict';

  var doc = root.document;
  // First thing, before the body is parsed: CSS hides closed details only when the script runs.
  doc.documentElement.classList.add('js');

  // ---------------------------------------------------------------- pure helpers (tested in isolation)

  /** "2.10" → [2, 10]; anything that is not MAJOR.MINOR → null. */
  function parseVersion(text) {
    var m = /^\s*(\d+)\.(\d+)\s*$/.exec(String(text));
    return m ? [Number(m[1]), Number(m[2])] : null;
  }

  /** Numeric per component, so 2.10 > 2.9. Unparsable versions compare equal (never filter on them). */
  function compareVersions(a, b) {
    var x = parseVersion(a);
    var y = parseVersion(b);
    if (!x || !y) return 0;
    return x[0] - y[0] || x[1] - y[1];
  }

  /** Class "rp_min_ver_2_10" with prefix "rp_min_ver_" → "2.10"; anything else → null. */
  function classVersion(cls, prefix) {
    if (cls.indexOf(prefix) !== 0) return null;
    var m = /^(\d+)_(\d+)$/.exec(cls.slice(prefix.length));
    return m ? m[1] + '.' + m[2] : null;
  }

  /**
   * Whether something carrying these classes exists at microversion `version` ("" = All → always).
   * Hidden when its min version is above the chosen one or its max version below it.
   */
  function visibleAt(className, version) {
    if (!version || !parseVersion(version)) return true;
    var classes = String(className).split(/\s+/);
    for (var i = 0; i < classes.length; i++) {
      var min = classVersion(classes[i], 'rp_min_ver_');
      if (min && compareVersions(min, version) > 0) return false;
      var max = classVersion(classes[i], 'rp_max_ver_');
      if (max && compareVersions(max, version) < 0) return false;
    }
    return true;
  }

  function decode(text) {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch (e) {
      return text;
    }
  }

  /** "?a=1&b=x%20y" → [["a","1"],["b","x y"]], in order, duplicates kept. */
  function parseQuery(search) {
    var out = [];
    var s = String(search || '').replace(/^\?/, '');
    if (!s) return out;
    var parts = s.split('&');
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      var eq = parts[i].indexOf('=');
      var key = eq < 0 ? parts[i] : parts[i].slice(0, eq);
      var value = eq < 0 ? '' : parts[i].slice(eq + 1);
      out.push([decode(key), decode(value)]);
    }
    return out;
  }

  /** The page state carried in the address: ?expanded=id1,id2 (os-api-ref's) and ?mv=2.5 (ours). */
  function readState(search) {
    var state = { expanded: [], mv: '' };
    var pairs = parseQuery(search);
    for (var i = 0; i < pairs.length; i++) {
      if (pairs[i][0] === 'expanded') {
        var ids = pairs[i][1].split(',');
        for (var j = 0; j < ids.length; j++) {
          var id = ids[j].trim();
          if (id && state.expanded.indexOf(id) < 0) state.expanded.push(id);
        }
      } else if (pairs[i][0] === 'mv') {
        state.mv = pairs[i][1].trim();
      }
    }
    return state;
  }

  /**
   * `search` with the keys of `updates` set (empty value → removed), every other parameter kept as written.
   * Commas stay readable in the expanded list, as os-api-ref writes them.
   */
  function withParams(search, updates) {
    var s = String(search || '').replace(/^\?/, '');
    var kept = [];
    var parts = s ? s.split('&') : [];
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      var eq = parts[i].indexOf('=');
      var key = decode(eq < 0 ? parts[i] : parts[i].slice(0, eq));
      if (!Object.prototype.hasOwnProperty.call(updates, key)) kept.push(parts[i]);
    }
    var keys = Object.keys(updates);
    for (var k = 0; k < keys.length; k++) {
      var value = updates[keys[k]];
      if (value === '' || value === null || value === undefined) continue;
      var encoded = String(value).split(',').map(encodeURIComponent).join(',');
      kept.push(encodeURIComponent(keys[k]) + '=' + encoded);
    }
    return kept.length ? '?' + kept.join('&') : '';
  }

  /** "list-volumes-detail" or "list-volumes" → "list-volumes" (the operation's section id). */
  function operationIdOf(id) {
    return /-detail$/.test(id) ? id.slice(0, -'-detail'.length) : id;
  }

  var helpers = {
    parseVersion: parseVersion,
    compareVersions: compareVersions,
    classVersion: classVersion,
    visibleAt: visibleAt,
    parseQuery: parseQuery,
    readState: readState,
    withParams: withParams,
    operationIdOf: operationIdOf,
  };

  // Tests evaluate this file in a bare context and only want the helpers.
  if (root.__APIREF_TEST__) {
    root.__APIREF_TEST__.helpers = helpers;
    return;
  }

  // ---------------------------------------------------------------- page behaviour

  var ops = []; // { id, detailId, button, control, detail, open, filtered }
  var expandAllButtons = [];
  var selects = [];
  var currentMv = '';

  function targetOf(button) {
    var sel = button.getAttribute('data-bs-target') || button.getAttribute('data-target') || '';
    if (sel.charAt(0) === '#') return sel.slice(1);
    return button.getAttribute('aria-controls') || '';
  }

  function collectOperations() {
    var buttons = doc.querySelectorAll('button.btn-detail');
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      var detailId = targetOf(button);
      var control = button.closest('.detail-control');
      var detail = detailId ? doc.getElementById(detailId) : null;
      if (!detail && control) detail = control.nextElementSibling;
      if (!detail || !detail.classList.contains('api-detail')) continue;
      ops.push({
        id: control && control.id ? control.id : operationIdOf(detailId),
        detailId: detail.id,
        button: button,
        control: control,
        detail: detail,
        open: detail.classList.contains('show'),
        filtered: false,
      });
    }
  }

  function setOpen(op, open) {
    op.open = open;
    op.detail.classList.toggle('show', open);
    op.button.textContent = open ? 'close' : 'detail';
    op.button.setAttribute('aria-expanded', open ? 'true' : 'false');
    var label = op.button.getAttribute('aria-label');
    if (label) {
      op.button.setAttribute('aria-label', label.replace(open ? /^detail/ : /^close/, open ? 'close' : 'detail'));
    }
  }

  function findOp(pred) {
    for (var i = 0; i < ops.length; i++) if (pred(ops[i])) return ops[i];
    return null;
  }

  /** The operation an element belongs to: its row, its detail, or the label span just before the row. */
  function operationFor(el) {
    var detail = el.closest('.api-detail');
    if (detail) return findOp(function (op) { return op.detail === detail; });
    var control = el.closest('.detail-control');
    if (control) return findOp(function (op) { return op.control === control; });
    var next = el.nextElementSibling;
    if (next && next.classList.contains('detail-control')) {
      return findOp(function (op) { return op.control === next; });
    }
    return null;
  }

  function shownOps() {
    return ops.filter(function (op) { return !op.filtered; });
  }

  function allOpen() {
    var shown = shownOps();
    return shown.length > 0 && shown.every(function (op) { return op.open; });
  }

  function syncExpandAll() {
    var all = allOpen();
    for (var i = 0; i < expandAllButtons.length; i++) {
      expandAllButtons[i].textContent = all ? 'Hide All' : 'Show All';
      expandAllButtons[i].setAttribute('aria-expanded', all ? 'true' : 'false');
    }
  }

  /**
   * Address = page state, replaced in place: a click never adds a history entry. A hash that points into a
   * closed operation is dropped, since reloading the address would open it again.
   */
  function syncUrl(hash) {
    if (!root.history || typeof root.history.replaceState !== 'function') return;
    var expanded = ops
      .filter(function (op) { return op.open; })
      .map(function (op) { return op.detailId; })
      .join(',');
    var loc = root.location;
    var search = withParams(loc.search, { expanded: expanded, mv: currentMv });
    var h = hash === undefined ? loc.hash : hash;
    var hashEl = h.length > 1 ? doc.getElementById(decode(h.slice(1))) : null;
    var hashOp = hashEl ? operationFor(hashEl) : null;
    if (hashOp && !hashOp.open) h = '';
    if (search === loc.search && h === loc.hash) return;
    try {
      root.history.replaceState(root.history.state, '', loc.pathname + search + h);
    } catch (e) {
      // Some browsers refuse replaceState on file:// pages; the page still works, only the address stays.
    }
  }

  function currentHashId() {
    return root.location.hash ? decode(root.location.hash.slice(1)) : '';
  }

  function applyFilter(version) {
    currentMv = version && parseVersion(version) ? version : '';
    var marked = doc.querySelectorAll('[class*="rp_min_ver_"], [class*="rp_max_ver_"]');
    for (var i = 0; i < marked.length; i++) {
      var el = marked[i];
      var shown = visibleAt(el.className, currentMv);
      var op = el.classList.contains('operation-grp') ? operationFor(el) : null;
      if (op) {
        op.filtered = !shown;
        if (op.control) op.control.hidden = !shown;
        op.detail.hidden = !shown;
      } else {
        el.hidden = !shown;
      }
    }
    for (var j = 0; j < selects.length; j++) {
      if (selects[j].value !== currentMv) selects[j].value = currentMv;
    }
    syncExpandAll();
  }

  /** Opens the operation holding element `id` (if any) and scrolls it into view. Returns whether it did. */
  function reveal(id) {
    var el = id ? doc.getElementById(id) : null;
    if (!el) return false;
    var op = operationFor(el);
    if (!op) return false;
    if (op.filtered) applyFilter(''); // a deep link beats the filter: show what was asked for
    setOpen(op, true);
    syncExpandAll();
    var into = el === op.detail || el.closest('.detail-control') || !op.detail.contains(el) ? op.control || el : el;
    if (typeof into.scrollIntoView === 'function') into.scrollIntoView();
    return true;
  }

  function onDetailClick(op) {
    var open = !op.open;
    setOpen(op, open);
    syncExpandAll();
    // An opened operation becomes the address's target, so copying the address shares it.
    syncUrl(open ? '#' + encodeURIComponent(op.id) : undefined);
  }

  function onExpandAll() {
    var open = !allOpen();
    shownOps().forEach(function (op) { setOpen(op, open); });
    syncExpandAll();
    syncUrl();
  }

  function init() {
    collectOperations();
    ops.forEach(function (op) {
      setOpen(op, op.open);
      op.button.addEventListener('click', function (e) {
        e.preventDefault();
        onDetailClick(op);
      });
    });

    var buttons = doc.querySelectorAll('#expand-all, .btn-expand-all');
    for (var i = 0; i < buttons.length; i++) {
      if (expandAllButtons.indexOf(buttons[i]) >= 0) continue;
      expandAllButtons.push(buttons[i]);
      buttons[i].addEventListener('click', function (e) {
        e.preventDefault();
        onExpandAll();
      });
    }

    var found = doc.querySelectorAll('select#mv_select');
    for (var s = 0; s < found.length; s++) {
      selects.push(found[s]);
      found[s].addEventListener('change', function (e) {
        applyFilter(e.target.value);
        syncUrl();
      });
    }

    var state = readState(root.location.search);
    if (state.mv && selects.length) {
      var known = selects[0].querySelector('option[value="' + state.mv.replace(/["\\]/g, '') + '"]');
      if (known) applyFilter(state.mv);
    }
    state.expanded.forEach(function (id) {
      var op = findOp(function (o) { return o.detailId === id || o.id === operationIdOf(id); });
      if (op && !op.filtered) setOpen(op, true);
    });
    reveal(currentHashId());
    syncExpandAll();

    root.addEventListener('hashchange', function () {
      if (reveal(currentHashId())) syncUrl();
    });
  }

  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})(window);
