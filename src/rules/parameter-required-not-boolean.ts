/**
 * `required` must be a boolean. os-api-ref marks a row "(Optional)" only when the value is literally false, so
 * `required: ture` or `required: "false"` both show the parameter as required.
 */
import type { Rule } from './types.js';
import { siteIndex, entryKey } from './site-index.js';
import { usesAsRelated } from './related.js';
import { closest } from './spelling.js';

export const parameterRequiredNotBoolean: Rule = {
  id: 'parameter-required-not-boolean',
  defaultSeverity: 'error',
  description: '`required` that is not true or false (the row then shows as required whatever was meant).',
  check(site, report) {
    const uses = siteIndex(site).parameterUses;
    for (const file of site.data.allParameterFiles) {
      for (const entry of file.entries) {
        const field = entry.fields.get('required');
        if (!field || entry.required.isTrue || entry.required.isFalseOrAbsent) continue;
        const written = field.source ?? JSON.stringify(field.value);
        const text = typeof field.value === 'string' ? field.value.trim().toLowerCase() : '';
        const guess = text === 'true' || text === 'false' ? text : closest(text, ['true', 'false'], 2);
        report(
          `\`\`required: ${written}\`\` in parameter \`\`${entry.key}\`\` is not a boolean, so the parameter is shown as required. ` +
            (guess ? `Write \`\`required: ${guess}\`\` (unquoted).` : 'Write `required: true` or `required: false`.'),
          field.span,
          usesAsRelated(uses.get(entryKey(entry.keySpan))),
        );
      }
    }
  },
};
