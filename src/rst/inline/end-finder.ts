/**
 * Searches for an end-string. An unmatched start-string makes docutils scan to the end of the text, once per
 * start-string; remembering the last answer per pattern (queries only move forward) keeps that linear.
 */
import { END_PATTERNS, type EndKind } from './patterns.js';

export interface EndMatch {
  /** Index of the end-string (group 1). */
  index: number;
  /** Index just past the whole match. */
  end: number;
  match: RegExpExecArray;
}

export class EndFinder {
  private readonly cache = new Map<EndKind, { from: number; found: EndMatch | null }>();

  constructor(private readonly s: string) {}

  /** The first end-string of this kind at or after `from`. */
  search(kind: EndKind, from: number): EndMatch | null {
    const cached = this.cache.get(kind);
    if (cached && cached.from <= from && (cached.found === null || cached.found.index >= from)) return cached.found;
    const re = END_PATTERNS[kind];
    re.lastIndex = from;
    const m = re.exec(this.s);
    const found = m ? { index: m.index, end: m.index + m[0].length, match: m } : null;
    this.cache.set(kind, { from, found });
    return found;
  }
}
