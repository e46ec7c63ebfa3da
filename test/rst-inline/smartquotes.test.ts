/**
 * Smart quotes: paragraphs → the text Sphinx 5.3 produced for them (recorded from `sphinx-build -b xml`, all
 * text of the paragraph, literal parts included).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { educate } from '../../src/rst/smartquotes.js';
import type { Inline } from '../../src/rst/syntax.js';
import { parse } from './helpers.js';

interface Fixture {
  input: string;
  text: string;
}

const load = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8')) as Fixture[];

const fixtures = load('sphinx-smartquotes.json');
/** Random strings of quotes, dashes, dots and inline markup (seeded), through the same Sphinx build. */
const random = load('sphinx-smartquotes-random.json');

function flatten(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'literal':
        case 'problematic':
        case 'interpreted':
          return n.value;
        case 'footnoteReference':
        case 'citationReference':
          return n.label;
        case 'substitutionReference':
          return n.name;
        default:
          return flatten(n.children);
      }
    })
    .join('');
}

function educated(input: string): string {
  const { nodes } = parse(input);
  educate(nodes);
  return flatten(nodes);
}

describe('smart quotes match Sphinx', () => {
  it.each(fixtures.map((f) => [JSON.stringify(f.input), f] as const))('%s', (_name, fixture) => {
    expect(educated(fixture.input)).toBe(fixture.text);
  });
});

describe('random text matches Sphinx', () => {
  it('all cases', () => {
    for (const fixture of random) expect(educated(fixture.input), fixture.input).toBe(fixture.text);
  });
});

describe('smart quotes details', () => {
  it('carries context across nodes: a quote after emphasis closes', () => {
    expect(educated('*word*" and \'')).toBe('word” and ‘');
  });

  it('leaves literal text alone but uses it as context', () => {
    const { nodes } = parse('``a"`` "b"');
    educate(nodes);
    expect(nodes[0]).toMatchObject({ type: 'literal', value: 'a"' });
    expect(nodes[1]).toMatchObject({ type: 'text', value: ' “b”' });
  });

  it('educates text and text-like roles, not code roles or reference names', () => {
    const { nodes } = parse('`it\'s`_ and :code:`it\'s` and `it\'s` and :sup:`"x"`');
    educate(nodes);
    expect(nodes[0]).toMatchObject({ type: 'reference', refname: "it's", children: [{ value: 'it’s' }] });
    expect(nodes[2]).toMatchObject({ type: 'interpreted', role: 'code', value: "it's" });
    expect(nodes[4]).toMatchObject({ type: 'interpreted', role: null, value: 'it’s', raw: 'it’s' });
    expect(nodes[6]).toMatchObject({ type: 'interpreted', role: 'sup', value: '“x”' });
  });

  it('keeps escaped quotes straight', () => {
    expect(educated('\\"not quoted\\"')).toBe('"not quoted"');
  });

  it('is idempotent: educating twice changes nothing more', () => {
    const { nodes } = parse('\\"straight\\" and "curly" -- it\'s');
    educate(nodes);
    const once = JSON.stringify(nodes);
    educate(nodes);
    expect(JSON.stringify(nodes)).toBe(once);
    expect(nodes[0]).toMatchObject({ value: '"straight" and “curly” – it’s' });
  });

  it('starts a quote after a space-less context as docutils does: first token context is a space', () => {
    expect(educated('"a"')).toBe('“a”');
  });
});
