/**
 * Inputs → the inline tree docutils 0.19 builds for them (recorded with docutils' own parser, roles left
 * generic), and the warnings it reports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, shape } from './helpers.js';

interface Fixture {
  input: string;
  nodes: unknown[];
  warnings: string[];
}

const load = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8')) as Fixture[];

/** Hand-written cases, one construct or rule each. */
const fixtures = load('docutils-inline.json');
/** Random strings of markup characters (seeded), which found the corners the hand-written cases missed. */
const random = load('docutils-random.json');

/** docutils may split plain text into several Text nodes; compare text runs merged. */
function mergeText(nodes: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const node of nodes as { type: string; value?: string; children?: unknown[] }[]) {
    const last = out[out.length - 1] as { type: string; value: string } | undefined;
    if (node.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { ...last, value: last.value + node.value };
      continue;
    }
    out.push(node.children ? { ...node, children: mergeText(node.children) } : node);
  }
  return out;
}

function check(fixture: Fixture): void {
  const { nodes, diagnostics } = parse(fixture.input);
  expect(mergeText(shape(nodes)), fixture.input).toEqual(mergeText(fixture.nodes));
  expect(diagnostics.list.map((d) => d.message), fixture.input).toEqual(fixture.warnings);
}

describe('inline markup matches docutils', () => {
  it.each(fixtures.map((f) => [JSON.stringify(f.input), f] as const))('%s', (_name, fixture) => check(fixture));
});

describe('random markup matches docutils', () => {
  it('all cases', () => {
    for (const fixture of random) check(fixture);
  });
});
