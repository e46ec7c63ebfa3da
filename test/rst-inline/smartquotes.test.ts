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

const fixtures = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/sphinx-smartquotes.json', import.meta.url)), 'utf8'),
) as Fixture[];

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

  it('only mutates text values', () => {
    const { nodes } = parse('`it\'s`_ and :code:`it\'s`');
    educate(nodes);
    expect(nodes[0]).toMatchObject({ type: 'reference', refname: "it's", children: [{ value: 'it’s' }] });
    expect(nodes[2]).toMatchObject({ type: 'interpreted', value: "it's" });
  });

  it('keeps escaped quotes straight', () => {
    expect(educated('\\"not quoted\\"')).toBe('"not quoted"');
  });
});
