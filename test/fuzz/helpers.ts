/**
 * Shared pieces of the fuzz suite: run counts (short in CI, long under `npm run fuzz`), corpus text to mutate,
 * the mutations themselves, and the properties every target must keep (no throw, bounded time, well-placed
 * diagnostics).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { SHARED, hasShared } from '../helpers/tree.js';

/** Inputs per target: a few hundred in CI; `APIREF_FUZZ_RUNS=20000 npm run fuzz` for the long pass. */
export const RUNS = Number.parseInt(process.env.APIREF_FUZZ_RUNS ?? '', 10) || 200;
/** Whole builds are dearer than one parse: a quarter as many. */
export const BUILD_RUNS = Math.max(60, Math.floor(RUNS / 4));
/** vitest's per-test timeout (120 s in vitest.config.ts) would fail the long pass's targets: an hour instead. */
export const FUZZ_TIMEOUT = process.env.APIREF_FUZZ_RUNS ? 3_600_000 : 120_000;
/** A fixed seed in CI, so a failure reproduces; the long pass takes a fresh one (printed on failure). */
export const SEED = process.env.APIREF_FUZZ_RUNS ? undefined : 20261127;

export function fuzzParams(numRuns = RUNS): fc.Parameters<unknown> {
  return { numRuns, seed: SEED, endOnFailure: true };
}

/**
 * Checks `check` on `numRuns` inputs from `arb`. Async, yielding to the event loop every 50 inputs, so that a
 * long pass does not starve vitest's worker messages ("Timeout calling onTaskUpdate").
 */
export async function checkAll<T>(arb: fc.Arbitrary<T>, check: (input: T) => void, numRuns = RUNS): Promise<void> {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (input) => {
      check(input);
      if (++n % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }),
    fuzzParams(numRuns),
  );
}

/** Counts inputs actually run per target, for the long pass's report. */
export const ran = new Map<string, number>();
export function count(target: string): void {
  ran.set(target, (ran.get(target) ?? 0) + 1);
}
export function printCounts(): void {
  if (!process.env.APIREF_FUZZ_RUNS) return;
  for (const [t, n] of ran) console.log(`fuzz: ${t}: ${n} inputs`);
}

/** Real files from the shared corpus, by extension (empty when the corpus is absent). */
export function corpusTexts(ext: '.inc' | '.rst' | '.yaml' | '.json', limit = 400): string[] {
  if (!hasShared) return [];
  const out: string[] = [];
  const root = path.join(SHARED, 'corpus');
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith(ext) && out.length < limit) out.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return out;
}

/**
 * Big files cut into pieces of about `maxLines` lines, each starting at a top-level line (a YAML key, an RST
 * paragraph): mutations then hit structure rather than spending the time budget re-parsing 80 KB of good data.
 */
export function chunks(texts: readonly string[], maxLines = 120): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const lines = t.split('\n');
    let start = 0;
    for (let i = 1; i <= lines.length; i++) {
      const topLevel = i < lines.length && /^\S/.test(lines[i]!);
      if (i === lines.length || (i - start >= maxLines && topLevel)) {
        out.push(lines.slice(start, i).join('\n'));
        start = i;
      }
    }
  }
  return out;
}

/** Small hand-written seeds so that the fuzz targets have material without the corpus too. */
export const RST_SEEDS = [
  'Title\n=====\n\nSome *emphasis* and ``literal`` and `link <http://x>`_.\n\n- a\n- b\n\n  nested\n',
  '.. rest_method:: GET /v2/{id}/things\n\nList things.\n\n.. rest_parameters:: parameters.yaml\n\n   - id: id_path\n',
  '+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+\n\n=== ===\nx   y\n=== ===\n1   2\n=== ===\n',
  '.. note::\n\n   A note with :ref:`label` and |sub|.\n\n.. |sub| replace:: text\n\n.. _label:\n\nSection\n-------\n',
  '1. one\n2. two\n\n   >>> print(1)\n   1\n\n| line\n| block\n\n:field: value\n\nterm\n  definition\n',
];
export const YAML_SEEDS = [
  'id_path:\n  description: |\n    The id.\n  in: path\n  required: true\n  type: string\n',
  'name:\n  description: The name.\n  in: body\n  required: false\n  type: string\n  min_version: 2.1\n',
  '200:\n  default: |\n    Request was successful.\n404:\n  default: Not found.\n',
];
export const JSON_SEEDS = ['{"a": [1, 2.5, "x", null, true], "b": {"c": {}}}', '[]', '{"volume": {"id": "x", "size": 10}}'];

