/** The rule catalog lists every lint rule once, with the stage-reported rules kept. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/rules/catalog.js';
import { LINT_RULES } from '../../src/rules/index.js';

describe('ruleCatalog', () => {
  it('lists every lint rule with its severity and description, and keeps the parser/loader ids', () => {
    const ids = ruleCatalog().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of LINT_RULES) expect(ruleCatalog()).toContainEqual({ id: rule.id, defaultSeverity: rule.defaultSeverity, description: rule.description });
    expect(ids).toContain('parameter-not-found');
    expect(ids).toContain('rst-syntax');
  });
  it('names rules in kebab-case', () => {
    for (const rule of LINT_RULES) expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});

describe('every reported id is in the catalog (SARIF and JUnit describe rules from it)', () => {
  it('finds each `report(\'id\', ...)` of src/ in ruleCatalog()', () => {
    const reported = new Set<string>();
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (full.endsWith('.ts')) for (const m of fs.readFileSync(full, 'utf8').matchAll(/(?:report|reportAt)\(\s*'([a-z0-9-]+)'/g)) reported.add(m[1]!);
      }
    };
    walk(path.resolve(import.meta.dirname, '../../src'));
    expect(reported.size).toBeGreaterThan(40);
    const known = new Set(ruleCatalog().map((r) => r.id));
    expect([...reported].filter((id) => !known.has(id)).sort()).toEqual([]);
  });
});

