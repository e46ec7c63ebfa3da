/** Hostile and huge inputs: nothing throws, hangs or goes quadratic. */
import { describe, expect, it } from 'vitest';
import type { BulletList, ListItem, Table } from '../../src/rst/syntax.js';
import { parse } from './helpers.js';

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

describe('robustness', () => {
  it('10,000 list items', () => {
    const src = Array.from({ length: 10_000 }, (_, i) => `- item ${i}`).join('\n');
    const { value, ms } = timed(() => parse(src));
    const list = value.root.children[0] as BulletList;
    expect(list.children).toHaveLength(10_000);
    expect(list.children[9_999]!.position.start.line).toBe(10_000);
    expect(ms).toBeLessThan(3000);
  });

  const depthOf = (first: BulletList | undefined) => {
    let depth = 0;
    let node = first;
    while (node) {
      depth++;
      const item: ListItem = node.children[0]!;
      node = item.children.find((c): c is BulletList => c.type === 'bulletList');
    }
    return depth;
  };

  it('10,000 nested list items (`- - - ... x`): cut off with a diagnostic, no stack overflow', () => {
    const { value, ms } = timed(() => parse(`${'- '.repeat(10_000)}x`));
    expect(depthOf(value.root.children[0] as BulletList)).toBeGreaterThan(100);
    expect(value.bag.list.map((d) => d.message)).toEqual([expect.stringMatching(/^Nesting deeper than \d+ levels/)]);
    expect(ms).toBeLessThan(3000);
  });

  it('1,000 list items nested by indentation', () => {
    const src = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n\n');
    const { value, ms } = timed(() => parse(src));
    expect(depthOf(value.root.children[0] as BulletList)).toBeGreaterThan(100);
    expect(ms).toBeLessThan(5000);
  });

  it('a 1 MB line', () => {
    const line = 'word '.repeat(200_000);
    const { value, ms } = timed(() => parse(`${line}\n\n:${'x'.repeat(1_000_000)}\n\n.. _${'y'.repeat(1_000_000)}\n`));
    expect(value.root.children[0]!.type).toBe('paragraph');
    expect(ms).toBeLessThan(3000);
  });

  it('a 1,000-column grid table row', () => {
    const border = `+${'--+'.repeat(1000)}`;
    const row = `|${'ab|'.repeat(1000)}`;
    const { value, ms } = timed(() => parse([border, row, border, row, border].join('\n')));
    const table = value.root.children[0] as Table;
    expect(table.colWidths).toHaveLength(1000);
    expect(table.children[0]!.children).toHaveLength(2);
    expect(table.children[0]!.children[0]!.children).toHaveLength(1000);
    expect(value.bag.list).toEqual([]);
    expect(ms).toBeLessThan(3000);
  });

  it('a 1,000-column simple table', () => {
    const border = Array.from({ length: 1000 }, () => '==').join(' ');
    const row = Array.from({ length: 1000 }, () => 'ab').join(' ');
    const { value } = timed(() => parse([border, row, border].join('\n')));
    expect((value.root.children[0] as Table).colWidths).toHaveLength(1000);
  });

  it('garbage does not throw', () => {
    const pieces = ['.. ', '::', '+--+', '| ', '===', '- ', '1. ', ':a: ', '   ', '\t', '>>>', '__ ', '.. |x| ', '``', '\\', '`', '--'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 200; n++) {
      const lines: string[] = [];
      for (let l = 0; l < 30; l++) {
        let s = '';
        for (let k = 0; k < 4; k++) s += pieces[Math.floor(rnd() * pieces.length)] + (rnd() < 0.5 ? 'x' : '');
        lines.push(rnd() < 0.2 ? '' : s);
      }
      expect(() => parse(lines.join('\n'))).not.toThrow();
    }
  });
});