/** Characters that mean something to RST, YAML or JSON, and bytes that upset decoders. */
const MARKUP = ['*', '**', '`', '``', '_', '|', ':', '::', '..', '.. ', '>>>', '-', '=', '+', '#', '[', ']', '{', '}', '"', "'", '\\', '&', '!', '%', '<', '>', '\t', '   ', '\0', '\uFEFF', '\r', '\r\n', '\u2028', '\uD800', 'é', '\u200B'];

type Mutation =
  | { kind: 'deleteLine' | 'duplicateLine' | 'indentLine' | 'dedentLine' | 'truncate'; at: number }
  | { kind: 'swapLines'; at: number; other: number }
  | { kind: 'insertChars'; at: number; chars: string }
  | { kind: 'deleteChars'; at: number; len: number }
  | { kind: 'repeat'; at: number; len: number; times: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('deleteLine', 'duplicateLine', 'indentLine', 'dedentLine', 'truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insertChars' as const), at: fc.nat(), chars: fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constant('deleteChars' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }), times: fc.integer({ min: 2, max: 2000 }) }),
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const lines = t.split('\n');
    const li = lines.length ? m.at % lines.length : 0;
    const ci = t.length ? m.at % (t.length + 1) : 0;
    switch (m.kind) {
      case 'deleteLine':
        lines.splice(li, 1);
        t = lines.join('\n');
        break;
      case 'duplicateLine':
        lines.splice(li, 0, lines[li] ?? '');
        t = lines.join('\n');
        break;
      case 'indentLine':
        lines[li] = `   ${lines[li] ?? ''}`;
        t = lines.join('\n');
        break;
      case 'dedentLine':
        lines[li] = (lines[li] ?? '').replace(/^ {1,3}/, '');
        t = lines.join('\n');
        break;
      case 'swapLines': {
        const lj = lines.length ? m.other % lines.length : 0;
        [lines[li], lines[lj]] = [lines[lj] ?? '', lines[li] ?? ''];
        t = lines.join('\n');
        break;
      }
      case 'truncate':
        t = t.slice(0, ci);
        break;
      case 'insertChars':
        t = t.slice(0, ci) + m.chars + t.slice(ci);
        break;
      case 'deleteChars':
        t = t.slice(0, ci) + t.slice(ci + m.len);
        break;
      case 'repeat':
        t = t.slice(0, ci) + t.slice(ci, ci + m.len).repeat(m.times) + t.slice(ci + m.len);
        break;
    }
  }
  return t;
}

/** Real (or seed) texts with 1–8 random mutations each. */
export function mutatedArb(texts: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...texts), fc.array(mutationArb, { minLength: 1, maxLength: 8 })).map(([t, ms]) => mutate(t, ms));
}

/** Random text biased toward markup characters and line structure. */
export function markupSoupArb(maxLength = 400): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...MARKUP, '\n', '\n\n', '  ', 'word', 'a b', '12', '.. rest_method:: GET /x', ':ref:`x`', '|x|', '`a <b>`_', '[#]_') },
    { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
  );
  return fc.array(piece, { maxLength: maxLength / 4 }).map((ps) => ps.join(''));
}

/** Runs `fn` and returns its result and how long it took. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/**
 * Time allowed for one input: a fixed floor (a loaded CI machine, JIT warm-up) plus a linear term. Anything
 * quadratic on the inputs the fuzzer makes (up to ~100 KB after `repeat`) blows through this.
 */
export function timeBoundMs(inputLength: number): number {
  return 2000 + inputLength / 20;
}

/** Every diagnostic names a file and a 1-based line and column. */
export function expectWellPlaced(list: readonly Diagnostic[]): void {
  for (const d of list) {
    expect(typeof d.file === 'string' && d.file.length > 0, `diagnostic without a file: ${JSON.stringify(d)}`).toBe(true);
    expect(Number.isInteger(d.line) && d.line >= 1, `bad line: ${JSON.stringify(d)}`).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, `bad column: ${JSON.stringify(d)}`).toBe(true);
  }
}
