/**
 * Precomputed tables over the escaped block text that answer "is there a simplename from here ending in `_`?"
 * in constant time. docutils finds `name_` with a backtracking regex tried at every word start, which is
 * quadratic on text like `a-a-a-a-…`; these tables keep it linear.
 */
import { endSuffixAt, isNameChar, isNameSeparator } from './chars.js';

const NONE = 0;
const NAME = 1;
const SEP = 2;

const ASCII_CLASS = new Uint8Array(128);
for (let i = 0; i < 128; i++) {
  const c = String.fromCharCode(i);
  ASCII_CLASS[i] = isNameSeparator(c) ? SEP : isNameChar(c) ? NAME : NONE;
}

export class NameIndex {
  /**
   * False when no `name_` / `name__` reference can occur: that needs an underscore followed by the end of the
   * text or by a character that is not an ASCII letter or digit (end-suffixes never are). Most texts (``a_b``,
   * plain prose) have none, and then the tables below are never built.
   */
  readonly mayHaveReference: boolean;
  private built = false;
  private cls!: Uint8Array;
  /** First index ≥ i where a simplename started before i must stop (a non-name character or a second separator). */
  private nextBad!: Int32Array;
  /** Largest k ≤ i where a simplename may end and be followed by `_`/`__` and an end-suffix; -1 if none. */
  private lastRefEnd!: Int32Array;

  constructor(private readonly s: string) {
    this.mayHaveReference = /_(?![A-Za-z0-9])/.test(s);
  }

  /** The tables, built on first use (a reference or a role to look for). */
  private build(): void {
    if (this.built) return;
    this.built = true;
    const s = this.s;
    const n = s.length;
    this.cls = new Uint8Array(n + 1);
    for (let i = 0; i < n; i++) {
      const code = s.charCodeAt(i);
      if (code < 128) {
        this.cls[i] = ASCII_CLASS[code]!;
        continue;
      }
      if (code >= 0xdc00 && code <= 0xdfff && i > 0 && this.cls[i - 1] === NAME) {
        this.cls[i] = NAME; // low surrogate of an astral letter
        continue;
      }
      const c = code >= 0xd800 && code <= 0xdbff ? s.slice(i, i + 2) : s[i]!;
      this.cls[i] = isNameSeparator(c) ? SEP : isNameChar(c) ? NAME : NONE;
    }
    this.nextBad = new Int32Array(n + 1);
    this.nextBad[n] = n;
    for (let i = n - 1; i >= 0; i--) {
      const bad = this.cls[i] === NONE || (this.cls[i] === SEP && i > 0 && this.cls[i - 1] === SEP);
      this.nextBad[i] = bad ? i : this.nextBad[i + 1]!;
    }
    this.lastRefEnd = new Int32Array(n + 1);
    let last = -1;
    if (this.mayHaveReference) {
      for (let i = 0; i < n; i++) {
        if (this.isRefEnd(i)) last = i;
        this.lastRefEnd[i] = last;
      }
    } else this.lastRefEnd.fill(-1);
  }

  private isRefEnd(k: number): boolean {
    const s = this.s;
    if (this.cls[k] !== NAME || s[k + 1] !== '_') return false;
    return (s[k + 2] === '_' && endSuffixAt(s, k + 3)) || endSuffixAt(s, k + 2);
  }

  isName(i: number): boolean {
    this.build();
    return this.cls[i] === NAME;
  }

  /**
   * `name_` / `name__` starting at p, followed by an end-suffix: the longest such name (regex greediness).
   * Returns the index just past the name and the underscores.
   */
  referenceAt(p: number): { nameEnd: number; refend: '_' | '__' } | null {
    if (!this.mayHaveReference) return null;
    this.build();
    if (this.cls[p] !== NAME) return null;
    const limit = this.nextBad[p]!;
    const k = limit > p ? this.lastRefEnd[limit - 1]! : -1;
    if (k < p) return null;
    const s = this.s;
    const refend = s[k + 2] === '_' && endSuffixAt(s, k + 3) ? '__' : '_';
    return { nameEnd: k + 1, refend };
  }

  /** `:role:` starting at p (at the colon) and directly followed by a backquote: index of that backquote. */
  roleAt(p: number): number {
    this.build();
    const q = p + 1;
    if (this.cls[q] !== NAME) return -1;
    const limit = this.nextBad[q]!;
    if (this.s[limit] !== '`' || this.s[limit - 1] !== ':' || limit - 2 < q || this.cls[limit - 2] !== NAME) return -1;
    return limit;
  }
}
