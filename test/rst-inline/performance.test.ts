/**
 * Pathological inputs stay linear: docutils' own inliner is quadratic on several of these
 * (every unmatched start-string rescans the rest of the text).
 */
import { describe, expect, it } from 'vitest';
import { parse } from './helpers.js';

function timed(text: string): { ms: number; count: number; warnings: number } {
  const t0 = performance.now();
  const { nodes, diagnostics } = parse(text);
  return { ms: performance.now() - t0, count: nodes.length, warnings: diagnostics.list.length };
}

const MB = 1 << 20;
// Generous, so a loaded machine passes; the quadratic versions of these take minutes.
const LIMIT_MS = 10_000;

describe('linear time on large and hostile input', { timeout: 60_000 }, () => {
  it('a 1 MB paragraph of prose with markup', () => {
    const unit = 'Lorem *ipsum* dolor ``sit`` amet, see http://example.com/x and `ref`_ or name_.\n';
    const text = unit.repeat(Math.ceil(MB / unit.length));
    const r = timed(text);
    expect(r.count).toBeGreaterThan(50_000);
    expect(r.warnings).toBe(0);
    expect(r.ms).toBeLessThan(LIMIT_MS);
  });

  it('100,000 asterisks in a row: one strong node', () => {
    const r = timed('*'.repeat(100_000));
    expect(r.count).toBe(1);
    expect(r.ms).toBeLessThan(LIMIT_MS);
  });

  it('100,000 unmatched emphasis start-strings', () => {
    const r = timed('*a '.repeat(100_000));
    expect(r.warnings).toBe(100_000);
    expect(r.ms).toBeLessThan(LIMIT_MS);
  });

  it('100,000 unmatched strong, literal, interpreted, substitution and target starts', () => {
    for (const unit of ['**a ', '``a ', '`a ', '|a ', '_`a ']) {
      const r = timed(unit.repeat(100_000));
      expect(r.warnings).toBe(100_000);
      expect(r.ms).toBeLessThan(LIMIT_MS);
    }
  });

  it('deeply nested backquotes', () => {
    const n = 50_000;
    const r = timed('`'.repeat(n) + 'x' + '`'.repeat(n));
    expect(r.ms).toBeLessThan(LIMIT_MS);
    const r2 = timed('`a '.repeat(n) + 'b`'.repeat(n));
    expect(r2.ms).toBeLessThan(LIMIT_MS);
  });

  it('long runs that defeat backtracking name and role patterns', () => {
    for (const text of ['a-'.repeat(300_000), ':a'.repeat(300_000), '[a'.repeat(300_000), 'a_'.repeat(300_000)]) {
      const r = timed(text);
      expect(r.ms).toBeLessThan(LIMIT_MS);
    }
  });

  it('long runs that defeat the standalone URI pattern', () => {
    for (const text of [
      'a-'.repeat(300_000) + 'x:' + '-'.repeat(300_000),
      'a-'.repeat(300_000) + '@' + '-'.repeat(300_000),
      'http://x.org/ '.repeat(50_000),
      'a@b.org '.repeat(50_000),
      ' <'.repeat(300_000) + '>',
    ]) {
      const r = timed(text);
      expect(r.ms).toBeLessThan(LIMIT_MS);
    }
  });

  it('a phrase reference with a huge text', () => {
    const r = timed('`' + 'a '.repeat(300_000) + '<' + 'x'.repeat(100_000) + '>`_');
    expect(r.count).toBe(1);
    expect(r.ms).toBeLessThan(LIMIT_MS);
  });
});
