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

  // BUG (crash, src/resolve/page.ts PageResolver.directive → src/directives/admonition.ts run →
  // ctx.resolveBlocks): directive bodies are parsed with a fresh context (src/rst/parse.ts parseBlocks →
  // newContext), so the parser's MAX_DEPTH nesting limit restarts at 0 inside every directive and the
  // resolver recurses without bound. `.. note:: .. note:: … x` (a 2,000-fold, 20 KB single line; 2,000 nested
  // indented notes likewise, 1,000 pass) throws "RangeError: Maximum call stack size exceeded" out of renderSite, and the
  // CLI dies with exit 70 instead of reporting a diagnostic.
  for (const n of [2000, 10_000]) {
    it.fails(`BUG: ${n.toLocaleString('en')} nested note directives on one line build without a stack overflow`, () => {
      const dir = writeTree({ 'index.rst': `Title\n=====\n\n${'.. note:: '.repeat(n)}x\n` });
      try {
        const diagnostics = new DiagnosticBag();
        const { value } = timed(() => renderSite(configFor(dir), diagnostics));
        expect(value.pages).toBe(1);
        expect(diagnostics.list.some((d) => /deeper|nest/i.test(d.message))).toBe(true);
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
    // src/directives/literalinclude.ts run, :dedent: without a value: Math.min(...lines.map(…))
    ['literalinclude :dedent: of a 300,000-line file (1.8 MB)', 'src/directives/literalinclude.ts run', {
      'index.rst': 'T\n=\n\n.. literalinclude:: big.txt\n   :dedent:\n',
      'big.txt': '    x\n'.repeat(2 * N),
    }],
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

