/**
 * YAML is data, never code or a memory bomb: custom tags are refused (and never constructed), alias bombs are
 * bounded, oversized documents are refused with a diagnostic — by the loaders and through a whole build.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParameters } from '../../src/data/parameters.js';
import { loadStatus } from '../../src/data/status.js';
import { MAX_YAML_BYTES } from '../../src/data/yaml-reader.js';
import { renderSite } from '../../src/site/build.js';
import { configFor, writeTree } from '../helpers/tree.js';

const FILE = '/tree/parameters.yaml';

function load(text: string) {
  const diagnostics = new DiagnosticBag();
  const t0 = performance.now();
  const result = loadParameters(FILE, text, diagnostics);
  return { result, diagnostics, ms: performance.now() - t0 };
}

/** The billion laughs: each level is ten of the one before; 10^9 leaves if expanded. */
function billionLaughs(levels = 9): string {
  const lines = ['a0: &a0 [lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  lines.push(`bomb:\n  description: *a${levels}\n  in: body\n  required: true\n  type: string`);
  return `${lines.join('\n')}\n`;
}

describe('custom tags are refused', () => {
  for (const tag of ['!!python/object/apply:os.system', '!!python/name:builtins.eval', '!custom', '!<tag:example.com,2000:x>', '!!binary']) {
    it(`${tag}`, () => {
      const { result, diagnostics } = load(`p:\n  description: ${tag} ["echo pwned"]\n  in: body\n  required: true\n  type: string\n`);
      const refused = diagnostics.list.filter((d) => d.ruleId === 'yaml-unsafe-tag');
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ file: FILE, line: 2, column: 16 });
      // Nothing was constructed from it: the value is plain data (text or a list of text), not an object.
      const value = result.byKey.get('p')?.value as Record<string, unknown> | undefined;
      const d = value?.description;
      expect(d === null || typeof d === 'string' || Array.isArray(d)).toBe(true);
    });
  }

  it('on a key and at the top of the document too', () => {
    const { diagnostics } = load('--- !custom\n!!python/object:x p: 1\n');
    expect(diagnostics.list.filter((d) => d.ruleId === 'yaml-unsafe-tag').length).toBeGreaterThanOrEqual(1);
  });

  it('status.yaml refuses them alike', () => {
    const diagnostics = new DiagnosticBag();
    loadStatus('/tree/status.yaml', '200:\n  default: !!python/object/apply:os.system ["id"]\n', diagnostics);
    expect(diagnostics.list.some((d) => d.ruleId === 'yaml-unsafe-tag')).toBe(true);
  });

  it('the core schema tags stay allowed', () => {
    const { diagnostics } = load('p:\n  description: !!str 12\n  in: body\n  required: !!bool true\n  type: string\n');
    expect(diagnostics.list.filter((d) => d.ruleId === 'yaml-unsafe-tag')).toEqual([]);
  });
});

describe('alias bombs are bounded', () => {
  it('the billion laughs: one error, quickly, bounded memory', () => {
    const before = process.memoryUsage().heapUsed;
    const { diagnostics, ms } = load(billionLaughs());
    expect(diagnostics.list.filter((d) => d.ruleId === 'yaml-alias-limit')).toHaveLength(1);
    expect(ms).toBeLessThan(5000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('merge-key chains (<<: [*x, *x, ...]) stay small and fast: merged keys collapse', () => {
    const lines = ['m0: &m0 {k0: v}'];
    for (let i = 1; i <= 25; i++) lines.push(`m${i}: &m${i} {<<: [${Array(4).fill(`*m${i - 1}`).join(', ')}], k${i}: v}`);
    const { diagnostics, ms } = load(`${lines.join('\n')}\n`);
    expect(ms).toBeLessThan(5000);
    expect(diagnostics.list.filter((d) => d.ruleId.startsWith('yaml-'))).toEqual([]);
    expect(Object.keys((load(`${lines.join('\n')}\n`).result.data?.m25 ?? {}) as object)).toHaveLength(26);
  });

  it('an alias that refers to itself', () => {
    const { diagnostics, ms } = load('p: &a [*a]\n');
    expect(ms).toBeLessThan(1000);
    expect(diagnostics.list.map((d) => d.message).join()).toMatch(/refers to itself|deeper/);
  });

  it('modest honest aliases still work', () => {
    const { result, diagnostics } = load('base: &b\n  description: d\n  in: body\n  required: true\n  type: string\ncopy: *b\n');
    expect(diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.byKey.get('copy')?.type).toBe('string');
  });
});

describe('oversized documents are refused', () => {
  it(`over ${MAX_YAML_BYTES} characters: one diagnostic at the file, nothing parsed, fast`, () => {
    const entry = 'p:\n  description: d\n  in: body\n  required: true\n  type: string\n';
    const text = `# ${'x'.repeat(MAX_YAML_BYTES)}\n${entry}`;
    const { result, diagnostics, ms } = load(text);
    expect(diagnostics.list).toHaveLength(1);
    expect(diagnostics.list[0]).toMatchObject({ ruleId: 'file-too-large', severity: 'error', file: FILE, line: 1, column: 1 });
    expect(result.entries).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });
});

describe('through a whole build', () => {
  it('a hostile parameters.yaml is reported, and the page still builds', () => {
    const dir = writeTree({
      'index.rst': 'T\n=\n\n.. rest_method:: GET /x\n\nOp\n\n.. rest_parameters:: parameters.yaml\n\n   - bomb: bomb\n   - p: p\n',
      'parameters.yaml': `${billionLaughs()}p:\n  description: !!python/object/apply:os.system ["touch /tmp/apiref-pwned"]\n  in: body\n  required: true\n  type: string\n`,
    });
    try {
      const diagnostics = new DiagnosticBag();
      const result = renderSite(configFor(dir), diagnostics);
      expect(result.pages).toBe(1);
      const rules = new Set(diagnostics.list.map((d) => d.ruleId));
      expect(rules.has('yaml-unsafe-tag')).toBe(true);
      expect(rules.has('yaml-alias-limit')).toBe(true);
      expect(fs.existsSync('/tmp/apiref-pwned')).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
