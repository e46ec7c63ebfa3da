/**
 * Fields of a parameters.yaml entry that os-api-ref does not read: a misspelled `descripition` or `requered`
 * silently drops the description or marks a required parameter optional. Schema-style fields that authors add
 * on purpose (`default`, `format`, `enum`, `items`, `properties`, `example`) are left alone.
 */
import type { Rule } from './types.js';
import { siteIndex, entryKey } from './site-index.js';
import { usesAsRelated } from './related.js';
import { closest } from './spelling.js';

export const KNOWN_FIELDS: readonly string[] = ['in', 'type', 'required', 'description', 'min_version', 'max_version'];
/** Fields written deliberately as extra documentation; apiref, like os-api-ref, does not show them. */
export const TOLERATED_FIELDS: readonly string[] = ['default', 'format', 'enum', 'items', 'properties', 'example', 'examples'];

export const parameterUnknownField: Rule = {
  id: 'parameter-unknown-field',
  defaultSeverity: 'error',
  description: 'A parameters.yaml field that is not in, type, required, description, min_version or max_version (often a misspelling).',
  check(site, report) {
    const uses = siteIndex(site).parameterUses;
    for (const file of site.data.allParameterFiles) {
      for (const entry of file.entries) {
        for (const field of entry.fields.values()) {
          if (KNOWN_FIELDS.includes(field.name) || field.merged) continue;
          const lower = field.name.toLowerCase();
          const guess = KNOWN_FIELDS.includes(lower) ? lower : closest(lower, KNOWN_FIELDS, field.name.length <= 4 ? 1 : 3);
          if (!guess && TOLERATED_FIELDS.includes(field.name)) continue;
          const related = usesAsRelated(uses.get(entryKey(entry.keySpan)));
          if (guess && !entry.fields.has(guess)) {
            report(
              `Unknown field \`\`${field.name}\`\` in parameter \`\`${entry.key}\`\`: did you mean \`\`${guess}\`\`? It is ignored as written.`,
              field.keySpan,
              related,
            );
          } else {
            const duplicate = guess !== null && lower === guess;
            report(
              `Unknown field \`\`${field.name}\`\` in parameter \`\`${entry.key}\`\` is ignored (fields are ${KNOWN_FIELDS.join(', ')}): ` +
                (duplicate ? `it repeats \`\`${guess}\`\` in other letter case; remove it.` : 'remove it or move its text into the description.'),
              field.keySpan,
              related,
            );
          }
        }
      }
    }
  },
};
