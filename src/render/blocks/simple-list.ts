/**
 * docutils' "simple list" rule: a list renders compact (`class="simple"`) when every item holds at most one
 * paragraph, optionally followed by a nested list that is itself simple. Anything else (a code block, a
 * second paragraph, a table) makes the whole list non-simple.
 */
import type { DocBlock } from '../../document/nodes.js';

export function isSimpleItem(children: DocBlock[]): boolean {
  const visible = children.filter((c) => c.type !== 'targetAnchor');
  const first = visible[0];
  const last = visible[visible.length - 1];
  const rest = visible.slice();
  if (first?.type === 'paragraph' && last && (last.type === 'bulletList' || last.type === 'enumeratedList' || last.type === 'fieldList')) {
    rest.pop();
  }
  if (rest.length > 1) return false;
  return visible.every(isSimpleNode);
}

function isSimpleNode(node: DocBlock): boolean {
  switch (node.type) {
    case 'paragraph':
      return true;
    case 'bulletList':
    case 'enumeratedList':
      return node.children.every((item) => isSimpleItem(item.children));
    case 'definitionList':
      return node.children.every((item) => isSimpleItem(item.children));
    case 'fieldList':
      return node.children.every((field) => isSimpleItem(field.children));
    default:
      return false;
  }
}

export function isSimpleList(node: DocBlock): boolean {
  return isSimpleNode(node);
}
