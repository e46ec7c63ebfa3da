/** Every node's span points into the original file, across lines and indented blocks. */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseInline } from '../../src/rst/inline.js';
import type { Inline, Line } from '../../src/rst/syntax.js';
import { parse } from './helpers.js';

const at = (n: Inline) => [n.position.start.line, n.position.start.column, n.position.end.line, n.position.end.column];

describe('positions', () => {
  it('spans single-line constructs by column', () => {
    const { nodes } = parse('an *em* and ``lit`` and name_');
    expect(nodes.map((n) => [n.type, ...at(n)])).toEqual([
      ['text', 1, 1, 1, 4],
      ['emphasis', 1, 4, 1, 8],
      ['text', 1, 8, 1, 13],
      ['literal', 1, 13, 1, 20],
      ['text', 1, 20, 1, 25],
      ['reference', 1, 25, 1, 30],
    ]);
    const em = nodes[1] as Extract<Inline, { type: 'emphasis' }>;
    expect(at(em.children[0]!)).toEqual([1, 5, 1, 7]);
  });

  it('uses each line’s own column and offset (indented block)', () => {
    // A block quoted by 4 spaces at file line 10; the file offset of line 10 is 200.
    const lines: Line[] = [
      { text: 'first *line', file: '/f.rst', line: 10, column: 5, offset: 204 },
      { text: 'second* end', file: '/f.rst', line: 11, column: 5, offset: 220 },
    ];
    const nodes = parseInline(lines, new DiagnosticBag());
    const em = nodes[1]!;
    expect(em.type).toBe('emphasis');
    expect(em.position.start).toEqual({ line: 10, column: 11, offset: 210 });
    expect(em.position.end).toEqual({ line: 11, column: 12, offset: 227 });
    expect(em.position.file).toBe('/f.rst');
  });

  it('places diagnostics on the unmatched start-string', () => {
    const { diagnostics } = parse('ok\nthen *broken here');
    expect(diagnostics.list).toEqual([
      {
        ruleId: 'rst-syntax',
        severity: 'warn',
        message: 'Inline emphasis start-string without end-string.',
        file: '/doc.rst',
        line: 2,
        column: 6,
        endLine: 2,
        endColumn: 7,
      },
    ]);
  });

  it('spans a standalone URI and a phrase reference with an embedded link', () => {
    const { nodes } = parse('go http://x.org/ or `X <http://y.org>`_');
    expect(nodes.filter((n) => n.type === 'reference').map(at)).toEqual([
      [1, 4, 1, 17],
      [1, 21, 1, 40],
    ]);
  });

  it('returns nothing for no lines', () => {
    expect(parseInline([], new DiagnosticBag())).toEqual([]);
  });
});
