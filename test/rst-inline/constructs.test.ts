/** The node shapes other stages rely on, spelled out (the docutils fixtures cover the parsing rules). */
import { describe, expect, it } from 'vitest';
import { parse, shape } from './helpers.js';

const nodesOf = (text: string) => shape(parse(text).nodes);

describe('inline constructs', () => {
  it('interpreted text keeps the role (lower-cased), the unescaped value and the raw text', () => {
    expect(nodesOf(':Code:`a\\ b\\*c`')).toEqual([{ type: 'interpreted', role: 'code', value: 'ab*c', raw: 'a\\ b\\*c' }]);
    expect(nodesOf('`default`')).toEqual([{ type: 'interpreted', role: null, value: 'default', raw: 'default' }]);
    expect(nodesOf('`x`:sup:')).toEqual([{ type: 'interpreted', role: 'sup', value: 'x', raw: 'x' }]);
  });

  it('reference names are normalized; embedded URIs lose their whitespace', () => {
    expect(nodesOf('`Some   Name`_')).toEqual([
      { type: 'reference', children: [{ type: 'text', value: 'Some   Name' }], refname: 'some name', anonymous: false },
    ]);
    expect(nodesOf('`Docs <https://docs.example.org/a/\n  b.html>`_')).toEqual([
      {
        type: 'reference',
        children: [{ type: 'text', value: 'Docs' }],
        refuri: 'https://docs.example.org/a/b.html',
        target: 'docs',
        anonymous: false,
      },
    ]);
    expect(nodesOf('`Text <Other Target_>`_')).toEqual([
      { type: 'reference', children: [{ type: 'text', value: 'Text' }], refname: 'other target', anonymous: false },
    ]);
    expect(nodesOf('anon__')).toEqual([{ type: 'reference', children: [{ type: 'text', value: 'anon' }], anonymous: true }]);
  });

  it('footnote and citation references keep their labels as written', () => {
    expect(nodesOf('[1]_ [#]_ [#Note]_ [*]_ [CIT2002]_').filter((n) => (n as { type: string }).type !== 'text')).toEqual([
      { type: 'footnoteReference', label: '1' },
      { type: 'footnoteReference', label: '#' },
      { type: 'footnoteReference', label: '#Note' },
      { type: 'footnoteReference', label: '*' },
      { type: 'citationReference', label: 'CIT2002' },
    ]);
  });

  it('substitution references, plain and as links', () => {
    expect(nodesOf('|Some  Name| |x|_ |y|__').filter((n) => (n as { type: string }).type !== 'text')).toEqual([
      { type: 'substitutionReference', name: 'Some Name' },
      { type: 'substitutionReference', name: 'x', reference: 'named' },
      { type: 'substitutionReference', name: 'y', reference: 'anonymous' },
    ]);
  });

  it('standalone URIs and e-mail addresses; trailing punctuation stays outside', () => {
    expect(nodesOf('See https://x.org/a. Or mail a@b.org!')).toEqual([
      { type: 'text', value: 'See ' },
      { type: 'reference', children: [{ type: 'text', value: 'https://x.org/a' }], refuri: 'https://x.org/a', anonymous: false },
      { type: 'text', value: '. Or mail ' },
      { type: 'reference', children: [{ type: 'text', value: 'a@b.org' }], refuri: 'mailto:a@b.org', anonymous: false },
      { type: 'text', value: '!' },
    ]);
  });

  it('escapes: backslash-space vanishes, escaped characters are literal', () => {
    expect(nodesOf('a\\ b \\*c\\* \\\\')).toEqual([{ type: 'text', value: 'ab *c* \\' }]);
  });

  it('unmatched markup becomes problematic and parsing goes on', () => {
    const { nodes, diagnostics } = parse('**open and *fine*');
    expect(shape(nodes)).toEqual([
      { type: 'problematic', value: '**' },
      { type: 'text', value: 'open and ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'fine' }] },
    ]);
    expect(diagnostics.list.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ['rst-syntax', 'warn', 'Inline strong start-string without end-string.'],
    ]);
  });
});
