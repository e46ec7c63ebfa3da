/**
 * The order constraints between top-level entries that sorting must keep for the file to read the same:
 * an entry using `*x` stays after the entry defining `&x` (and before the next entry redefining `&x`), entries
 * defining the same anchor keep their order, and duplicate names keep theirs (the last one wins).
 */
import { isAlias, isNode, visit, type Pair } from 'yaml';
import type { OrderEdge } from './entry-order.js';

interface Definition {
  entry: number;
  /** Index in the anchor's list of definitions. */
  nth: number;
}

export function orderEdges(pairs: readonly Pair[], names: readonly string[]): OrderEdge[] {
  const edges: OrderEdge[] = [];
  const definitions = new Map<string, number[]>();
  const latest = new Map<string, Definition>();
  const uses: { entry: number; anchor: string; def: Definition }[] = [];

  pairs.forEach((pair, entry) => {
    const onNode = (node: unknown): void => {
      if (isAlias(node)) {
        const def = latest.get(node.source);
        if (def && def.entry !== entry) {
          edges.push({ from: def.entry, to: entry, reason: `it uses the alias *${node.source}, whose anchor &${node.source} is in \`${names[def.entry]}\` (move the anchor by hand to sort it)` });
        }
        if (def) uses.push({ entry, anchor: node.source, def });
        return;
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (!anchor) return;
      const list = definitions.get(anchor) ?? [];
      const prev = list[list.length - 1];
      if (prev !== undefined && prev !== entry) {
        edges.push({ from: prev, to: entry, reason: `both it and \`${names[prev]}\` define the anchor &${anchor}, and their order decides what *${anchor} means (rename one to sort them)` });
      }
      list.push(entry);
      definitions.set(anchor, list);
      latest.set(anchor, { entry, nth: list.length - 1 });
    };
    for (const part of [pair.key, pair.value]) {
      if (isNode(part)) visit(part, { Node: (_k, node) => onNode(node) });
    }
  });

  // A later redefinition must not move in between an alias and the anchor it refers to.
  for (const use of uses) {
    const redefinedIn = definitions.get(use.anchor)![use.def.nth + 1];
    if (redefinedIn !== undefined && redefinedIn !== use.entry) {
      edges.push({ from: use.entry, to: redefinedIn, reason: `\`${names[use.entry]}\` uses *${use.anchor}, which would then refer to the &${use.anchor} defined here (rename one to sort them)` });
    }
  }

  const lastWithName = new Map<string, number>();
  names.forEach((name, entry) => {
    const prev = lastWithName.get(name);
    if (prev !== undefined) edges.push({ from: prev, to: entry, reason: `\`${name}\` is defined twice and the last definition wins` });
    lastWithName.set(name, entry);
  });
  return edges;
}
