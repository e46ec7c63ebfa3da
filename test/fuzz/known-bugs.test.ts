/**
 * Crashes and slowness found by the fuzz and pathological suites, kept as failing tests (it.fails / it.skip)
 * until their owners fix them: each names the file and function at fault.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseDocument } from '../../src/rst/parse.js';
import { renderSite } from '../../src/site/build.js';
import { configFor, writeTree } from '../helpers/tree.js';
import { timed } from './helpers.js';
import { indent, LIMIT_MS } from './pathological-cases.js';

/**
 * Known bugs, for the owners (see the report). Skipped ones take minutes, so they do not run in CI.
 */
describe('pathological RST input: known bugs', { timeout: 300_000 }, () => {
  const nestedBlockQuotes = (n: number) => Array.from({ length: n }, (_, i) => `${indent(i)}x\n\n`).join('');

  // BUG (slowness, src/rst/blocks/indented.ts getIndented + src/rst/lines.ts indentOf): every nesting level
  // re-scans the indentation of every remaining line, so time is O(min(depth, MAX_DEPTH) × expanded size).
  // 10,000 nested block quotes written with tabs (6.4 MB, ~50 M columns after tab expansion) take ~106 s in
  // parseDocument and ~177 s for a whole build on a 2-core machine. Skipped: it takes minutes.
  it.skip('BUG: 10,000 nested block quotes parse in linear time', () => {
    const text = nestedBlockQuotes(10_000);
    const { ms } = timed(() => parseDocument(text, { file: '/fuzz/p.rst', diagnostics: new DiagnosticBag() }));
    expect(ms).toBeLessThan(LIMIT_MS);
  });

});

describe('include paths: known crash', () => {
  // BUG (crash + slowness, src/load/source-files.ts realpathOr, called by SourceFiles.isInsideRoot): the real
  // path of a missing file is found by recursing once per path component, each level re-normalising the whole
  // path, so a long missing path is O(components × length) and overflows the stack past ~10,000 components.
  // `.. include:: a/a/a/…/x.inc` with 16,000 components (one 32 KB line) throws "RangeError: Maximum call stack
  // size exceeded" out of renderSite (CLI exit 70); the same for literalinclude and rest_parameters. Found by
  // the long fuzz pass (seed 284541715, path 4440: a 49 KB mutated tree took 9 s, most of it in realpathOr).
  for (const directive of ['include', 'literalinclude']) {
    it.fails(`BUG: ${directive} of a missing path with 16,000 components is a diagnostic, not a stack overflow`, () => {
      const dir = writeTree({ 'index.rst': `T\n=\n\n.. ${directive}:: ${'a/'.repeat(16_000)}x.inc\n` });
      try {
        const diagnostics = new DiagnosticBag();
        expect(renderSite(configFor(dir), diagnostics).pages).toBe(1);
        expect(diagnostics.list.some((d) => d.ruleId === 'file-unreadable')).toBe(true);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

/**
 * More known bugs: `array.push(...huge)` / `Math.min(...huge)` pass every element as an argument, and V8 throws
 * "RangeError: Maximum call stack size exceeded" past ~120,000 of them. Each of these inputs is well under the
 * 16 MB file limit; each throws out of renderSite (the CLI dies with exit 70) instead of building.
 */
describe('pathological RST input: known crashes on wide input', { timeout: 300_000 }, () => {
  const N = 150_000;
  const crashes: [string, string, Record<string, string>][] = [
    // src/render/blocks/section.ts renderSection: children.push(...renderBlockList(node.children, …))
    ['150,000 paragraphs in one section', 'src/render/blocks/section.ts renderSection', { 'index.rst': `T\n=\n\n${'x\n\n'.repeat(N)}` }],
    // src/render/blocks/admonition.ts renderAdmonition: children.push(...renderBlockList(…))
    ['150,000 paragraphs in one note', 'src/render/blocks/admonition.ts renderAdmonition', { 'index.rst': `T\n=\n\n.. note::\n\n${'   x\n\n'.repeat(N)}` }],
    // src/directives/version-modified.ts run: children.push(...ctx.resolveBlocks(node.content))
    ['150,000 paragraphs in one versionadded', 'src/directives/version-modified.ts run', { 'index.rst': `T\n=\n\n.. versionadded:: 2.1\n\n${'   x\n\n'.repeat(N)}` }],
    // src/rst/blocks/substitution.ts substitutionDefinition: rest.push(...block.slice(index + 1))
    ['a substitution definition with 150,000 lines', 'src/rst/blocks/substitution.ts substitutionDefinition', { 'index.rst': `T\n=\n\n.. |x| replace:: a\n${'   b\n'.repeat(N)}\n|x|\n` }],
  ];
  for (const [name, where, files] of crashes) {
    it.fails(`BUG (${where}): ${name} builds without a stack overflow`, () => {
      const dir = writeTree(files);
      try {
        const diagnostics = new DiagnosticBag();
        expect(renderSite(configFor(dir), diagnostics).pages).toBe(1);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

