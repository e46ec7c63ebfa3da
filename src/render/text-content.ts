/** Plain text of inline nodes (for aria labels and the table of contents). */
import type { DocInline } from '../document/nodes.js';

export function inlineText(nodes: DocInline[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'literal' || n.type === 'problematic') out += n.value;
    else if (n.type === 'footnoteRef') out += `[${n.label}]`;
    else if (n.type === 'rawInline') continue;
    else if (n.type === 'sectnum') out += `${n.value} `;
    else if ('children' in n && Array.isArray(n.children)) out += inlineText(n.children as DocInline[]);
    else if ('value' in n && typeof n.value === 'string') out += n.value;
  }
  return out;
}
