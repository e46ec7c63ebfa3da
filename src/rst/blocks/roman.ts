/** Roman numerals as docutils' roman module reads and writes them (1..4999, canonical forms only). */
const validRe = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const table: [string, number][] = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90],
  ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

export function fromRoman(s: string): number | null {
  if (!s || !validRe.test(s)) return null;
  let n = 0;
  let i = 0;
  for (const [numeral, value] of table) {
    while (s.startsWith(numeral, i)) {
      n += value;
      i += numeral.length;
    }
  }
  return n;
}

export function toRoman(n: number): string | null {
  if (n <= 0 || n >= 5000) return null;
  let out = '';
  for (const [numeral, value] of table) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}
