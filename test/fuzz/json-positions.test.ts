/**
 * The fast JSON reader against Momoa on mutated corpus samples: whatever it reads must come out exactly as
 * Momoa's tree; whatever it declines must be text it was not meant to read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkAll, corpusTexts, count, FUZZ_TIMEOUT, JSON_SEEDS, mutatedArb, printCounts, RUNS } from './helpers.js';
import { expectSameAsMomoa } from '../helpers/json-positions.js';

describe('fuzz: fast JSON reader', { timeout: FUZZ_TIMEOUT }, () => {
  afterAll(printCounts);
  it('reads mutated corpus samples as Momoa does, or steps aside', async () => {
    const texts = [...JSON_SEEDS, ...corpusTexts('.json', 200)];
    const runs = process.env.APIREF_FUZZ_RUNS ? RUNS : 2000;
    let read = 0;
    await checkAll(
      mutatedArb(texts),
      (t) => {
        count('fast JSON reader/mutated');
        if (expectSameAsMomoa(t)) read++;
      },
      runs,
    );
    // Not vacuous: some mutated samples are still valid JSON.
    expect(read).toBeGreaterThan(runs / 50);
  });
});
