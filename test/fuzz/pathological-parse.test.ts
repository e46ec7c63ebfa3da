/**
 * Worst cases through the block parser and the data loaders: each must finish well inside a bound that only
 * linear work meets, without throwing, with every diagnostic well placed.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseDocument } from '../../src/rst/parse.js';
import { loadParameters } from '../../src/data/parameters.js';
import { parseJsonSample } from '../../src/data/samples.js';
import { expectWellPlaced, timed } from './helpers.js';
import { CASES, LIMIT_MS } from './pathological-cases.js';

describe('pathological RST input: block parser', { timeout: 120_000 }, () => {
  for (const [name, make] of Object.entries(CASES)) {
    it(name, () => {
      const text = make();
      const diagnostics = new DiagnosticBag();
      const { ms } = timed(() => parseDocument(text, { file: '/fuzz/p.rst', diagnostics }));
      expect(ms).toBeLessThan(LIMIT_MS);
      expectWellPlaced(diagnostics.list);
    });
  }
});

describe('pathological data files', { timeout: 120_000 }, () => {
  it('a parameters.yaml with 20,000 entries', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `p${i}:\n  description: d\n  in: body\n  required: true\n  type: string\n`).join('');
    const diagnostics = new DiagnosticBag();
    const { value, ms } = timed(() => loadParameters('/fuzz/parameters.yaml', text, diagnostics));
    expect(value.entries).toHaveLength(20_000);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a parameters.yaml nested 10,000 flow levels deep', () => {
    const text = `p: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const diagnostics = new DiagnosticBag();
    const { ms } = timed(() => loadParameters('/fuzz/parameters.yaml', text, diagnostics));
    expect(ms).toBeLessThan(LIMIT_MS);
    expectWellPlaced(diagnostics.list);
  });

  it('a JSON sample nested 100,000 levels deep', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const diagnostics = new DiagnosticBag();
    const { ms } = timed(() => parseJsonSample('/fuzz/x.json', text, diagnostics));
    expect(ms).toBeLessThan(LIMIT_MS);
    expectWellPlaced(diagnostics.list);
  });

  it('a 4 MB JSON sample on one line', () => {
    const text = `[${'"abcdefghij",'.repeat(300_000)}1]`;
    const diagnostics = new DiagnosticBag();
    const { value, ms } = timed(() => parseJsonSample('/fuzz/x.json', text, diagnostics));
    expect(value.ok).toBe(true);
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
