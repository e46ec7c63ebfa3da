/**
 * Fuzzing the RST block parser (parseDocument) and the inline parser (parseInline): random markup soup and real
 * .inc/.rst files with random mutations. Properties: never throws, time linear in the input, every diagnostic
 * well placed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { linesOf, parseDocument } from '../../src/rst/parse.js';
import { parseInline } from '../../src/rst/inline.js';
import type { Line } from '../../src/rst/syntax.js';
import { chunks, corpusTexts, count, expectWellPlaced, markupSoupArb, mutatedArb, printCounts, RST_SEEDS, timeBoundMs, timed, checkAll, FUZZ_TIMEOUT } from './helpers.js';

const FILE = '/fuzz/doc.rst';
const rstTexts = [...RST_SEEDS, ...chunks([...corpusTexts('.inc'), ...corpusTexts('.rst')], 200)];

/** Includes resolve to a fixed small file, so include handling is exercised without touching the disk. */
const include = (p: string) => (p.endsWith('.inc') ? { file: '/fuzz/inc.inc', text: 'Included\n--------\n\n*text*\n' } : null);

function checkParse(text: string, target: string): void {
  count(target);
  const diagnostics = new DiagnosticBag();
  const { ms } = timed(() => parseDocument(text, { file: FILE, diagnostics, include }));
  expect(ms).toBeLessThan(timeBoundMs(text.length));
  expectWellPlaced(diagnostics.list);
}

function checkInline(text: string, target: string): void {
  count(target);
  const diagnostics = new DiagnosticBag();
  const lines: Line[] = linesOf(text, FILE);
  const { value, ms } = timed(() => parseInline(lines, diagnostics));
  expect(Array.isArray(value)).toBe(true);
  expect(ms).toBeLessThan(timeBoundMs(text.length));
  expectWellPlaced(diagnostics.list);
}

describe('fuzz: RST block parser', { timeout: FUZZ_TIMEOUT }, () => {
  afterAll(printCounts);

  it('random markup soup never throws, stays linear, places diagnostics', async () => {
    await checkAll(markupSoupArb(600), (t) => checkParse(t, 'parseDocument/random'));
  });

  it('mutated corpus .inc/.rst files never throw, stay linear, place diagnostics', async () => {
    await checkAll(mutatedArb(rstTexts), (t) => checkParse(t, 'parseDocument/mutated'));
  });
});

describe('fuzz: inline parser', { timeout: FUZZ_TIMEOUT }, () => {
  afterAll(printCounts);

  it('random markup soup', async () => {
    await checkAll(markupSoupArb(400), (t) => checkInline(t, 'parseInline/random'));
  });

  it('mutated corpus paragraphs', async () => {
    const paragraphs = rstTexts.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim() && p.length < 4000).slice(0, 2000);
    await checkAll(mutatedArb(paragraphs), (t) => checkInline(t, 'parseInline/mutated'));
  });
});
