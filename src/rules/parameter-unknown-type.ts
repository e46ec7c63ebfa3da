/**
 * A `type` outside the vocabulary (configurable; by default the types real api-ref trees use), with the usual
 * synonyms mapped to the canonical word: `int` → `integer`, `dict` → `object`, ...
 */
import type { Rule } from './types.js';
import { siteIndex, entryKey } from './site-index.js';
import { usesAsRelated } from './related.js';
import { closest } from './spelling.js';
import { ownValue } from '../util/records.js';

/** The types used in the corpus of ten OpenStack trees, minus the synonyms and the one-off spellings. */
// `none`: nova documents null-valued action bodies (`{"pause": null}`) with `type: none`.
export const DEFAULT_PARAMETER_TYPES: readonly string[] = ['string', 'integer', 'float', 'number', 'boolean', 'object', 'array', 'uuid', 'enum', 'none'];

const SYNONYMS: Record<string, string> = {
  int: 'integer',
  bool: 'boolean',
  dict: 'object',
  dictionary: 'object',
  map: 'object',
  json: 'object',
  list: 'array',
  str: 'string',
  double: 'float',
};

export const parameterUnknownType: Rule = {
  id: 'parameter-unknown-type',
  defaultSeverity: 'warn',
  description: 'A parameter `type` outside the configured vocabulary (string, integer, float, boolean, object, array, ...).',
  check(site, report, options) {
    const uses = siteIndex(site).parameterUses;
    const vocabulary = options.parameterTypes;
    for (const file of site.data.allParameterFiles) {
      for (const entry of file.entries) {
        const field = entry.fields.get('type');
        if (!field || field.merged) continue;
        const type = entry.type;
        // Case is not a different type: `UUID`, `String` read as well as `uuid`, `string` (karbor writes UUID).
        if (type !== null && (vocabulary.includes(type) || vocabulary.includes(type.toLowerCase()))) continue;
        const written = type ?? field.source ?? JSON.stringify(field.value);
        const lower = written.toLowerCase();
        let guess: string | null = vocabulary.includes(lower) ? lower : (ownValue(SYNONYMS, lower) ?? null);
        if (guess && !vocabulary.includes(guess)) guess = null;
        guess ??= closest(lower, vocabulary, 2);
        report(
          `Type \`\`${written}\`\` of parameter \`\`${entry.key}\`\` is not one of ${vocabulary.join(', ')}` +
            (guess ? `: write \`\`type: ${guess}\`\`.` : ': use one of them (or add it to the configured types).'),
          field.span,
          usesAsRelated(uses.get(entryKey(entry.keySpan))),
        );
      }
    }
  },
};
