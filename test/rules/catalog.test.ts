/** The rule catalog lists every lint rule once, with the stage-reported rules kept. */
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
