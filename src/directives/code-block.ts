/**
 * code-block / code / sourcecode (`.. code-block:: json`, options :emphasize-lines:, :caption:, :linenos:), and
 * `.. highlight:: lang`, which sets the language of the page's later `::` blocks.
 */
import type { DirectiveHandler } from './types.js';
import { option } from './types.js';
import { parseLineSpec } from './line-spec.js';

export const codeBlock: DirectiveHandler = {
  names: ['code-block', 'code', 'sourcecode'],
  run(node, ctx) {
    const language = node.argument.trim() || ctx.highlightLanguage;
    const value = node.content.map((l) => l.text).join('\n');
    if (!node.content.length) {
      ctx.diagnostics.report('directive-syntax', 'warn', `The "${node.rawName}" directive has no content.`, node.position);
    }
    const emph = option(node, 'emphasize-lines');
    const caption = option(node, 'caption');
    return [
      {
        type: 'codeBlock',
        language,
        value,
        emphasize: emph ? parseLineSpec(emph, value.split('\n').length, node.position, ctx.diagnostics) : [],
        caption: caption ? [{ type: 'text', value: caption, position: node.position }] : null,
        sourceFile: null,
        position: node.position,
      },
    ];
  },
};

export const highlight: DirectiveHandler = {
  names: ['highlight'],
  run(node, ctx) {
    const lang = node.argument.trim();
    if (lang) ctx.highlightLanguage = lang;
    return [];
  },
};
