/**
 * The script the preview server adds to the pages it serves (never to a built site): it listens to the
 * server's events, reloads the page when its page was rebuilt, and shows the page's findings in an overlay
 * the author can dismiss (dismissed until the findings change).
 */

export const LIVE_SCRIPT_PATH = '/_apiref/live.js';
export const EVENTS_PATH = '/_apiref/events';
export const STATE_PATH = '/_apiref/state';

/** The tag injected before `</body>` of every served page. */
export function liveScriptTag(pagePath: string, generation: number): string {
  return `<script src="${LIVE_SCRIPT_PATH}" data-page="${escapeAttr(pagePath)}" data-generation="${generation}" defer></script>`;
}

/** Adds the live script to one page's HTML. */
export function injectLiveScript(html: string, pagePath: string, generation: number): string {
  const tag = liveScriptTag(pagePath, generation);
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + tag : html.slice(0, at) + tag + html.slice(at);
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export const LIVE_SCRIPT = `(function () {
  'use strict';
  var me = document.currentScript;
  var page = me.getAttribute('data-page');
  var generation = Number(me.getAttribute('data-generation'));
  var box = null;

  function key(list) {
    return list.map(function (d) { return d.severity + d.file + d.line + d.message; }).join('\\n');
  }

  function show(list) {
    if (box) { box.remove(); box = null; }
    var serious = list.filter(function (d) { return d.severity === 'error' || d.severity === 'warn'; });
    if (!serious.length) return;
    serious.sort(function (a, b) { return (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1); });
    var k = key(serious);
    try { if (sessionStorage.getItem('apiref-dismissed:' + page) === k) return; } catch (e) {}
    var errors = serious.filter(function (d) { return d.severity === 'error'; }).length;
    box = document.createElement('div');
    box.id = 'apiref-live-overlay';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'apiref build findings');
    box.style.cssText = 'position:fixed;right:1rem;bottom:1rem;max-width:40rem;max-height:50vh;overflow:auto;' +
      'background:#fff;color:#111;border:2px solid ' + (errors ? '#b00' : '#b80') + ';border-radius:6px;padding:.75rem 1rem;z-index:2147483647;' +
      'font:13px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.25)';
    var head = document.createElement('div');
    head.style.cssText = 'display:flex;justify-content:space-between;gap:1rem;font-weight:bold;margin-bottom:.5rem';
    var title = document.createElement('span');
    title.textContent = 'apiref: ' + errors + ' errors, ' + (serious.length - errors) + ' warnings on this page';
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    close.addEventListener('click', function () {
      try { sessionStorage.setItem('apiref-dismissed:' + page, k); } catch (e) {}
      box.remove(); box = null;
    });
    // Warnings alone start folded (a big tree has hundreds); errors open the list at once.
    var toggle = document.createElement('button');
    toggle.type = 'button';
    var ul = document.createElement('ul');
    ul.style.cssText = 'margin:0;padding-left:1.2rem';
    function fold(open) {
      ul.hidden = !open;
      toggle.textContent = open ? 'Hide list' : 'Show list';
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () { fold(ul.hidden); });
    fold(errors > 0);
    var buttons = document.createElement('span');
    buttons.style.cssText = 'display:flex;gap:.5rem';
    buttons.appendChild(toggle); buttons.appendChild(close);
    head.appendChild(title); head.appendChild(buttons); box.appendChild(head);
    serious.slice(0, 100).forEach(function (d) {
      var li = document.createElement('li');
      li.textContent = d.severity + ' ' + d.where + ':' + d.line + ':' + d.column + ' ' + d.message + ' (' + d.ruleId + ')';
      if (d.severity === 'error') li.style.color = '#a00';
      ul.appendChild(li);
    });
    if (serious.length > 100) { var more = document.createElement('li'); more.textContent = '… ' + (serious.length - 100) + ' more'; ul.appendChild(more); }
    box.appendChild(ul);
    document.body.appendChild(box);
  }

  function refresh() {
    fetch('${STATE_PATH}?page=' + encodeURIComponent(page), { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.madeAt > generation) { location.reload(); return; }
        show(s.diagnostics);
      })
      .catch(function () {});
  }

  var source = new EventSource('${EVENTS_PATH}');
  source.addEventListener('rebuild', function (e) {
    var data = JSON.parse(e.data);
    if (data.rendered.indexOf(page) >= 0 || data.kind === 'full') { location.reload(); return; }
    refresh();
  });
  source.addEventListener('findings', refresh);
  source.addEventListener('open', refresh);
  window.__apirefLive = { source: source };
})();
`;
