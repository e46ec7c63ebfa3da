/**
 * A rest_method URL with a `<name>` placeholder. os-api-ref prints the URL without escaping it, so the browser
 * takes `<name>` for an HTML tag and the published URL loses that part; and no path-parameter check knows the
 * spelling. apiref's page has os-api-ref's text and draws the placeholder with CSS (src/render/operation.ts
 * renderUrl); the rule asks for os-api-ref's `{name}`.
 */
import type { Rule } from './types.js';
import { siteIndex } from './site-index.js';
import { restMethodSpan } from './operation-place.js';
import { TAG_PLACEHOLDER, tagPlaceholders } from '../document/url.js';

export const urlAnglePlaceholder: Rule = {
  id: 'url-angle-placeholder',
  defaultSeverity: 'warn',
  description: 'A rest_method URL with a `<name>` placeholder, which os-api-ref publishes as an HTML tag: write `{name}`.',
  check(site, report) {
    for (const { op } of siteIndex(site).operations) {
      const names = tagPlaceholders(op.url);
      if (!names.length) continue;
      const fixed = op.url.replace(TAG_PLACEHOLDER, '{$1}');
      report(
        `The URL ${op.url} writes ${names.map((n) => `<${n}>`).join(', ')} in angle brackets: os-api-ref publishes that as an HTML tag, ` +
          `which browsers hide, and path parameters are written {name}: \`\`.. rest_method:: ${op.method} ${fixed}\`\`.`,
        restMethodSpan(site, op),
      );
    }
  },
};
