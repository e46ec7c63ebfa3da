/**
 * Validates the data of an apiref.config.json against `schemas/apiref.config.schema.json` (the schema editors use
 * too, so the two cannot drift apart). Each problem is one message that starts with the JSON pointer of the
 * offending value, e.g. `/rules/raw-html: must be one of "error", "warn", "off"`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** From src/config/ and dist/config/ alike, the schemas folder is two levels up. */
const SCHEMA_URL = new URL('../../schemas/apiref.config.schema.json', import.meta.url);

let validate: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!validate) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object;
    // Loaded on first use: most runs have no configuration file, and loading ajv costs more than the build of a
    // small tree.
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validate;
}

/** Messages for every way `data` breaks the schema; empty when it is a valid configuration. */
export function validateConfig(data: unknown): string[] {
  const check = validator();
  if (check(data)) return [];
  const messages: string[] = [];
  for (const e of check.errors ?? []) {
    // A bad rule id fails `propertyNames` twice (its pattern, then the wrapper); the pattern's message is the useful one.
    if (e.keyword === 'propertyNames') continue;
    const message = describe(e);
    if (!messages.includes(message)) messages.push(message);
  }
  return messages;
}

function describe(e: ErrorObject): string {
  const at = e.instancePath || '/';
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      return `${e.instancePath}/${pointerSegment(name)}: unknown setting "${name}"`;
    }
    case 'enum':
      return `${at}: must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      if (params['pattern'] === '^[0-9]+\\.[0-9]+$') return `${pointerOfName(e)}: must be a microversion "X.Y", such as "2.10"`;
      return `${pointerOfName(e)}: is not a valid rule id (lower-case words joined by "-")`;
    default:
      return `${at}: ${e.message ?? 'is not valid'}`;
  }
}

/** A failed `propertyNames` pattern concerns a key: ajv names it in `propertyName`. */
function pointerOfName(e: ErrorObject): string {
  const name = (e as ErrorObject & { propertyName?: string }).propertyName;
  return name === undefined ? e.instancePath || '/' : `${e.instancePath}/${pointerSegment(name)}`;
}

function pointerSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
