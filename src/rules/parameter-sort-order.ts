/**
 * os-api-ref's sort check of parameters.yaml: entries grouped by `in` (header, path, query, body, in that order)
 * and, within one `in`, sorted by lower-cased key. Like os-api-ref, each entry is compared with the previous one
 * in the file that has a valid `in`; unlike it, each out-of-order entry is reported once, at that entry.
 */
import type { Rule } from './types.js';
import { siteIndex, entryKey } from './site-index.js';
import { relatedAt, usesAsRelated } from './related.js';
import { inSectionRank } from '../data/parameters.js';

export const parameterSortOrder: Rule = {
  id: 'parameter-sort-order',
  defaultSeverity: 'warn',
  description: 'parameters.yaml entries not sorted by `in` (header, path, query, body), then by lower-cased name.',
  check(site, report) {
    const uses = siteIndex(site).parameterUses;
    for (const file of site.data.allParameterFiles) {
      let last: { key: string; in: string; span: (typeof file.entries)[number]['keySpan'] } | null = null;
      for (const entry of file.entries) {
        if (entry.in === null || inSectionRank(entry.in) === undefined) continue;
        const cur = { key: entry.key, in: entry.in, span: entry.keySpan };
        if (last) {
          const related = [relatedAt(last.span, `previous entry \`\`${last.key}\`\` (in: ${last.in})`), ...usesAsRelated(uses.get(entryKey(entry.keySpan)))];
          if (inSectionRank(cur.in)! < inSectionRank(last.in)!) {
            report(
              `Section out of order. All parameters in section \`\`${last.in}\`\` should be after section \`\`${cur.in}\`\`. ` +
                `(see \`\`${last.key}\`\`) Move \`\`${cur.key}\`\` up among the \`\`${cur.in}\`\` parameters (order: header, path, query, body).`,
              entry.keySpan,
              related,
            );
          } else if (cur.in === last.in && cur.key.toLowerCase() < last.key.toLowerCase()) {
            report(
              `Parameters out of order \`\`${last.key}\`\` should be after \`\`${cur.key}\`\`. ` +
                `Move \`\`${cur.key}\`\` above \`\`${last.key}\`\` (entries with the same \`\`in\`\` sort by lower-cased name).`,
              entry.keySpan,
              related,
            );
          }
        }
        last = cur;
      }
    }
  },
};
