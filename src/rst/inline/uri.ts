/**
 * Standalone URIs and e-mail addresses in plain text (docutils' implicit inline markup).
 *
 * docutils searches each run of plain text with one regex; a match whose scheme is unknown turns the whole run
 * into plain text (even a later valid URI), and the text after a match is searched again as a new string (its
 * start counts as a start-string position). Candidates are limited to positions whose scheme run reaches a `:`
 * or whose address run reaches an `@`, and a failed tail after a given `:`/`@` is remembered, so the search
 * stays linear.
 */
import { startPrefixBefore } from './chars.js';
import { EMAIL_CHAR, EMAIL_URI, SCHEME_CHAR, SCHEME_URI } from './patterns.js';
import { URI_SCHEMES } from './uri-schemes.js';

const SCHEME_CHARS = asciiTable(SCHEME_CHAR);
const EMAIL_CHARS = asciiTable(EMAIL_CHAR);

function asciiTable(re: RegExp): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < 128; i++) table[i] = re.test(String.fromCharCode(i)) ? 1 : 0;
  return table;
}

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
  /** Last answer of `nextIndex` per character (queries mostly move forward). */
  private readonly nextMemo = new Map<string, { from: number; found: number }>();

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
      const code = s.charCodeAt(i);
      this.schemeRunEnd[i] = code < 128 && SCHEME_CHARS[code] ? this.schemeRunEnd[i + 1]! : i;
      this.emailRunEnd[i] = code < 128 && EMAIL_CHARS[code] ? this.emailRunEnd[i + 1]! : i;
    }
    this.lastDoubleDot = new Int32Array(n + 1);
    let last = -1;
    for (let i = 0; i < n; i++) {
      if (s[i] === '.' && s[i + 1] === '.') last = i;
      this.lastDoubleDot[i] = last;
    }
  }

  /**
   * Splits s[a, b) into plain-text runs and URI matches. A match with an unknown scheme leaves the rest of
   * the run plain, as docutils does.
   */
  scan(a: number, b: number): (UriMatch | [number, number])[] {
    const out: (UriMatch | [number, number])[] = [];
    let from = a;
    while (from < b) {
      const m = this.search(from, b);
      if (!m) break;
      if (!m.email) {
        const scheme = this.s.slice(m.start, this.s.indexOf(':', m.start)).toLowerCase();
        if (!URI_SCHEMES.has(scheme)) {
          out.push([from, b]);
          return out;
        }
      }
      if (m.start > from) {
        // The text before a match is searched again on its own (its end now counts as end of text).
        out.push(...this.scan(from, m.start));
      }
      out.push(m);
      from = m.end;
    }
    if (from < b) out.push([from, b]);
    return out;
  }

  private search(a: number, b: number): UriMatch | null {
    const s = this.s;
    const colon = this.nextIndex(':', a);
    const at = this.nextIndex('@', a);
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
      if (p !== a && !startPrefixBefore(s, p)) continue;
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

  private nextIndex(ch: string, from: number): number {
    const memo = this.nextMemo.get(ch);
    if (memo && memo.from <= from && (memo.found === -1 || memo.found >= from)) return memo.found;
    const found = this.s.indexOf(ch, from);
    this.nextMemo.set(ch, { from, found });
    return found;
  }

  /** `name(.name)*` before the `@`: no leading, trailing or doubled dot. */
  private validLocalPart(p: number, at: number): boolean {
    const s = this.s;
    return s[p] !== '.' && s[at - 1] !== '.' && (at - 2 < p || this.lastDoubleDot![at - 2]! < p);
  }
}
