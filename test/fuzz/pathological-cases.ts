/**
 * Hand-made worst cases for backtracking regexes, quadratic loops and deep recursion, shared by the
 * pathological-*.test.ts files (split so that vitest runs them in parallel).
 */
// Generous, so a loaded 2-core machine passes; the quadratic versions of these take minutes or overflow the stack.
export const LIMIT_MS = 30_000;
export const MB = 1 << 20;

/** Indentation of `n` columns written with tabs (8-column stops), so deep nesting stays small on disk. */
export const indent = (n: number) => '\t'.repeat(n >> 3) + ' '.repeat(n & 7);

export const CASES: Record<string, () => string> = {
  'a 1 MB line of prose with markup': () => 'word *em* ``lit`` `ref`_ '.repeat(Math.ceil(MB / 25)),
  'a 1 MB line with no spaces': () => 'x'.repeat(MB),
  '10,000 items in one list': () => '- item *a*\n'.repeat(10_000),
  '10,000 nested bullet lists on one line': () => `${'- '.repeat(10_000)}x\n`,
  '10,000 nested enumerated lists on one line': () => `${'1. '.repeat(10_000)}x\n`,
  '1,000 levels of indented list items': () => Array.from({ length: 1000 }, (_, i) => `${indent(2 * i)}- x\n\n`).join(''),
  'a 1,000-column grid table row': () => {
    const sep = `+${'---+'.repeat(1000)}`;
    return `${sep}\n|${' a |'.repeat(1000)}\n${sep.replace(/-/g, '=')}\n|${' b |'.repeat(1000)}\n${sep}\n`;
  },
  'a 1,000-column simple table row': () => {
    const sep = '=== '.repeat(1000).trimEnd();
    return `${sep}\n${'a   '.repeat(1000).trimEnd()}\n${sep}\n${'b   '.repeat(1000).trimEnd()}\n${sep}\n`;
  },
  '100,000 asterisks in a paragraph': () => `text ${'*'.repeat(100_000)} text\n`,
  '100,000 asterisks on a line of their own': () => `${'*'.repeat(100_000)}\n`,
  '100,000 unmatched emphasis starts': () => `${'*a '.repeat(100_000)}\n`,
  'deep >>> nesting (10,000 prompts on one doctest line)': () => `>>> ${'>>> '.repeat(10_000)}x\n`,
  '1,000 lines of deeper and deeper > quoting': () => Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} x\n`).join(''),
  '10,000 nested block quotes (indented with tabs)': () => Array.from({ length: 10_000 }, (_, i) => `${indent(i)}x\n\n`).join(''),
  '500 nested directives': () => Array.from({ length: 500 }, (_, i) => `${indent(3 * i)}.. note::\n\n`).join(''),
  '10,000-line field list with long names': () => `:${'n'.repeat(100)}: v\n`.repeat(10_000),
  '50,000 backquotes around a word': () => `${'`'.repeat(50_000)}x${'`'.repeat(50_000)}\n`,
  '100,000 substitution bars': () => `${'|'.repeat(100_000)}\n\ntext ${'|a'.repeat(50_000)}\n`,
  'a 100,000-character section underline mismatch': () => `Title\n${'='.repeat(100_000)}\n\nx\n`,
  '10,000 footnote references to nowhere': () => `${'[#]_ '.repeat(10_000)}\n`,
  '10,000 hyperlink targets': () => Array.from({ length: 10_000 }, (_, i) => `.. _t${i}: http://x/${i}\n`).join(''),
  'a 150,000-row csv-table (more rows than a call takes arguments)': () => `.. csv-table::\n\n${'   a\n'.repeat(150_000)}`,
  'a 150,000-row list-table': () => `.. list-table::\n\n${'   * - a\n'.repeat(150_000)}`,
  'a 10,000-row csv-table': () => `.. csv-table:: Big\n   :header: "A", "B"\n\n${'   "a ``x``", b\n'.repeat(10_000)}`,
  'a csv-table with one 1 MB quoted cell': () => `.. csv-table::\n\n   "${'x, '.repeat(Math.ceil(MB / 3))}"\n`,
};

