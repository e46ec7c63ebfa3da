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
