/**
 * `.. rest_expand_all::` places the Show All / Hide All control, and the microversion selector when the site
 * has a minimum and maximum microversion configured.
 */
import type { DirectiveHandler } from './types.js';

export const restExpandAll: DirectiveHandler = {
  names: ['rest_expand_all'],
  run(node, ctx) {
    return [{ type: 'expandAll', microversions: ctx.config.microversions, position: node.position }];
  },
};
