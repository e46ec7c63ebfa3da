/**
 * Two operations on one page with the same title: docutils gives the second the anchor `title-1`, so its deep
 * link changes whenever the first one moves or goes, and the page's contents list two identical entries.
 */
import type { Rule } from './types.js';
import { siteIndex } from './site-index.js';
import { relatedAt } from './related.js';
import { plainText } from '../resolve/text.js';
import type { Span } from '../diagnostics/diagnostic.js';

export const duplicateOperationTitle: Rule = {
  id: 'duplicate-operation-title',
  defaultSeverity: 'warn',
  description: 'Two operations on one page with the same title (the second gets a numbered anchor).',
  check(site, report) {
    const seen = new Map<string, Span>();
    for (const info of siteIndex(site).operations) {
      const title = plainText(info.op.title).trim();
      if (!title) continue;
      const key = `${info.page.docname}\0${title.toLowerCase()}`;
      const prev = seen.get(key);
      if (!prev) {
        seen.set(key, info.op.position);
        continue;
      }
      report(
        `Another operation on this page is also titled "${title}", so this one gets a generated anchor (\`\`idN\`\`) that ` +
          'changes whenever sections are added or moved: give each operation its own title.',
        info.op.position,
        [relatedAt(prev, 'the other operation with this title')],
      );
    }
  },
};
