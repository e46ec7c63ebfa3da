/** parameters.yaml entries that no table of the site lists (per file). */
import type { Rule } from './types.js';
import { siteIndex, entryKey } from './site-index.js';
import { displayPath } from '../load/source-files.js';

export const parameterUnused: Rule = {
  id: 'parameter-unused',
  defaultSeverity: 'warn',
  description: 'A parameters.yaml entry that no rest_parameters table uses.',
  check(site, report) {
    const uses = siteIndex(site).parameterUses;
    for (const file of site.data.allParameterFiles) {
      const shown = displayPath(file.file, site.config.sourceDir);
      for (const entry of file.entries) {
        if (uses.has(entryKey(entry.keySpan))) continue;
        report(`Parameter \`\`${entry.key}\`\` is defined in ${shown} but no rest_parameters table uses it: use it or delete it.`, entry.keySpan);
      }
    }
  },
};
