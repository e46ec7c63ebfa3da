/**
 * The generated pages are accessible (axe-core in Chromium: no serious or critical violation) and valid HTML
 * (html-validate's recommended rules, less the ones the os-api-ref markup contract or pure style rule out).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { HtmlValidate, type Message } from 'html-validate';
import { CORPUS_SOURCE, EXAMPLE_SOURCE, HAS_CHROMIUM, HAS_CORPUS, REPO, launch, pageWithOperations, serveBuilt, type StaticSite } from './browser.js';

const AXE = path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js');

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The markup contract keeps Sphinx's `<div role="main">` (themes and scrapers look for it), not <main>.
    'prefer-native-element': 'off',
    // docutils writes column widths as `<col style="width: N%">`; a style attribute is not an error in HTML.
    'no-inline-style': 'off',
    // Raw ">" in text is valid HTML; encoding it is the serializer's style choice (hast-util-to-html leaves it).
    'no-raw-characters': 'off',
    // Sphinx's table markup: header cells of a <thead> row; browsers infer column scope for such simple tables
    // (axe, which checks this for real, passes them).
    'wcag/h63': 'off',
  },
});

/**
 * os-api-ref gives every status table's section the id "Success" or "Error" (ids are scored against Sphinx's
 * output, which repeats them on every operation): that one duplication is by contract; any other is an error.
 */
const contractDuplicate = (m: Message) => m.ruleId === 'no-dup-id' && /Duplicate ID "(Success|Error)"/.test(m.message);

async function validate(pages: Map<string, string>): Promise<string[]> {
  const problems: string[] = [];
  for (const [p, html] of pages) {
    const report = await validator.validateString(html, p);
    for (const r of report.results) {
      for (const m of r.messages) {
        if (m.severity === 2 && !contractDuplicate(m)) problems.push(`${p}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  return problems;
}

describe('html-validate on the generated pages', () => {
  it('the example: no error', async () => {
    const site = await serveBuilt(EXAMPLE_SOURCE);
    try {
      expect(await validate(site.pages)).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it.skipIf(!HAS_CORPUS)('a corpus tree (placement): no error', async () => {
    const site = await serveBuilt(CORPUS_SOURCE);
    try {
      expect(await validate(site.pages)).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

/** Serious findings known and accepted (none): every serious or critical violation fails the test. */
const KNOWN = new Set<string>();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!HAS_CHROMIUM)('axe-core in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function serious(site: StaticSite, pagePath: string, expandAll: boolean): Promise<string[]> {
    const page = await browser.newPage();
    await page.goto(site.url + pagePath);
    if (expandAll && (await page.locator('#expand-all').count())) await page.locator('#expand-all').click();
    await page.addScriptTag({ path: AXE });
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    })) as AxeViolation[];
    await page.close();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of bad) if (KNOWN.has(v.id)) console.warn(`known (reported): ${pagePath} ${v.id} at ${v.nodes.length} elements`);
    return bad
      .filter((v) => !KNOWN.has(v.id))
      .map((v) => `${pagePath} ${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }

  it("the example's pages (collapsed and expanded): no serious or critical violation", async () => {
    const site = await serveBuilt(EXAMPLE_SOURCE);
    try {
      const found: string[] = [];
      for (const p of site.pages.keys()) found.push(...(await serious(site, p, false)));
      found.push(...(await serious(site, 'v2/index.html', true)));
      expect(found).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it.skipIf(!HAS_CORPUS)('a corpus page (placement): no serious or critical violation', async () => {
    const site = await serveBuilt(CORPUS_SOURCE);
    try {
      expect(await serious(site, pageWithOperations(site.pages), true)).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
