/** Crashes the fuzz and pathological suites found, now fixed: each stays as a test that fails if the bug returns. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { renderSite } from '../../src/site/build.js';
import { configFor, writeTree } from '../helpers/tree.js';

function build(files: Record<string, string>) {
  const dir = writeTree(files);
  try {
    const diagnostics = new DiagnosticBag();
    const result = renderSite(configFor(dir), diagnostics);
    return { result, diagnostics };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('fixed crashes', { timeout: 300_000 }, () => {
  // Directive bodies are parsed on their own, so the parser's nesting limit restarted in each: `.. note::`
  // repeated thousands of times overflowed the stack (src/resolve/page.ts now counts directive nesting).
  for (const n of [2000, 10_000]) {
    it(`${n.toLocaleString('en')} nested note directives on one line: a diagnostic, not a stack overflow`, () => {
      const { result, diagnostics } = build({ 'index.rst': `Title\n=====\n\n${'.. note:: '.repeat(n)}x\n` });
      expect(result.pages).toBe(1);
      expect(diagnostics.list.some((d) => /nested deeper/.test(d.message))).toBe(true);
    });
  }

  // Math.min(...lines) passed every line as an argument (src/directives/literalinclude.ts).
  it('literalinclude :dedent: of a 300,000-line file builds', () => {
    const { result } = build({ 'index.rst': 'T\n=\n\n.. literalinclude:: big.txt\n   :dedent:\n', 'big.txt': '    x\n'.repeat(300_000) });
    expect(result.pages).toBe(1);
    const pre = /<pre[^>]*>([\s\S]*?)<\/pre>/.exec(String(result.files.find((f) => f.path === 'index.html')!.content))![1]!;
    expect(pre.replace(/<[^>]+>/g, '').startsWith('x\nx\nx\n')).toBe(true);
  });
});

describe('include paths: fixed crash', () => {
  // Was a crash (src/load/source-files.ts realpathOr, called by SourceFiles.isInsideRoot): the real
  // path of a missing file is found by recursing once per path component, each level re-normalising the whole
  // path, so a long missing path is O(components × length) and overflows the stack past ~10,000 components.
  // `.. include:: a/a/a/…/x.inc` with 16,000 components (one 32 KB line) throws "RangeError: Maximum call stack
  // size exceeded" out of renderSite (CLI exit 70); the same for literalinclude and rest_parameters. Found by
  // the long fuzz pass (seed 284541715, path 4440: a 49 KB mutated tree took 9 s, most of it in realpathOr).
  for (const directive of ['include', 'literalinclude']) {
    it(`${directive} of a missing path with 16,000 components is a diagnostic, not a stack overflow`, () => {
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
 * Were crashes: `array.push(...huge)` / `Math.min(...huge)` pass every element as an argument, and V8 throws
 * "RangeError: Maximum call stack size exceeded" past ~120,000 of them. Each of these inputs is well under the
 * 16 MB file limit; each throws out of renderSite (the CLI dies with exit 70) instead of building.
 */
describe('pathological RST input: fixed crashes on wide input', { timeout: 300_000 }, () => {
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
    it(`${name} builds without a stack overflow (was: ${where})`, () => {
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

