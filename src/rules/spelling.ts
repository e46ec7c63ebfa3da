/** Edit distance, for "did you mean" suggestions on misspelled fields and values. */

/** Levenshtein distance with adjacent transpositions (`requried` → `required` is one edit), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Short strings only (field names): the O(n·m) table is tiny.
  if (a.length > 64 || b.length > 64) return a === b ? 0 : max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return Math.min(rows[a.length]![b.length]!, max + 1);
}

/** The candidate nearest to `word` within `max` edits (ties: the first listed), or null. */
export function closest(word: string, candidates: readonly string[], max: number): string | null {
  let best: string | null = null;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = editDistance(word, c, max);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
