import { describe, expect, it } from 'vitest';
import type {
  BlockQuote, DefinitionList, EnumeratedList, LineBlock, LiteralBlock, Paragraph, Section, Table, Text,
} from '../../src/rst/syntax.js';
import { linesOf } from '../../src/rst/parse.js';
import { parse } from './helpers.js';

describe('linesOf', () => {
  it('strips the BOM, normalizes newlines, expands tabs, trims line ends, keeps offsets', () => {
    const lines = linesOf('\ufeffa\r\nb\tc  \rd\n\te\n', '/f.rst');
    expect(lines.map((l) => l.text)).toEqual(['a', 'b       c', 'd', '        e']);
    expect(lines.map((l) => [l.line, l.column, l.offset])).toEqual([[1, 1, 1], [2, 1, 4], [3, 1, 10], [4, 1, 12]]);
  });
  it('no trailing empty line, empty text has no lines', () => {
    expect(linesOf('a\n', '/f')).toHaveLength(1);
    expect(linesOf('', '/f')).toEqual([]);
    expect(linesOf('\n', '/f').map((l) => l.text)).toEqual(['']);
  });
});

describe('sections', () => {
  it('levels by first appearance; overline style differs from underline-only; positions', () => {
    const { root, bag } = parse('=====\nTop\n=====\n\nA\n=\n\nB\n-\n\nC\n=\n\nText.\n');
    expect(bag.list).toEqual([]);
    const top = root.children[0] as Section;
    expect(top).toMatchObject({ depth: 1, style: '=', overline: true });
    expect(top.position).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 14, column: 6 } });
    expect(top.children[0].position).toMatchObject({ start: { line: 2, column: 1 }, end: { line: 2, column: 4 } });
    const [a, c] = top.children.slice(1) as Section[];
    expect(a).toMatchObject({ depth: 2, style: '=', overline: false });
    expect((a!.children[1] as Section).depth).toBe(3);
    expect(c!.depth).toBe(2);
  });

  it('Title level inconsistent drops the title, parsing goes on', () => {
    const { root, bag } = parse('A\n=\n\nB\n-\n\nC\n=\n\nD\n~\n\nText.\n');
    expect(bag.list.map((d) => [d.severity, d.line, d.message])).toEqual([['error', 10, 'Title level inconsistent:']]);
    const c = root.children[1] as Section;
    expect(c.children.map((x) => x.type)).toEqual(['title', 'paragraph']);
  });

  it('a leading field list becomes meta', () => {
    const { root } = parse(':tocdepth: 2\n:orphan:\n\nTitle\n=====\n');
    expect(root.meta).toEqual({ tocdepth: '2', orphan: '' });
    expect(root.children.map((c) => c.type)).toEqual(['section']);
  });

  it('a transition ending a section moves after it (docutils Transitions)', () => {
    const { root } = parse('A\n=\n\nText.\n\n----\n\nB\n=\n\nMore.\n');
    expect(root.children.map((c) => c.type)).toEqual(['section', 'transition', 'section']);
  });
});

describe('paragraphs and literal blocks', () => {
  it('`text::` keeps one colon, `text ::` none, `::` alone is dropped', () => {
    const { root } = parse('Para::\n\n   lit\n\nSpace ::\n\n   lit2\n\n::\n\n   lit3\n');
    const kinds = root.children.map((c) => c.type);
    expect(kinds).toEqual(['paragraph', 'literalBlock', 'paragraph', 'literalBlock', 'literalBlock']);
    const p = root.children[0] as Paragraph;
    expect((p.children[0] as Text).value).toBe('Para:');
    expect(((root.children[2] as Paragraph).children[0] as Text).value).toBe('Space');
    expect(root.children[1]).toMatchObject({ value: 'lit', position: { start: { line: 3, column: 4, offset: 11 } } });
  });

  it('quoted literal block', () => {
    const { root } = parse('Para::\n\n> a\n> b\n');
    expect((root.children[1] as LiteralBlock).value).toBe('> a\n> b');
  });
});

describe('lists', () => {
  it('enumerated list attributes', () => {
    const { root, bag } = parse('(c) three\n(d) four\n');
    expect(root.children[0] as EnumeratedList).toMatchObject({ enumtype: 'loweralpha', prefix: '(', suffix: ')', start: 3 });
    expect(bag.list.map((d) => d.severity)).toEqual(['info']);
  });

  it('definition list classifiers', () => {
    const { root } = parse('term : cls one : two\n   definition\n');
    const item = (root.children[0] as DefinitionList).children[0]!;
    expect(item.children.map((c) => c.type)).toEqual(['term', 'classifier', 'classifier', 'definition']);
    expect(item.children[1]).toMatchObject({ children: [{ value: 'cls one', position: { start: { column: 8 } } }] });
  });

  it('nested line blocks', () => {
    const { root } = parse('| a\n|   b\n| c\n');
    const lb = root.children[0] as LineBlock;
    expect(lb.children.map((c) => c.type)).toEqual(['line', 'lineBlock', 'line']);
  });

  it('block quote with attribution', () => {
    const { root } = parse('Para.\n\n   Quote.\n\n   -- Someone\n');
    const bq = root.children[1] as BlockQuote;
    expect(bq.children.map((c) => c.type)).toEqual(['paragraph', 'attribution']);
    expect(bq.children[1]!.position.start).toMatchObject({ line: 5, column: 7 });
  });
});

describe('tables', () => {
  it('grid table cells are parsed as blocks with file positions and spans', () => {
    const src = ['+-----+-----+', '| h1  | h2  |', '+=====+=====+', '| - a | b   |', '+-----+     |', '| c   |     |', '+-----+-----+'].join('\n');
    const { root, bag } = parse(src);
    expect(bag.list).toEqual([]);
    const t = root.children[0] as Table;
    expect(t).toMatchObject({ kind: 'grid', colWidths: [5, 5] });
    expect(t.children.map((g) => g.type)).toEqual(['tableHead', 'tableBody']);
    const [r1, r2] = t.children[1]!.children;
    expect(r1!.children.map((c) => [c.rowspan, c.colspan])).toEqual([[1, 1], [2, 1]]);
    expect(r2!.children).toHaveLength(1);
    expect(r1!.children[0]!.children[0]).toMatchObject({ type: 'bulletList', position: { start: { line: 4, column: 3 } } });
  });

  it('simple table with column span', () => {
    const src = ['=====  =====', 'both', '------------', 'a      b', '=====  ====='].join('\n');
    const t = parse(src).root.children[0] as Table;
    expect(t.kind).toBe('simple');
    expect(t.children[0]!.children.map((r) => r.children.map((c) => c.colspan))).toEqual([[2], [1, 1]]);
  });
});

describe('parseBlocks (nested content)', () => {
  it('parses lines with their positions; a title there is an error, as in docutils', async () => {
    const { parseBlocks } = await import('../../src/rst/parse.js');
    const { DiagnosticBag } = await import('../../src/diagnostics/diagnostic.js');
    const bag = new DiagnosticBag();
    const lines = linesOf('.. note::\n\n   Text.\n\n   Title\n   =====\n', '/doc/x.rst')
      .slice(2)
      .map((l) => ({ ...l, text: l.text.slice(3), column: l.column + 3, offset: l.offset + 3 }));
    const blocks = parseBlocks(lines, { file: '/doc/x.rst', diagnostics: bag });
    expect(blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(blocks[0]!.position.start).toMatchObject({ line: 3, column: 4, offset: 14 });
    expect(bag.list.map((d) => [d.severity, d.line, d.column, d.message])).toEqual([['error', 6, 4, 'Unexpected section title.']]);
  });
});
