import type { DocInline } from '../document/nodes.js';
import type { Inline } from '../rst/syntax.js';

/** The plain text of inline nodes (docutils' astext). */
export function plainText(nodes: readonly (DocInline | Inline)[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
      case 'literal':
      case 'codeReference':
      case 'problematic':
        out += n.value;
        break;
      case 'interpreted':
        out += n.value;
        break;
      case 'footnoteReference':
      case 'citationReference':
        out += n.label;
        break;
      case 'footnoteRef':
        out += n.label;
        break;
      case 'substitutionReference':
        out += n.name;
        break;
      case 'rawInline':
        break;
      case 'sectnum':
        out += `${n.value} `;
        break;
      default:
        if ('children' in n) out += plainText(n.children as (DocInline | Inline)[]);
    }
  }
  return out;
}
