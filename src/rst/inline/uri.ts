/**
 * Standalone URIs and e-mail addresses in plain text (docutils' implicit inline markup).
 *
 * docutils searches each run of plain text with one regex; a match whose scheme is unknown turns the whole run
 * into plain text (even a later valid URI), and the text after a match is searched again as a new string (its
 * start counts as a start-string position). Candidates are limited to positions whose scheme run reaches a `:`
 * or whose address run reaches an `@`, and a failed tail after a given `:`/`@` is remembered, so the search
 * stays linear.
 */
import { charBefore, isStartPrefix } from './chars.js';
import { EMAIL_CHAR, EMAIL_URI, SCHEME_CHAR, SCHEME_URI } from './patterns.js';
import { URI_SCHEMES } from './uri-schemes.js';

export interface UriMatch {
  start: number;
  end: number;
  email: boolean;
}

export class UriScanner {
  private schemeRunEnd: Int32Array | null = null;
  private emailRunEnd: Int32Array | null = null;
  private lastDoubleDot: Int32Array | null = null;
  private readonly failedAnchors = new Set<string>();

  constructor(private readonly s: string) {}

  private tables(): void {
    if (this.schemeRunEnd) return;
    const s = this.s;
    const n = s.length;
    this.schemeRunEnd = new Int32Array(n + 1);
    this.emailRunEnd = new Int32Array(n + 1);
    this.schemeRunEnd[n] = n;
    this.emailRunEnd[n] = n;
    for (let i = n - 1; i >= 0; i--) {
      this.schemeRunEnd[i] = SCHEME_CHAR.test(s[i]!) ? this.schemeRunEnd[i + 1]! : i;
      this.emailRunEnd[i] = EMAIL_CHAR.test(s[i]!) ? this.emailRunEnd[i + 1]! : i;
    }
    this.lastDoubleDot = new Int32Array(n + 1);
    let last = -1;
    for (let i = 0; i < n; i++) {
      if (s[i] === '.' && s[i + 1] === '.') last = i;
      this.lastDoubleDot[i] = last;
    }
  }

  /**
   * Splits s[a, b) into plain-text runs and URI matches. Returns null when docutils would give up on the
   * whole run (the first match has an unknown scheme).
   */
  scan(a: number, b: number): (UriMatch | [number, number])[] | null {
    const out: (UriMatch | [number, number])[] = [];
    let from = a;
    while (from < b) {
      const m = this.search(from, b);
      if (!m) break;
      if (!m.email) {
        const scheme = this.s.slice(m.start, this.s.indexOf(':', m.start)).toLowerCase();
        if (!URI_SCHEMES.has(scheme)) {
          out.push([from, b]);
          return from === a ? null : out;
        }
      }
      if (m.start > from) {
        // The text before a match is searched again on its own (its end now counts as end of text).
        const before = this.scan(from, m.start);
        if (!before) out.push([from, m.start]);
        else out.push(...before);
      }
      out.push(m);
      from = m.end;
    }
    if (from < b) out.push([from, b]);
    return out;
  }

  private search(a: number, b: number): UriMatch | null {
    const s = this.s;
    const colon = s.indexOf(':', a);
    const at = s.indexOf('@', a);
    if ((colon < 0 || colon >= b) && (at < 0 || at >= b)) return null;
    this.tables();
    const schemeEnd = this.schemeRunEnd!;
    const emailEnd = this.emailRunEnd!;
    const sub = s.slice(a, b);
    for (let p = a; p < b; p++) {
      const se = Math.min(schemeEnd[p]!, b);
      const ee = Math.min(emailEnd[p]!, b);
      const schemeCandidate = se > p && s[se] === ':' && se < b && /[a-zA-Z]/.test(s[p]!);
      const emailCandidate = s[ee] === '@' && ee < b && ee > p && this.validLocalPart(p, ee);
      if (!schemeCandidate && !emailCandidate) continue;
      if (p !== a && !isStartPrefix(charBefore(s, p))) continue;
      if (schemeCandidate && !this.failedAnchors.has(`:${se}:${b}`)) {
        SCHEME_URI.lastIndex = p - a;
        const m = SCHEME_URI.exec(sub);
        if (m) return { start: p, end: p + m[0].length, email: false };
        this.failedAnchors.add(`:${se}:${b}`);
      }
      if (emailCandidate && !this.failedAnchors.has(`@${ee}:${b}`)) {
        EMAIL_URI.lastIndex = p - a;
        const m = EMAIL_URI.exec(sub);
        if (m) return { start: p, end: p + m[0].length, email: true };
        this.failedAnchors.add(`@${ee}:${b}`);
      }
    }
    return null;
  }

  /** `name(.name)*` before the `@`: no leading, trailing or doubled dot. */
  private validLocalPart(p: number, at: number): boolean {
    const s = this.s;
    return s[p] !== '.' && s[at - 1] !== '.' && (at - 2 < p || this.lastDoubleDot![at - 2]! < p);
  }
}
