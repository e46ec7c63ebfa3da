/**
 * The search page in a real Chromium: typing a parameter name or an operation title finds the operation, the
 * result link opens it on its page, ?q= is read, the header box leads there, hostile titles stay text, axe finds
 * nothing serious; and `apiref serve`'s preview serves the same search page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { EXAMPLE_SOURCE, HAS_CHROMIUM, REPO, launch, serveBuilt, type StaticSite } from './browser.js';
import { writeTree } from '../helpers/tree.js';
import { PreviewSite } from '../../src/serve/preview-site.js';
import { createPreviewServer, type PreviewServer } from '../../src/serve/server.js';
import type { AddressInfo } from 'node:net';

const AXE = path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * As test/browser/accessibility-validity.test.ts configures it, for the page as Chromium serializes it after the
 * script ran (which writes boolean attributes as `hidden=""`, a style matter of the serializer).
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'prefer-native-element': 'off', 'no-raw-characters': 'off', 'attribute-boolean-style': 'off' },
});

/** The results as shown: link text, href, page line, snippet. */
async function results(page: Page): Promise<{ title: string; href: string; page: string }[]> {
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      title: (li.querySelector('a')?.textContent ?? '').trim(),
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      page: li.querySelector('.search-result-page')?.textContent ?? '',
    })),
  );
}

async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').pressSequentially(text);
}

describe.skipIf(!HAS_CHROMIUM)('search page (example site)', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    browser = await launch();
    site = await serveBuilt(EXAMPLE_SOURCE);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('typing a parameter name finds its operation first, with the name marked', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + 'search.html');
    expect(await page.locator('#search-nojs').isVisible()).toBe(false);
    await typeQuery(page, 'new_size');
    const found = await results(page);
    expect(found[0]).toEqual({ title: 'POST Extend volume (os-extend)', href: 'v2/index.html#extend-volume-os-extend', page: 'in Orbit Storage v2' });
    expect(await page.locator('#search-results > li').first().locator('.search-result-params mark').allTextContents()).toEqual(['new_size']);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “new_size”\.$/);
    // The address follows the query, without a history entry per keystroke.
    expect(new URL(page.url()).search).toBe('?q=new_size');
    await page.close();
  });

  it('typing an operation title finds it; all words must match, prefixes count', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + 'search.html');
    await typeQuery(page, 'delete snap');
    const found = await results(page);
    expect(found[0]?.href).toBe('v2/index.html#delete-snapshot');
    expect(found.map((r) => r.href)).not.toContain('v2/index.html#delete-volume');
    expect(await page.locator('#search-results > li').first().locator('.search-result-title mark').allTextContents()).toEqual(['Delete', 'snap']);
    await typeQuery(page, 'zzzznothing');
    expect(await results(page)).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe('No results for “zzzznothing”.');
    await page.close();
  });

  it('the result link opens the operation on its page', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + 'search.html?q=availability_zone');
    expect(await page.locator('#search-input').inputValue()).toBe('availability_zone');
    const first = page.locator('#search-results > li a').first();
    expect(await first.getAttribute('href')).toBe('v2/index.html#create-volume');
    await first.click();
    await page.waitForURL(/v2\/index\.html/);
    await expect.poll(() => page.locator('#create-volume-detail').evaluate((el) => el.classList.contains('show') && getComputedStyle(el).display !== 'none')).toBe(true);
    expect(await page.locator('#create-volume-detail-btn').getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('the header search box of a page in a subfolder leads to the root search page with the query', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + 'v2/index.html');
    const box = page.locator('header .site-search input[name="q"]');
    await box.fill('snapshot_id');
    await box.press('Enter');
    await page.waitForURL(/\/search\.html\?q=snapshot_id$/);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.locator('header .site-search input[name="q"]').inputValue()).toBe('snapshot_id');
    await page.close();
  });

  it('axe-core: no serious or critical violation, empty and with results; the filled-in page is valid HTML', async () => {
    const page = await browser.newPage();
    const found: string[] = [];
    for (const address of ['search.html', 'search.html?q=volume']) {
      await page.goto(site.url + address);
      const report = await validator.validateString(await page.content(), address);
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) found.push(`${address}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      await page.addScriptTag({ path: AXE });
      const violations = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations;
      })) as { id: string; impact: string | null; help: string }[];
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${address} ${v.id}: ${v.help}`);
    }
    expect(found).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!HAS_CHROMIUM)('search page on a small tree (hostile titles, :ref:`search`)', () => {
  const HOSTILE = '<img src=x onerror=window.__pwned=1> Boom';
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    browser = await launch();
    const dir = writeTree({
      'conf.py': "project = 'Hostile'\n",
      'index.rst': ['Hostile', '=======', '', 'API content can be searched using the :ref:`search`.', '', HOSTILE, '-'.repeat(HOSTILE.length), '', 'Some <b>bold</b> text & more.', ''].join('\n'),
    });
    site = await serveBuilt(dir);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows titles and text as text: no element made from index content', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + 'search.html?q=boom');
    const found = await results(page);
    expect(found.map((r) => r.title)).toEqual([HOSTILE]);
    expect(await page.locator('#search-results img, #search-results b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await typeQuery(page, 'bold');
    expect(await page.locator('#search-results .search-result-snippet').first().textContent()).toBe('Some <b>bold</b> text & more.');
    await page.close();
  });

  it("the :ref:`search` link (as cinder's and glance's index pages have it) leads to a working search page", async () => {
    const page = await browser.newPage();
    await page.goto(site.url + 'index.html');
    await page.locator('[role="main"] a', { hasText: 'Search Page' }).click();
    await page.waitForURL(/\/search\.html$/);
    await typeQuery(page, 'boom');
    expect((await results(page)).map((r) => r.href)).toEqual(['index.html#img-src-x-onerror-window-pwned-1-boom']);
    await page.close();
  });
});

describe.skipIf(!HAS_CHROMIUM)('search page under apiref serve', () => {
  let browser: Browser;
  let preview: PreviewServer;
  let url: string;
  beforeAll(async () => {
    browser = await launch();
    const site = new PreviewSite({ source: EXAMPLE_SOURCE, cwd: EXAMPLE_SOURCE, out: path.join(REPO, 'test-output', 'unused') });
    site.build();
    preview = createPreviewServer(site);
    await new Promise<void>((r) => preview.server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(preview.server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('a rebuild after an edit refreshes the served index', async () => {
    const dir = writeTree({ 'conf.py': "project = 'Live'\n", 'index.rst': 'Live\n====\n\nBefore the edit.\n' });
    const live = new PreviewSite({ source: dir, cwd: dir, out: path.join(dir, 'out') });
    live.build();
    expect(String(live.file('_static/searchindex.js'))).toContain('Before the edit.');
    expect(String(live.file('search.html'))).toContain('id="search-input"');
    fs.writeFileSync(path.join(dir, 'index.rst'), 'Live\n====\n\nAfter the edit.\n');
    live.update([{ file: path.join(dir, 'index.rst'), event: 'change' }]);
    expect(String(live.file('_static/searchindex.js'))).toContain('After the edit.');
  });

  it('serves search.html and the index; a search finds the operation', async () => {
    const page = await browser.newPage();
    await page.goto(url + 'search.html?q=new_size');
    const found = await results(page);
    expect(found[0]?.href).toBe('v2/index.html#extend-volume-os-extend');
    await page.close();
  });
});
