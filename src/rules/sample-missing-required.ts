/** A required body parameter of a request table that the request sample does not contain. (The matching rules are in sample-check.ts.) */
import type { Rule } from './types.js';
import { sampleFindings } from './sample-check.js';

export const sampleMissingRequired: Rule = {
  id: 'sample-missing-required',
  defaultSeverity: 'warn',
  description: "A required body parameter of a request table that the request sample does not contain.",
  check(site, report) {
    for (const f of sampleFindings(site)) if (f.kind === 'missing-required') report(f.message, f.span, f.related);
  },
};
