/**
 * Worst cases through a whole build (resolve, render, serialize): bounded time, no throw, diagnostics placed.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { renderSite } from '../../src/site/build.js';
import { configFor, writeTree } from '../helpers/tree.js';
import { expectWellPlaced, timed } from './helpers.js';
import { CASES, LIMIT_MS } from './pathological-cases.js';

describe('pathological RST input: whole build (resolve, render, serialize)', { timeout: 120_000 }, () => {
  const names = [
    'a 1 MB line of prose with markup',
    '10,000 items in one list',
    '10,000 nested bullet lists on one line',
    'a 1,000-column grid table row',
    'deep >>> nesting (10,000 prompts on one doctest line)',
    '10,000 nested block quotes (indented with tabs)',
    '500 nested directives',
    'a 150,000-row csv-table (more rows than a call takes arguments)',
    'a 150,000-row list-table',
    'a 10,000-row csv-table',
    'a csv-table with one 1 MB quoted cell',
  ];
  for (const name of names) {
    it(name, () => {
      const dir = writeTree({ 'index.rst': `Title\n=====\n\n${CASES[name]!()}` });
      try {
        const diagnostics = new DiagnosticBag();
        const { value, ms } = timed(() => renderSite(configFor(dir), diagnostics));
        expect(ms).toBeLessThan(LIMIT_MS);
        expect(value.pages).toBe(1);
        expectWellPlaced(diagnostics.list);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

