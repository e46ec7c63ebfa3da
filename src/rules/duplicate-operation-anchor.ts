/**
 * Two operations on one page with the same anchor (a `.. _label:` repeated, say): the second one's deep link and
 * detail button open the first.
 */
import type { Rule } from './types.js';
import { siteIndex } from './site-index.js';
import { relatedAt } from './related.js';
import type { Span } from '../diagnostics/diagnostic.js';

export const duplicateOperationAnchor: Rule = {
  id: 'duplicate-operation-anchor',
  defaultSeverity: 'error',
  description: 'Two operations on one page with the same anchor.',
  check(site, report) {
    const seen = new Map<string, { page: string; title: string; at: Span }>();
    for (const info of siteIndex(site).operations) {
      const anchors = new Set([info.op.anchor, ...info.op.extraIds]);
      for (const anchor of anchors) {
        if (!anchor) continue;
        const key = `${info.page.docname}#${anchor}`;
        const prev = seen.get(key);
        if (prev) {
          report(
            `Operation anchor "${anchor}" is already used on this page by ${prev.title}; links to #${anchor} open that one. ` +
              'Give this operation a different title or label.',
            info.op.position,
            [relatedAt(prev.at, 'first operation with this anchor')],
          );
        } else {
          seen.set(key, { page: info.page.docname, title: `${info.op.method} ${info.op.url}`, at: info.op.position });
        }
      }
    }
  },
};
