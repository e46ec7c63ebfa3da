import { describe, expect, it } from 'vitest';
import type { Block, Include, LiteralBlock, Paragraph, Section } from '../../src/rst/syntax.js';
import { parse } from './helpers.js';

/** An include callback over an in-memory file set under /doc. */
function files(map: Record<string, string>) {
  const calls: string[] = [];
  const include = (p: string) => {
    calls.push(p);
    const file = `/doc/${p}`;
    return p in map ? { file, text: map[p]! } : null;
  };
  return { include, calls };
}

const textOf = (b: Block) => ((b as Paragraph).children ?? []).map((c) => ('value' in c ? c.value : '')).join('');

describe('include', () => {
  it('splices the file in place: its titles join the section hierarchy, positions point into it', () => {
    const { include, calls } = files({
      'a.inc': 'A section\n---------\n\nA text.\n',
      'b.inc': 'Next chapter\n============\n\nB text.\n',
    });
    const { root, bag } = parse('Main\n====\n\n.. include:: a.inc\n.. include:: b.inc\nAfter.\n', '/doc/index.rst', include);
    expect(bag.list).toEqual([]);
    expect(calls).toEqual(['a.inc', 'b.inc']);
    const [main, next] = root.children as Section[];
    expect(main!.children.map((c) => c.type)).toEqual(['title', 'include', 'section']);
    const inc = main!.children[1] as Include;
    expect(inc).toMatchObject({ path: 'a.inc', file: '/doc/a.inc', position: { file: '/doc/index.rst', start: { line: 4 } } });
    const sub = main!.children[2] as Section;
    expect(sub.depth).toBe(2);
    expect(sub.children[1]!.position).toMatchObject({ file: '/doc/a.inc', start: { line: 4, column: 1, offset: 21 } });
    // b.inc's '=' title closes "Main"; "After." (no blank line needed after the directive) lands in it.
    expect(next!.depth).toBe(1);
    expect(next!.children.map((c) => c.type)).toEqual(['title', 'paragraph', 'paragraph']);
    expect(textOf(next!.children[2]!)).toBe('After.');
    expect(next!.children[2]!.position.file).toBe('/doc/index.rst');
  });

  it('start-after / end-before / start-line / end-line clip the text, positions stay right', () => {
    const { include } = files({ 'p.inc': 'skip\nSTART here\nKept line.\nEND\nnot kept\n' });
    const { root } = parse(
      '.. include:: p.inc\n   :start-after: START here\n   :end-before: END\n\n.. include:: p.inc\n   :start-line: 4\n   :end-line: 5\n',
      '/doc/index.rst',
      include,
    );
    const paras = root.children.filter((c) => c.type === 'paragraph');
    expect(paras.map(textOf)).toEqual(['Kept line.', 'not kept']);
    expect(paras[0]!.position).toMatchObject({ file: '/doc/p.inc', start: { line: 3, column: 1, offset: 16 } });
    expect(paras[1]!.position.start.line).toBe(5);
  });

  it(':literal: includes a literal block', () => {
    const { include } = files({ 's.json': '{\n  "a": 1\n}\n' });
    const { root } = parse('.. include:: s.json\n   :literal:\n', '/doc/index.rst', include);
    expect(root.children.map((c) => c.type)).toEqual(['include', 'literalBlock']);
    expect((root.children[1] as LiteralBlock).value).toBe('{\n  "a": 1\n}');
  });

  it('text not found for start-after is an error', () => {
    const { include } = files({ 'p.inc': 'text\n' });
    const { bag } = parse('.. include:: p.inc\n   :start-after: NOPE\n', '/doc/index.rst', include);
    expect(bag.list.map((d) => [d.severity, d.line, d.message.split('\n')[0]])).toEqual([
      ['error', 1, 'Problem with "start-after" option of "include" directive:'],
    ]);
  });

  it('a cycle is reported and not followed', () => {
    const { include, calls } = files({ 'a.inc': 'A\n\n.. include:: b.inc\n', 'b.inc': 'B\n\n.. include:: a.inc\n' });
    const { root, bag } = parse('.. include:: a.inc\n', '/doc/index.rst', include);
    expect(calls).toEqual(['a.inc', 'b.inc', 'a.inc']);
    expect(bag.list).toHaveLength(1);
    expect(bag.list[0]).toMatchObject({ severity: 'warn', file: '/doc/b.inc', line: 3 });
    expect(bag.list[0]!.message).toMatch(/^circular inclusion in "include" directive:/);
    expect(root.children.filter((c) => c.type === 'paragraph').map(textOf)).toEqual(['A', 'B']);
  });

  it('the same file may be included twice in sequence', () => {
    const { include } = files({ 'x.inc': 'X\n' });
    const { root, bag } = parse('.. include:: x.inc\n.. include:: x.inc\n', '/doc/index.rst', include);
    expect(bag.list).toEqual([]);
    expect(root.children.map((c) => c.type)).toEqual(['include', 'paragraph', 'include', 'paragraph']);
  });

  it('depth beyond 20 is refused', () => {
    const map: Record<string, string> = {};
    for (let i = 0; i < 30; i++) map[`f${i}.inc`] = `.. include:: f${i + 1}.inc\n`;
    const { include } = files(map);
    const { bag } = parse('.. include:: f0.inc\n', '/doc/index.rst', include);
    expect(bag.list.map((d) => d.severity)).toEqual(['error']);
    expect(bag.list[0]!.message).toMatch(/nested more than 20/);
  });

  it('without a callback, leaves an unresolved marker', () => {
    const { root, bag } = parse('.. include:: x.inc\n');
    expect(root.children).toMatchObject([{ type: 'include', path: 'x.inc', file: null }]);
    expect(bag.list).toEqual([]);
  });

  it('a title inside an include within a list item is an error, as in docutils', () => {
    const { include } = files({ 't.inc': 'Title\n=====\n' });
    const { bag } = parse('- item\n\n  .. include:: t.inc\n', '/doc/index.rst', include);
    expect(bag.list.map((d) => [d.file, d.line, d.message])).toEqual([['/doc/t.inc', 2, 'Unexpected section title.']]);
  });
});
