import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';

/**
 * The SARIF 2.1.0 schema (rtm.5, the text that became the OASIS standard's schema) as shipped by the dev
 * dependency @microsoft/jest-sarif. It is a draft-04 schema; Ajv's draft-07 validator reads it once its
 * draft-04 `id`/`$schema` are set aside, and `unicodeRegExp: false` because one of its patterns is not valid
 * under the `u` flag.
 */
export function sarifValidator() {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@microsoft/jest-sarif');
  const schema = JSON.parse(readFileSync(path.join(path.dirname(main), 'schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  if (!/SARIF\) Version 2\.1\.0/.test(schema.title)) throw new Error(`not the SARIF 2.1.0 schema: ${schema.title}`);
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // Real checks for the formats our log uses (ajv-formats is not installed).
  const uriChars = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri-reference', (s: string) => uriChars.test(s));
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && uriChars.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

