/** A rest_status_code row whose code is not an HTTP status (a number from 100 to 599). */
import type { Rule } from './types.js';
import { siteIndex } from './site-index.js';

export const statusCodeInvalid: Rule = {
  id: 'status-code-invalid',
  defaultSeverity: 'error',
  description: 'A status code row that is not an HTTP status code (100 to 599).',
  check(site, report) {
    for (const info of siteIndex(site).operations) {
      for (const table of info.statusTables) {
        for (const row of table.rows) {
          if (typeof row.code === 'number' && row.code >= 100 && row.code <= 599) continue;
          report(
            `\`\`${row.code}\`\` is not an HTTP status code: list a number from 100 to 599, as \`\`- 404\`\` or \`\`- 409: reason_key\`\`.`,
            row.usedAt,
          );
        }
      }
    }
  },
};
