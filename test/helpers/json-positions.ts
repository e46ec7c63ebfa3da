/** Compares the fast JSON reader with Momoa on one text (test/data/json-positions.test.ts, test/fuzz/json-positions.test.ts). */
import { parse } from '@humanwhocodes/momoa';
import { expect } from 'vitest';
import { parseJsonPositions } from '../../src/data/json-positions.js';

function momoa(text: string): unknown {
  try {
    return JSON.parse(JSON.stringify(parse(text, { mode: 'json', ranges: false, tokens: false })));
  } catch {
    return null;
  }
}

/** The fast tree as plain data (shared `loc` objects written out, as in Momoa's). */
function fast(text: string): unknown {
  const doc = parseJsonPositions(text);
  return doc ? JSON.parse(JSON.stringify(doc)) : null;
}

/**
 * Where the reader reads the text (returns true), its tree equals Momoa's. Where it declines, the text must be
 * invalid for JSON.parse, hold characters left to Momoa on purpose, or be nested very deeply.
 */
export function expectSameAsMomoa(text: string): boolean {
  const mine = fast(text);
  if (mine === null) {
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    if (valid && !/[\u0000-\u001f\u2028\u2029\ufeff]/.test(text.replace(/[\t\n\r]/g, ''))) {
      const depth = Math.max(0, ...[...text.matchAll(/[[{]+/g)].map((m) => m[0].length));
      expect(depth > 500, `declined valid JSON: ${JSON.stringify(text.slice(0, 200))}`).toBe(true);
    }
    return false;
  }
  expect(mine).toEqual(momoa(text));
  return true;
}
