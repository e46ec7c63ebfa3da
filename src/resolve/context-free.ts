/**
 * Whether a shared text (a parameter description) resolves to the same blocks on every page that uses it, and
 * with no side effects on the page: then it is resolved once per build instead of once per table row (cinder
 * has 2,475 rows over 497 entries). Anything that reads or changes the page's state is out: targets and
 * footnotes (ids from the page's counter), roles and substitutions (the page's definitions), named references
 * (resolved on the page), problematic markup (ids), literal blocks (the page's highlight language), and links
 * that are reported (script URIs).
 */
import type * as S from '../rst/syntax.js';
import { scriptScheme } from './links.js';

export function isContextFree(blocks: readonly S.Block[]): boolean {
  return blocks.every(blockIsContextFree);
}

function blockIsContextFree(node: S.Block): boolean {
  switch (node.type) {
    case 'paragraph':
      return inlinesAreContextFree(node.children);
    case 'bulletList':
    case 'enumeratedList':
      return node.children.every((item) => isContextFree(item.children));
    default:
      return false;
  }
}

function inlinesAreContextFree(nodes: readonly S.Inline[]): boolean {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'literal':
        break;
      case 'emphasis':
      case 'strong':
        if (!inlinesAreContextFree(node.children)) return false;
        break;
      case 'reference':
        // Only a link to its own URI that defines no name (`text <uri>`__ or a bare URI).
        if (node.refuri === undefined || node.target !== undefined || scriptScheme(node.refuri) !== null) return false;
        if (!inlinesAreContextFree(node.children)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
