/**
 * `apiref serve` with a real browser: edits to an .inc, a sample and parameters.yaml reach the open page with no
 * manual reload; a change that adds an error keeps the page and shows the finding in a dismissable overlay.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../src/serve/index.js';
import { copyExample, edit } from '../serve/example-copy.js';
import { HAS_CHROMIUM, launch } from './browser.js';

async function waitFor(ok: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!HAS_CHROMIUM)('live reload in Chromium', () => {
  let browser: Browser;
  let preview: Preview;
  let src: string;
  let page: Page;

  beforeAll(async () => {
    src = copyExample();
    preview = await startPreview({ source: src, cwd: src, port: 0, log: () => {}, debounceMs: 30 });
    browser = await launch();
    page = await browser.newPage();
    await page.goto(`${preview.url}v2/index.html`);
    // The live script is connected once the server counts the stream.
    await waitFor(() => preview.server.clients > 0);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  /** Makes an edit, waits for the page to show `marker` (after the live reload), and checks it was a reload. */
  async function reaches(change: () => void, marker: string): Promise<void> {
    await page.evaluate(() => ((window as unknown as { __beforeEdit: boolean }).__beforeEdit = true));
    change();
    await page.waitForFunction((m) => document.body.textContent!.includes(m), marker, { timeout: 15_000 });
    // A flag set on the old document is gone: the browser loaded the page again by itself.
    expect(await page.evaluate(() => (window as unknown as { __beforeEdit?: boolean }).__beforeEdit)).toBeUndefined();
    await waitFor(() => preview.server.clients > 0);
  }

  it('an .inc edit reaches the open page', async () => {
    await reaches(() => edit(path.join(src, 'v2', 'volumes.inc'), 'Lists the volumes of a project, newest first.', 'Lists volumes LIVE-INC-EDIT.'), 'LIVE-INC-EDIT');
  });

  it('a sample edit reaches the open page', async () => {
    await reaches(() => edit(path.join(src, 'v2', 'samples', 'volume-create-req.json'), '{', '{\n    "live_sample_edit": true,'), 'live_sample_edit');
  });

  it('a parameters.yaml edit reaches the open page', async () => {
    await reaches(() => edit(path.join(src, 'v2', 'parameters.yaml'), 'The UUID of the project.', 'The UUID of the project LIVE-PARAM-EDIT.'), 'LIVE-PARAM-EDIT');
  });

  it('a breaking change keeps the last good page and shows the finding; the overlay can be dismissed', async () => {
    const inc = path.join(src, 'v2', 'snapshots.inc');
    const original = fs.readFileSync(inc, 'utf8');
    fs.writeFileSync(inc, `${original}\n.. rest_parameters:: no-such-file.yaml\n\n   - a: b\n`);
    const overlay = page.locator('#apiref-live-overlay');
    await page.waitForFunction(() => document.getElementById('apiref-live-overlay')?.textContent?.includes('no-such-file.yaml'), null, { timeout: 15_000 });
    expect(await overlay.textContent()).toMatch(/[1-9]\d* errors?/);
    expect(await page.locator('body').textContent()).toContain('LIVE-PARAM-EDIT');
    await overlay.getByRole('button', { name: 'Dismiss' }).click();
    expect(await overlay.count()).toBe(0);
    fs.writeFileSync(inc, original);
  });
});
