/**
 * docutils-compatible ids: the slug rule (`make_id`), name normalization, and the per-document id registry
 * that gives duplicate or empty slugs `id1`, `id2`, … the way Sphinx configures docutils (auto id prefix `id`).
 */

const WHITESPACE_RUN = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Letters NFKD does not decompose, spelled the way docutils spells them in ids. */
const LETTER_SPELLING: Record<string, string> = {
  // digraphs and ligatures
  '\u00df': 'sz', '\u00e6': 'ae', '\u0153': 'oe', '\u0238': 'db', '\u0239': 'qp',
  // letters with stroke, bar, hook, curl or tail → the base letter
  '\u00f8': 'o', '\u0111': 'd', '\u0127': 'h', '\u0131': 'i', '\u0142': 'l', '\u0167': 't', '\u0180': 'b',
  '\u0183': 'b', '\u0188': 'c', '\u018c': 'd', '\u0192': 'f', '\u0199': 'k', '\u019a': 'l', '\u019e': 'n',
  '\u01a5': 'p', '\u01ab': 't', '\u01ad': 't', '\u01b4': 'y', '\u01b6': 'z', '\u01e5': 'g', '\u0225': 'z',
  '\u0234': 'l', '\u0235': 'n', '\u0236': 't', '\u0237': 'j', '\u023c': 'c', '\u023f': 's', '\u0240': 'z',
  '\u0247': 'e', '\u0249': 'j', '\u024b': 'q', '\u024d': 'r', '\u024f': 'y',
};
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const SPELLED = new RegExp(`[${Object.keys(LETTER_SPELLING).join('')}]`, 'g');

/**
 * docutils' `make_id`: lower-case, spell special letters, drop what is not ASCII after NFKD, turn runs of other
 * characters into `-`, and strip leading non-letters and trailing hyphens. "1. Intro" → "intro".
 */
export function makeId(text: string): string {
  let id = text.toLowerCase();
  // ASCII text (nearly every title) has no letters to spell or decompose.
  if (!ASCII_ONLY.test(id)) id = id.replace(SPELLED, (c) => LETTER_SPELLING[c]!).normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  id = id.trim().split(WHITESPACE_RUN).join(' ');
  id = id.replace(/[^a-z0-9]+/g, '-');
  return id.replace(/^[-0-9]+|-+$/g, '');
}

/** Whitespace collapsed to single spaces, ends trimmed (docutils' `whitespace_normalize_name`). */
export function whitespaceNormalizeName(name: string): string {
  return name.split(WHITESPACE_RUN).filter(Boolean).join(' ');
}

/** Lower-cased and whitespace-collapsed: how reference names and target names are compared. */
export function fullyNormalizeName(name: string): string {
  return whitespaceNormalizeName(name.toLowerCase());
}

/**
 * The ids of one document, assigned in document order. `setId` is docutils' `document.set_id` for a node
 * without ids: the first name whose slug is non-empty and free wins, otherwise the shared counter gives the
 * next free `idN`. Ids set directly (os-api-ref's `Success`/`Error` sections) are `reserve`d and do not move
 * the counter.
 */
export class IdRegistry {
  private readonly taken = new Set<string>();
  private idCounter = 0;

  constructor(
    private readonly idPrefix = '',
    private readonly autoIdPrefix = 'id',
  ) {}

  /**
   * An id for a node with these names (section title, target names), registered. A single name may be passed
   * as a string; null or no names give an automatic id.
   */
  setId(names: string | readonly string[] | null): string {
    const list = names === null ? [] : typeof names === 'string' ? [names] : names;
    for (const name of list) {
      const base = this.idPrefix ? makeId('x' + name).slice(1) : makeId(name);
      const id = this.idPrefix + base;
      if (base && !this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
    return this.autoId();
  }

  /** An explicit target's id (`.. _label:`, `` _`label` ``): docutils uses the same rule as for sections. */
  setExplicitId(name: string): string {
    return this.setId([name]);
  }

  /** The next free `idN` (nodes without names: footnote references, problematic nodes, system messages). */
  autoId(): string {
    for (;;) {
      this.idCounter += 1;
      const id = `${this.idPrefix}${this.autoIdPrefix}${this.idCounter}`;
      if (!this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
  }

  /** Registers an id set directly. Returns false when it was already taken (docutils: "Duplicate ID"). */
  reserve(id: string): boolean {
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    return true;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** How many automatic ids have been handed out so far (the `N` of the last `idN`). */
  get counter(): number {
    return this.idCounter;
  }
}
