/**
 * os-api-ref's order for parameters.yaml — by `in` (header < path < query < body), then by lower-cased name —
 * and the sort that reaches it while keeping the constraints that moving YAML text must respect (an alias after
 * its anchor, duplicates in their order). Entries with another or no `in` go last, in name order.
 */
import { MinHeap } from './min-heap.js';
import { IN_SECTIONS, inSectionRank } from '../data/parameters.js';

/** Where an entry without one of the four `in` values goes: after them (os-api-ref's sort key). */
export const OTHER_RANK = IN_SECTIONS.length;

export interface EntryKey {
  /** The entry's name as written. */
  key: string;
  /** Position of its `in` section; OTHER_RANK when `in` is missing or not one of the four. */
  rank: number;
}

export function sectionRank(inValue: unknown): number {
  return inSectionRank(inValue) ?? OTHER_RANK;
}

/** os-api-ref's comparison: section first, then the lower-cased name by code unit (as Python compares str). */
export function compareEntries(a: EntryKey, b: EntryKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  const x = a.key.toLowerCase();
  const y = b.key.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** "`from` must stay before `to`", with why, for the diagnostic when that keeps `to` out of order. */
export interface OrderEdge {
  from: number;
  to: number;
  reason: string;
}

/**
 * The sorted order as a permutation of entry indexes: at each step the smallest entry (ties: the earlier one)
 * whose required predecessors are placed. Without edges this is a stable sort; edges always point forward in
 * the original order, so there is no cycle.
 */
export function orderEntries(keys: readonly EntryKey[], edges: readonly OrderEdge[]): number[] {
  const waiting = new Array<number>(keys.length).fill(0);
  const next: number[][] = keys.map(() => []);
  for (const e of edges) {
    waiting[e.to]!++;
    next[e.from]!.push(e.to);
  }
  const ready = new MinHeap<number>((a, b) => {
    const c = compareEntries(keys[a]!, keys[b]!);
    return c < 0 || (c === 0 && a < b);
  });
  keys.forEach((_, i) => waiting[i] === 0 && ready.push(i));
  const order: number[] = [];
  for (let i = ready.pop(); i !== undefined; i = ready.pop()) {
    order.push(i);
    for (const j of next[i]!) if (--waiting[j]! === 0) ready.push(j);
  }
  // Unreachable with forward edges; keep every entry regardless.
  if (order.length < keys.length) keys.forEach((_, i) => waiting[i]! > 0 && order.push(i));
  return order;
}
