/** A table row with `in: path` whose name is no `{placeholder}` of the operation's URL. */
import type { Rule } from './types.js';
import { siteIndex } from './site-index.js';
import { relatedAt } from './related.js';
import { restMethodSpan } from './operation-place.js';
import { tagPlaceholders, urlPlaceholders } from '../document/url.js';

export const pathParameterNotInUrl: Rule = {
  id: 'path-parameter-not-in-url',
  defaultSeverity: 'error',
  description: "A parameter table row with `in: path` whose name does not appear as `{name}` in the operation's URL.",
  check(site, report) {
    const operations = siteIndex(site).operations;
    // Placeholders in the first two segments of some URL (`/v2/{project_id}/...`): the per-project prefix that
    // an API may make optional.
    const prefixes = new Set(
      operations.flatMap((info) =>
        info.op.url
          .split('?')[0]!
          .split('/')
          .filter(Boolean)
          .slice(0, 2)
          .flatMap((segment) => [...urlPlaceholders(segment)]),
      ),
    );
    for (const info of operations) {
      if (!info.op.url) continue; // a rest_method without a URL: the directive says so, nothing to compare with
      const placeholders = urlPlaceholders(info.op.url);
      // `/v1/tasks/<task_id>` names its parameter too (url-angle-placeholder says how os-api-ref shows it).
      for (const name of tagPlaceholders(info.op.url)) placeholders.add(name);
      // What the message lists as the URL's path parameters: not the `{x}` of its query string.
      const inPath = urlPlaceholders(info.op.url.split('?')[0]!);
      for (const { table, side } of info.tables) {
        for (const row of table.rows) {
          if (row.in !== 'path' || placeholders.has(row.name)) continue;
          // A request path parameter marked not required and named like such a prefix documents an optional URL
          // segment (manila's `{project_id}`, optional since its API 2.60), not a mistake.
          if (side !== 'response' && row.optional && prefixes.has(row.name)) continue;
          const list = [...inPath].map((p) => `{${p}}`).join(', ');
          const related = [relatedAt(restMethodSpan(site, info.op), `the operation's URL`)];
          if (row.definedAt) related.push(relatedAt(row.definedAt, 'the parameter is defined here'));
          if (side === 'response') {
            report(
              `Response parameter \`\`${row.name}\`\` uses an entry with \`\`in: path\`\`, so its In column reads "path": ` +
                'point the row at an entry with `in: body` (or `header`) instead.',
              row.usedAt,
              related,
            );
            continue;
          }
          report(
            `Path parameter \`\`${row.name}\`\` is not in the URL ${info.op.url}` +
              (list ? ` (its path parameters are ${list})` : ' (it has no path parameters)') +
              `: rename the row to match the URL, or remove it if it belongs to another operation.`,
            row.usedAt,
            related,
          );
        }
      }
    }
  },
};
