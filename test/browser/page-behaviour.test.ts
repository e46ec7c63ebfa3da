/**
 * The page script in a real Chromium: operations open and close (mouse and keyboard), Show All / Hide All, deep
 * links (#anchor, ?expanded=), no history entries, the microversion filter; screenshots of the example page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CORPUS_SOURCE, EXAMPLE_SOURCE, HAS_CHROMIUM, HAS_CORPUS, SCREENSHOT_DIR, firstOperationId, launch, pageWithOperations, serveBuilt, type StaticSite } from './browser.js';

const isOpen = (page: Page, id: string) => page.locator(`#${id}-detail`).evaluate((el) => el.classList.contains('show') && getComputedStyle(el).display !== 'none');

function behaviour(name: string, source: () => string, skip: boolean) {
  describe.skipIf(skip)(`page script on ${name}`, () => {
    let browser: Browser;
    let site: StaticSite;
    let pagePath: string;
    let opId: string;

    beforeAll(async () => {
      browser = await launch();
      site = await serveBuilt(source());
      pagePath = pageWithOperations(site.pages);
      opId = firstOperationId(site.pages.get(pagePath)!)!;
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('an operation opens and closes with its button, without adding history entries', async () => {
      const page = await browser.newPage();
      await page.goto(site.url + pagePath);
      const length = await page.evaluate(() => history.length);
      const button = page.locator(`#${opId}-detail-btn`);
      expect(await isOpen(page, opId)).toBe(false);
      await expect.poll(() => page.locator(`#${opId}-detail`).isVisible()).toBe(false);
      await button.click();
      expect(await isOpen(page, opId)).toBe(true);
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await button.textContent()).toBe('close');
      await button.click();
      expect(await isOpen(page, opId)).toBe(false);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => history.length)).toBe(length);
      await page.close();
    });

    it('Enter and Space on the focused button toggle it', async () => {
      const page = await browser.newPage();
      await page.goto(site.url + pagePath);
      await page.locator(`#${opId}-detail-btn`).focus();
      await page.keyboard.press('Enter');
      expect(await isOpen(page, opId)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await isOpen(page, opId)).toBe(false);
      await page.keyboard.press('Space');
      expect(await isOpen(page, opId)).toBe(true);
      await page.keyboard.press('Space');
      expect(await isOpen(page, opId)).toBe(false);
      await page.close();
    });

    it('Show All opens every operation, Hide All closes them', async () => {
      const page = await browser.newPage();
      await page.goto(site.url + pagePath);
      const all = page.locator('#expand-all');
      if ((await all.count()) === 0) return;
      await all.click();
      expect(await all.textContent()).toBe('Hide All');
      const closed = await page.locator('section.api-detail:not(.show)').count();
      expect(closed).toBe(0);
      await all.click();
      expect(await all.textContent()).toBe('Show All');
      expect(await page.locator('section.api-detail.show').count()).toBe(0);
      await page.close();
    });

    it('page.html#anchor opens that operation and scrolls it into view', async () => {
      const ids = [...site.pages.get(pagePath)!.matchAll(/<section class="detail-control" id="([^"]+)"/g)].map((m) => m[1]!);
      const last = ids[ids.length - 1]!;
      const page = await browser.newPage({ viewport: { width: 1200, height: 600 } });
      await page.goto(`${site.url}${pagePath}#${last}`);
      expect(await isOpen(page, last)).toBe(true);
      const inView = await page.locator(`#${last}`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
      });
      expect(inView).toBe(true);
      expect(await isOpen(page, ids[0]!)).toBe(ids[0] === last);
      await page.close();
    });

    it("os-api-ref's ?expanded= link opens its operations", async () => {
      const ids = [...site.pages.get(pagePath)!.matchAll(/<section class="detail-control" id="([^"]+)"/g)].map((m) => m[1]!);
      const pick = ids.slice(0, 2);
      const page = await browser.newPage();
      await page.goto(`${site.url}${pagePath}?expanded=${pick.map((i) => `${i}-detail`).join(',')}`);
      for (const id of pick) expect(await isOpen(page, id)).toBe(true);
      for (const id of ids.slice(2)) expect(await isOpen(page, id)).toBe(false);
      await page.close();
    });
  });
}

behaviour('the bundled example', () => EXAMPLE_SOURCE, !HAS_CHROMIUM);
if (!HAS_CORPUS) console.warn('corpus browser tests skipped: ../shared/corpus/placement is absent');
behaviour('a corpus tree (placement)', () => CORPUS_SOURCE, !HAS_CHROMIUM || !HAS_CORPUS);

describe.skipIf(!HAS_CHROMIUM)('microversion filter and screenshots (example)', () => {
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

  const visible = (page: Page, sel: string) => page.locator(sel).first().isVisible();

  it('choosing a version hides and shows the right operations and rows; All restores; reload keeps it', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}v2/index.html`);
    await page.locator('#expand-all').click();
    const opWithMin = '.operation-grp.rp_min_ver_2_10';
    const opWithRange = '.operation-grp.rp_min_ver_2_5.rp_max_ver_2_11';
    const rowMin = 'tr.rp_min_ver_2_3';
    const rowMax = 'tr.rp_max_ver_2_9';
    expect([await visible(page, opWithMin), await visible(page, opWithRange), await visible(page, rowMin), await visible(page, rowMax)]).toEqual([true, true, true, true]);

    await page.selectOption('#mv_select', '2.1');
    expect([await visible(page, opWithMin), await visible(page, opWithRange), await visible(page, rowMin), await visible(page, rowMax)]).toEqual([false, false, false, true]);
    expect(page.url()).toContain('mv=2.1');

    await page.selectOption('#mv_select', '2.12');
    expect([await visible(page, opWithMin), await visible(page, opWithRange), await visible(page, rowMin), await visible(page, rowMax)]).toEqual([true, false, true, false]);
    // The hidden operation's detail goes with its row.
    const rangeDetail = await page.locator(opWithRange).evaluate((el) => el.closest('section')!.nextElementSibling!.id);
    expect(await page.locator(`#${rangeDetail}`).isVisible()).toBe(false);

    await page.reload();
    expect(await page.locator('#mv_select').inputValue()).toBe('2.12');
    expect(await visible(page, opWithRange)).toBe(false);

    await page.selectOption('#mv_select', '');
    await page.locator('#expand-all').click();
    if ((await page.locator('#expand-all').textContent()) !== 'Hide All') await page.locator('#expand-all').click();
    expect([await visible(page, opWithMin), await visible(page, opWithRange), await visible(page, rowMin), await visible(page, rowMax)]).toEqual([true, true, true, true]);
    expect(page.url()).not.toContain('mv=');
    await page.close();
  });

  it('screenshots of the example page, collapsed and expanded', async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}v2/index.html`);
    const collapsed = path.join(SCREENSHOT_DIR, 'example-v2-collapsed.png');
    await page.screenshot({ path: collapsed, fullPage: true });
    await page.locator('#expand-all').click();
    const expanded = path.join(SCREENSHOT_DIR, 'example-v2-expanded.png');
    await page.screenshot({ path: expanded, fullPage: true });
    console.log(`screenshots: ${collapsed}\n             ${expanded}`);
    expect(fs.statSync(collapsed).size).toBeGreaterThan(1000);
    expect(fs.statSync(expanded).size).toBeGreaterThan(fs.statSync(collapsed).size);
    await page.close();
  });
});
