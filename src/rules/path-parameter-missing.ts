/**
 * os-api-ref's "No path parameter ``x`` found in rest_parameter stanza.": a `{x}` of the operation's URL that no
 * parameter table of the operation lists (matched by the row's name). Only for operations with a table at all.
 */
import type { Rule } from './types.js';
import { siteIndex } from './site-index.js';
import { relatedAt } from './related.js';
import { restMethodSpan, urlPathParameters } from './operation-place.js';

export const pathParameterMissing: Rule = {
  id: 'path-parameter-missing',
  defaultSeverity: 'error',
  description: "A `{param}` of the operation's URL that none of its parameter tables lists.",
  check(site, report) {
    for (const info of siteIndex(site).operations) {
      if (!info.tables.length) continue;
      // An unreadable parameters file leaves its tables without rows: every {param} would be reported for nothing.
      if (info.tables.some((t) => t.table.problem)) continue;
      // A listed name counts even when its reference is undefined (that is reported on its own), as in os-api-ref.
      const names = new Set(info.tables.flatMap((t) => [...t.table.rows.map((r) => r.name), ...t.table.skippedNames]));
      const first = info.tables[0]!.table;
      for (const param of new Set(urlPathParameters(info.op.url))) {
        if (names.has(param)) continue;
        report(
          `No path parameter \`\`${param}\`\` found in rest_parameter stanza. Add a row \`\`- ${param}: <reference>\`\` ` +
            `(an entry with \`\`in: path\`\`) to the request parameters of ${info.op.method} ${info.op.url}.`,
          first.position,
          [relatedAt(restMethodSpan(site, info.op), `the operation's URL`)],
        );
      }
    }
  },
};
