import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/schema.js';

describe('validateConfig (schemas/apiref.config.schema.json)', () => {
  it('accepts an empty configuration and a full one', () => {
    expect(validateConfig({})).toEqual([]);
    expect(
      validateConfig({
        $schema: './node_modules/apiref/schemas/apiref.config.schema.json',
        project: 'Compute API',
        outDir: 'build/html',
        allowRawHtml: true,
        templates: 'templates',
        rules: { 'parameters-sort': 'error', 'raw-html': 'off', 'duplicate-label': 'warn' },
        microversions: { min: '2.1', max: '2.96', releases: { '2.5': 'Ocata', '2.10': 'Pike' } },
        types: ['string', 'integer', 'uuid'],
        baseline: '.apiref-baseline.json',
      }),
    ).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', [], ['/: must be object']],
    ['an unknown setting', { outdir: 'x' }, ['/outdir: unknown setting "outdir"']],
    ['a wrong type', { allowRawHtml: 'yes' }, ['/allowRawHtml: must be boolean']],
    ['a bad severity', { rules: { 'raw-html': 'warning' } }, ['/rules/raw-html: must be one of "error", "warn", "off"']],
    ['a bad rule id', { rules: { 'Raw HTML': 'off' } }, ['/rules/Raw HTML: is not a valid rule id (lower-case words joined by "-")']],
    ['a float microversion', { microversions: { min: 2.1, max: '2.10' } }, ['/microversions/min: must be string']],
    ['a microversion that is not X.Y', { microversions: { min: '2', max: '2.10' } }, ['/microversions/min: must be a microversion "X.Y", such as "2.10"']],
    ['a missing max', { microversions: { min: '2.1' } }, ["/microversions: must have required property 'max'"]],
    ['a bad release key', { microversions: { min: '2.1', max: '2.3', releases: { 'v2/5': 'Ocata' } } }, ['/microversions/releases/v2~15: must be a microversion "X.Y", such as "2.10"']],
    ['repeated types', { types: ['string', 'string'] }, ['/types: must NOT have duplicate items (items ## 1 and 0 are identical)']],
    ['two problems at once', { project: 3, baseline: '' }, ['/project: must be string', '/baseline: must NOT have fewer than 1 characters']],
  ])('reports %s with its JSON pointer', (_name, data, expected) => {
    expect(validateConfig(data)).toEqual(expected);
  });

  it('is a draft-07 schema that describes every setting for editors', () => {
    const schema = JSON.parse(fs.readFileSync(new URL('../../schemas/apiref.config.schema.json', import.meta.url), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual([
      '$schema', 'project', 'outDir', 'allowRawHtml', 'templates', 'rules', 'microversions', 'types', 'baseline',
    ]);
    for (const [name, prop] of Object.entries<{ description?: string }>(schema.properties)) {
      expect(prop.description, name).toMatch(/\S/);
    }
  });
});
