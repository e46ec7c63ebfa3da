/** A key in a JSON sample that the operation's matching parameter table does not list. (The matching rules are in sample-check.ts.) */
import type { Rule } from './types.js';
import { sampleFindings } from './sample-check.js';

export const sampleUndocumentedKey: Rule = {
  id: 'sample-undocumented-key',
  defaultSeverity: 'warn',
  description: "A key in a JSON sample that the operation's matching parameter table does not list.",
  check(site, report) {
    for (const f of sampleFindings(site)) if (f.kind === 'undocumented') report(f.message, f.span, f.related);
  },
};
