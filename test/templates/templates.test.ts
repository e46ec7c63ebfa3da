import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadTemplates, renderPage, rootPathFor, type PageContext } from '../../src/site/templates.js';

function ctx(over: Partial<PageContext> = {}): PageContext {
  return {
    lang: 'en',
    title: 'Volumes',
    siteTitle: 'Orbit Storage API',
    bodyHtml: '<section id="volumes"><h1>Volumes</h1></section>',
    localTocHtml: '<ul><li><a href="#volumes">Volumes</a></li></ul>',
    globalNavHtml: '<ul><li><a href="v2/index.html">v2</a></li></ul>',
    prev: null,
    next: null,
    staticPath: '_static/',
    rootPath: '',
    generator: 'apiref 0.1.0',
    ...over,
  };
}

function tmpDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-tpl-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The element with role="main" and its inner HTML (our layout writes it as a div with no nested div). */
function mainInner(html: string): string {
  const m = /<div role="main"[^>]*>([\s\S]*?)<\/div>\s*(?:<nav class="relbar"|<\/div>)/.exec(html);
  return m ? m[1]!.trim() : '';
}

describe('renderPage', () => {
  const bag = new DiagnosticBag();
  const t = loadTemplates(null, bag);

  it('writes a complete document with lang, title and assets', () => {
    const html = renderPage(t, ctx());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Volumes — Orbit Storage API</title>');
    expect(html).toContain('<link rel="stylesheet" href="_static/apiref.css">');
    expect(html).toContain('<script src="_static/apiref.js"></script>');
    expect(html).toContain('<meta name="generator" content="apiref 0.1.0">');
    expect(bag.list).toEqual([]);
  });

  it('puts only bodyHtml inside the single role="main" element', () => {
    const html = renderPage(t, ctx());
    expect(html.match(/role="main"/g)).toHaveLength(1);
    expect(mainInner(html)).toBe('<section id="volumes"><h1>Volumes</h1></section>');
  });

  it('escapes plain-text fields', () => {
    const html = renderPage(
      t,
      ctx({
        title: '<script>alert(1)</script>',
        siteTitle: 'A & B "API"',
        prev: { href: 'x.html?a=1&b=2', title: '<b>prev</b>' },
      }),
    );
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; — A &amp; B &quot;API&quot;</title>');
    expect(html).toContain('href="x.html?a&#x3D;1&amp;b&#x3D;2"');
    expect(html).toContain('&lt;b&gt;prev&lt;/b&gt;');
  });

  it('keeps trusted HTML fields as they are', () => {
    const html = renderPage(t, ctx());
    expect(html).toContain('<ul><li><a href="#volumes">Volumes</a></li></ul>');
    expect(html).toContain('<ul><li><a href="v2/index.html">v2</a></li></ul>');
  });

  it('uses relative static and root paths for a page in a subfolder', () => {
    const html = renderPage(t, ctx({ staticPath: '../_static/', rootPath: '../' }));
    expect(html).toContain('href="../_static/apiref.css"');
    expect(html).toContain('src="../_static/apiref.js"');
    expect(html).toContain('<a class="site-title" href="../index.html">');
  });

  it('renders prev/next links only when present', () => {
    expect(renderPage(t, ctx())).not.toContain('class="relbar"');
    const html = renderPage(t, ctx({ prev: { href: 'index.html', title: 'Home' }, next: { href: 'v2/index.html', title: 'v2' } }));
    expect(html).toContain('<a class="relbar-prev" href="index.html" rel="prev"><span class="relbar-dir">Previous</span> Home</a>');
    expect(html).toContain('<a class="relbar-next" href="v2/index.html" rel="next"><span class="relbar-dir">Next</span> v2</a>');
  });

  it('title without a page title is the site title alone', () => {
    expect(renderPage(t, ctx({ title: '' }))).toContain('<title>Orbit Storage API</title>');
  });
});

describe('loadTemplates overrides', () => {
  it('replaces one partial and keeps the others', () => {
    const dir = tmpDir({ 'footer.hbs': '<footer class="mine">© {{siteTitle}}</footer>' });
    const bag = new DiagnosticBag();
    const t = loadTemplates(dir, bag);
    const html = renderPage(t, ctx());
    expect(html).toContain('<footer class="mine">© Orbit Storage API</footer>');
    expect(html).not.toContain('site-footer');
    expect(html).toContain('class="site-header"');
    expect(t.sources.get('footer')).toBe(path.join(dir, 'footer.hbs'));
    expect(bag.list).toEqual([]);
  });

  it('lets a project add its own partial used by its layout override', () => {
    const dir = tmpDir({
      'header.hbs': '<header>{{> banner}}</header>',
      'banner.hbs': '<p class="banner">Beta</p>',
    });
    const html = renderPage(loadTemplates(dir, new DiagnosticBag()), ctx());
    expect(html).toContain('<header><p class="banner">Beta</p></header>');
  });

  it('reports an override that does not parse and uses the default', () => {
    const dir = tmpDir({ 'sidebar.hbs': '<nav>\n{{#if localTocHtml}}\n</nav>' });
    const bag = new DiagnosticBag();
    const html = renderPage(loadTemplates(dir, bag), ctx());
    expect(bag.list).toHaveLength(1);
    expect(bag.list[0]).toMatchObject({ ruleId: 'template-syntax', severity: 'error', file: path.join(dir, 'sidebar.hbs') });
    expect(html).toContain('<nav class="sidebar"');
  });

  it('reports an override that references a missing partial and renders with the defaults', () => {
    const dir = tmpDir({ 'footer.hbs': '{{> nope}}' });
    const bag = new DiagnosticBag();
    const html = renderPage(loadTemplates(dir, bag), ctx());
    expect(bag.list.map((d) => d.ruleId)).toEqual(['template-render']);
    expect(html).toContain('class="site-footer"');
  });

  it('reports a missing override folder and still renders', () => {
    const bag = new DiagnosticBag();
    const html = renderPage(loadTemplates('/nonexistent/apiref-templates', bag), ctx());
    expect(bag.list.map((d) => d.ruleId)).toEqual(['template-dir-not-found']);
    expect(html).toContain('role="main"');
  });
});

describe('rootPathFor', () => {
  it.each([
    ['index.html', ''],
    ['v2/index.html', '../'],
    ['a/b/c.html', '../../'],
  ])('%s → %j', (page, expected) => {
    expect(rootPathFor(page)).toBe(expected);
  });
});

describe('layout checks', () => {
  it('warns when an overriding layout drops the role="main" element', () => {
    const dir = tmpDir({ 'layout.hbs': '<!DOCTYPE html><html><body>{{{bodyHtml}}}</body></html>' });
    const bag = new DiagnosticBag();
    const html = renderPage(loadTemplates(dir, bag), ctx());
    expect(bag.list.map((d) => [d.ruleId, d.severity, d.file])).toEqual([['template-main', 'warn', path.join(dir, 'layout.hbs')]]);
    expect(html).toBe('<!DOCTYPE html><html><body><section id="volumes"><h1>Volumes</h1></section></body></html>');
  });
});
