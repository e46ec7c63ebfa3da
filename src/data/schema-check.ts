/**
 * Checks a loaded parameters.yaml / status.yaml against the JSON Schemas in `schemas/` (draft-07, the draft
 * editors' YAML support reads best), reporting each ajv error at the Span of the offending key or value.
 * Findings are warnings: os-api-ref renders such files anyway, sometimes wrongly.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';
import { fileSpan } from '../diagnostics/diagnostic.js';
import type { ParameterFile } from './parameters.js';
import type { StatusFile } from './status.js';
import { ownValue } from '../util/records.js';

/** From src/data/ and dist/data/ alike, the schemas folder is two levels up. */
const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

let ajv: Ajv | null = null;
const compiled = new Map<string, ValidateFunction>();

function validator(name: 'parameters' | 'status'): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    ajv ??= new Ajv({ allErrors: true, strict: false });
    const schema = JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), 'utf8')) as object;
    v = ajv.compile(schema);
    compiled.set(name, v);
  }
  return v;
}

/** Finds the Span for a path into the file's data (keys from the root); `key` asks for the key, not the value. */
export type Locate = (path: string[], key: boolean) => Span;

/** Validates `data` with the named schema, reporting each error via `locate`. Returns the number reported. */
export function checkAgainstSchema(
  name: 'parameters' | 'status',
  data: unknown,
  locate: Locate,
  ruleId: string,
  diagnostics: DiagnosticBag,
  alreadyReported: (path: string[], e: ErrorObject) => boolean = () => false,
): number {
  const validate = validator(name);
  if (validate(data)) return 0;
  const errors = (validate.errors ?? []).filter(
    (e) => keepError(e) && !alreadyReported(pointerToPath(e.instancePath), e),
  );
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const extra = e.params as { additionalProperty?: string; propertyName?: string; missingProperty?: string };
    if (e.keyword === 'additionalProperties' && extra.additionalProperty !== undefined) {
      diagnostics.report(
        ruleId,
        'warn',
        `Unknown field \`\`${extra.additionalProperty}\`\`${where(path)}${suggest(extra.additionalProperty)}.`,
        locate([...path, extra.additionalProperty], true),
      );
    } else if (e.keyword === 'propertyNames' || (e.keyword === 'pattern' && e.propertyName !== undefined)) {
      const bad = e.propertyName ?? extra.propertyName ?? '';
      diagnostics.report(ruleId, 'warn', `\`\`${bad}\`\` is not a valid key here.`, locate([...path, bad], true));
    } else if (e.keyword === 'required') {
      diagnostics.report(
        ruleId,
        'warn',
        `Missing field \`\`${extra.missingProperty}\`\`${where(path)}.`,
        locate(path, true),
      );
    } else {
      const field = path.length ? `\`\`${path[path.length - 1]}\`\`` : 'The file';
      diagnostics.report(ruleId, 'warn', `${field}${where(path.slice(0, -1))} ${describe(e)}.`, locate(path, false));
    }
  }
  return errors.length;
}

/** Checks a loaded parameters file (nothing to check when it could not be read). */
export function checkParameterFile(pf: ParameterFile, diagnostics: DiagnosticBag): number {
  if (!pf.data) return 0;
  const locate: Locate = (path, key) => {
    const entry = pf.byKey.get(path[0] ?? '');
    if (!entry) return fileSpan(pf.file);
    if (path.length === 1) return key ? entry.keySpan : entry.span;
    const field = entry.fields.get(path[1]!);
    if (!field) return entry.keySpan;
    return key && path.length === 2 ? field.keySpan : field.span;
  };
  // The loader already reported entries that are not mappings or lack `in`.
  const alreadyReported = (path: string[], e: ErrorObject): boolean => {
    const entry = pf.byKey.get(path[0] ?? '');
    if (entry && !entry.isMapping) return true;
    return e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === 'in';
  };
  return checkAgainstSchema('parameters', pf.data, locate, 'parameters-schema', diagnostics, alreadyReported);
}

/** Checks a loaded status file. */
export function checkStatusFile(sf: StatusFile, diagnostics: DiagnosticBag): number {
  if (!sf.data) return 0;
  const locate: Locate = (path, key) => {
    const entry = sf.codes.get(Number(path[0]));
    if (!entry) return fileSpan(sf.file);
    if (path.length === 1) return entry.span;
    const reason = entry.reasons.get(path[1]!);
    if (!reason) return entry.span;
    return key ? reason.keySpan : reason.span;
  };
  return checkAgainstSchema('status', sf.data, locate, 'status-schema', diagnostics);
}

/** ajv reports a failed `propertyNames` twice (the pattern, then the wrapper); keep the useful one. */
function keepError(e: ErrorObject): boolean {
  return !(e.keyword === 'propertyNames');
}

function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function where(path: string[]): string {
  return path.length ? ` in \`\`${path.join('.')}\`\`` : '';
}

function describe(e: ErrorObject): string {
  const p = e.params as { allowedValues?: unknown[]; type?: string | string[]; pattern?: string };
  switch (e.keyword) {
    case 'enum':
      return `must be one of: ${(p.allowedValues ?? []).join(', ')}`;
    case 'type':
      return `must be ${Array.isArray(p.type) ? p.type.join(' or ') : p.type}`;
    case 'pattern':
      return 'must be a version such as 2.10';
    default:
      return e.message ?? 'is not valid';
  }
}

/** Known misspellings in real files: say what was meant. */
const MEANT: Record<string, string> = {
  require: 'required',
  requered: 'required',
  requried: 'required',
  descripition: 'description',
  desciption: 'description',
  descrption: 'description',
  min_verison: 'min_version',
  max_verison: 'max_version',
};

function suggest(name: string): string {
  const m = ownValue(MEANT, name);
  return m ? ` (did you mean \`\`${m}\`\`?)` : '';
}
