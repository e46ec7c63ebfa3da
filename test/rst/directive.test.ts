import { describe, expect, it } from 'vitest';
import type { Directive, SubstitutionDefinition, Target } from '../../src/rst/syntax.js';
import { parse } from './helpers.js';

const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

describe('directives (generic split)', () => {
  it('argument, options with continuation, content', () => {
    const { root, bag } = parse(
      [
        '.. Code-Block:: python',
        '   :linenos:',
        '   :caption: A long',
        '      caption',
        '',
        '   x = 1',
        '',
        '     y = 2',
        '',
        'After.',
      ].join('\n'),
    );
    const d = root.children[0] as Directive;
    expect(d.type).toBe('directive');
    expect(d.name).toBe('code-block');
    expect(d.rawName).toBe('Code-Block');
    expect(d.argument).toBe('python');
    expect(d.options.map((o) => [o.name, o.value])).toEqual([
      ['linenos', ''],
      ['caption', 'A long\ncaption'],
    ]);
    expect(texts(d.content)).toEqual(['x = 1', '', '  y = 2']);
    expect(d.content[0]).toMatchObject({ line: 6, column: 4, offset: expect.any(Number) });
    expect(d.position.start.line).toBe(1);
    expect(d.position.end.line).toBe(8);
    expect(root.children[1]!.type).toBe('paragraph');
    expect(bag.list).toEqual([]);
  });

  it('argument on following lines, multi-line argument', () => {
    const { root } = parse('.. rest_method::\n   GET /v3/{project_id}/volumes\n\n.. note:: This is\n   an argument\n\n   content\n');
    const [m, n] = root.children as Directive[];
    expect(m!.argument).toBe('GET /v3/{project_id}/volumes');
    expect(m!.argumentLines[0]).toMatchObject({ line: 2, column: 4 });
    expect(m!.content).toEqual([]);
    expect(n!.argument).toBe('This is\nan argument');
    expect(texts(n!.content)).toEqual(['content']);
  });

  it('content only', () => {
    const { root } = parse('.. rest_parameters:: parameters.yaml\n\n   - name: name\n   - id: id\n');
    const d = root.children[0] as Directive;
    expect(d.argument).toBe('parameters.yaml');
    expect(texts(d.content)).toEqual(['- name: name', '- id: id']);
  });

  it('directive with no space before ::', () => {
    const { root } = parse('.. note::\n\n   text\n');
    expect((root.children[0] as Directive).name).toBe('note');
  });
});

describe('targets', () => {
  const targets = (src: string) => parse(src).root.children.filter((c): c is Target => c.type === 'target');
  it('named, continued, internal, anonymous, quoted, indirect', () => {
    const t = targets(
      [
        '.. _External Link: http://example.com/',
        '.. _continued: http://example.com/',
        '   long/path',
        '.. _internal:',
        '.. __: http://anon.example.com/',
        '.. _`name: with colon`: http://colon.example.com/',
        '.. _indirect: `External  Link`_',
        '.. _phrase: `name: with colon`_',
        '',
        '__ http://anon2.example.com/',
      ].join('\n'),
    );
    expect(t.map(({ name, refuri, refname, anonymous }) => ({ name, refuri, refname, anonymous }))).toEqual([
      { name: 'external link', refuri: 'http://example.com/', refname: undefined, anonymous: false },
      { name: 'continued', refuri: 'http://example.com/long/path', refname: undefined, anonymous: false },
      { name: 'internal', refuri: undefined, refname: undefined, anonymous: false },
      { name: null, refuri: 'http://anon.example.com/', refname: undefined, anonymous: true },
      { name: 'name: with colon', refuri: 'http://colon.example.com/', refname: undefined, anonymous: false },
      { name: 'indirect', refuri: undefined, refname: 'external link', anonymous: false },
      { name: 'phrase', refuri: undefined, refname: 'name: with colon', anonymous: false },
      { name: null, refuri: 'http://anon2.example.com/', refname: undefined, anonymous: true },
    ]);
    expect(t[1]!.position.end.line).toBe(3);
  });

  it('malformed target becomes a comment with a warning', () => {
    const { root, bag } = parse('.. _bad target\n');
    expect(root.children[0]!.type).toBe('comment');
    expect(bag.list.map((d) => [d.severity, d.message])).toEqual([['warn', 'malformed hyperlink target.']]);
  });
});

describe('substitution definitions', () => {
  it('holds the embedded directive', () => {
    const { root } = parse('.. |name| replace:: replacement\n   text\n.. |multi\n   line| image:: pic.png\n   :alt: x\n');
    const [a, b] = root.children as SubstitutionDefinition[];
    expect(a!.name).toBe('name');
    expect(a!.children[0]).toMatchObject({ type: 'directive', name: 'replace', argument: 'replacement\ntext' });
    expect(a!.children[0].argumentLines[0]).toMatchObject({ line: 1, column: 21 });
    expect(b!.name).toBe('multi line');
    expect(b!.children[0]).toMatchObject({ name: 'image', argument: 'pic.png' });
    expect(b!.children[0].options[0]).toMatchObject({ name: 'alt', value: 'x' });
  });

  it('missing or invalid contents are warnings, no node', () => {
    const { root, bag } = parse('.. |a|\n.. |b| text\n');
    expect(root.children).toEqual([]);
    expect(bag.list.map((d) => d.message)).toEqual([
      'Substitution definition "a" missing contents.',
      'Substitution definition "b" empty or invalid.',
    ]);
  });
});

describe('footnotes and citations', () => {
  it('labels and bodies', () => {
    const { root } = parse('.. [1] One.\n.. [#] Auto.\n.. [#note] Named.\n.. [*] Star.\n.. [CIT2002] Citation\n   continued.\n');
    expect(root.children.map((c) => [c.type, 'label' in c ? c.label : ''])).toEqual([
      ['footnote', '1'],
      ['footnote', '#'],
      ['footnote', '#note'],
      ['footnote', '*'],
      ['citation', 'CIT2002'],
    ]);
    const cit = root.children[4] as { children: { type: string; position: { start: { line: number; column: number } } }[] };
    expect(cit.children[0]).toMatchObject({ type: 'paragraph', position: { start: { line: 5, column: 14 } } });
  });
});
