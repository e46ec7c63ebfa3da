/**
 * The fast reader of plain parameters.yaml and status.yaml files against the YAML library on mutated corpus
 * files: whatever the fast reader reads, it must read exactly as the library path does, and the library must have
 * nothing to report for it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkAll, chunks, corpusTexts, count, FUZZ_TIMEOUT, mutatedArb, printCounts, RUNS, YAML_SEEDS } from './helpers.js';
import { expectSameParameters, expectSameStatus, PLAIN } from '../helpers/plain-yaml.js';

describe('fuzz: fast YAML reader', { timeout: FUZZ_TIMEOUT }, () => {
  afterAll(printCounts);
  it('reads mutated corpus files as the library does, or steps aside', async () => {
    const texts = [...YAML_SEEDS, PLAIN, ...chunks(corpusTexts('.yaml'), 40)];
    // Cheap enough for 1,000 in CI; the long pass runs APIREF_FUZZ_RUNS.
    const runs = process.env.APIREF_FUZZ_RUNS ? RUNS : 1000;
    let read = 0;
    await checkAll(
      mutatedArb(texts),
      (t) => {
        count('plain YAML reader/mutated');
        if (expectSameParameters(t)) read++;
        expectSameStatus(t);
      },
      runs,
    );
    // Not vacuous: a good share of the mutated files is still in the plain shape.
    expect(read).toBeGreaterThan(runs / 20);
  });
});
