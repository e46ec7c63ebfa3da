/** An entry's `in` must be one of body, header, path, query (os-api-ref warns and skips it in the sort check). */
import type { Rule } from './types.js';
import { siteIndex, entryKey } from './site-index.js';
import { usesAsRelated } from './related.js';
import { closest } from './spelling.js';
import { IN_SECTIONS, inSectionRank } from '../data/parameters.js';

const VALID = [...IN_SECTIONS].sort();

export const parameterInvalidIn: Rule = {
  id: 'parameter-invalid-in',
  defaultSeverity: 'error',
  description: "A parameter whose `in` is not one of body, header, path, query (the table's In column is wrong).",
  check(site, report) {
    const uses = siteIndex(site).parameterUses;
    for (const file of site.data.allParameterFiles) {
      for (const entry of file.entries) {
        const field = entry.fields.get('in');
        if (!field) continue; // a missing `in` is reported by the loader
        const value = entry.in;
        if (value !== null && inSectionRank(value) !== undefined) continue;
        const shown = value ?? field.source ?? JSON.stringify(field.value);
        const guess = value ? closest(value.toLowerCase(), VALID, 2) : null;
        report(
          `\`\`${shown}\`\` is not a valid value for 'in' (must be one of: ${VALID.join(', ')}). (see \`\`${entry.key}\`\`)` +
            (guess ? ` Did you mean \`\`${guess}\`\`?` : ''),
          field.span,
          usesAsRelated(uses.get(entryKey(entry.keySpan))),
        );
      }
    }
  },
};
