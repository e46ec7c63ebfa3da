/** A sample value whose JSON type disagrees with the parameter's declared type. (The matching rules are in sample-check.ts.) */
import type { Rule } from './types.js';
import { sampleFindings } from './sample-check.js';

export const sampleTypeMismatch: Rule = {
  id: 'sample-type-mismatch',
  defaultSeverity: 'warn',
  description: "A sample value whose JSON type disagrees with the parameter's declared type.",
  check(site, report) {
    for (const f of sampleFindings(site)) if (f.kind === 'type-mismatch') report(f.message, f.span, f.related);
  },
};
