/**
 * `.. raw:: html` — off by default (a finding, and nothing is written); when the project turns raw HTML on, the
 * HTML is written as given. Other formats (latex, ...) never reach an HTML page.
 */
import type { DirectiveHandler } from './types.js';

export const raw: DirectiveHandler = {
  names: ['raw'],
  run(node, ctx) {
    const format = node.argument.trim().toLowerCase();
    if (format.split(/\s+/).indexOf('html') < 0) return [];
    if (!ctx.config.allowRaw) {
      ctx.diagnostics.report('raw-html', 'warn', 'Raw HTML is not rendered: raw HTML is off (set "allowRawHtml": true in the apiref configuration to enable it).', node.position);
      return [];
    }
    return [{ type: 'rawBlock', format: 'html', value: node.content.map((l) => l.text).join('\n'), position: node.position }];
  },
};
