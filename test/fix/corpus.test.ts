/**
 * Every parameters*.yaml of the shared corpora, fixed in memory (nothing is written): the result reads as the same
 * data, follows os-api-ref's sort rule (except entries reported as held back by an anchor), and a second fix
 * changes nothing. The same holds for a scrambled copy of each file, so the sorter is exercised on real entries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import { DiagnosticBag, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { fixParametersText, quoteVersionsText, sortParametersText } from '../../src/fix/index.js';
import { orderEdges } from '../../src/fix/anchor-edges.js';
import { assembleEntries, layoutEntries } from '../../src/fix/entry-layout.js';
import { orderEntries } from '../../src/fix/entry-order.js';
import { parseForFix } from '../../src/fix/parse-for-fix.js';
import { readData, sameData } from '../../src/fix/same-data.js';
import { LineIndex } from '../../src/fix/text-lines.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const RANK: Record<string, number> = { header: 0, path: 1, query: 2, body: 3 };

function parameterFiles(): string[] {
  if (!fs.existsSync(CORPUS)) return [];
  const files: string[] = [];
  for (const project of fs.readdirSync(CORPUS).sort()) {
    const dir = path.join(CORPUS, project, 'api-ref', 'source');
    if (!fs.existsSync(dir)) continue;
    // Recursive: cinder keeps v2/ and v3/parameters.yaml, glance has several under v2/.
    for (const name of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
      if (/parameters.*\.yaml$/.test(path.basename(name))) files.push(path.join(dir, name));
    }
  }
  return files;
}

/** The file's data with microversions compared as numbers, since quoting '3.60' is the intended change. */
function meaning(text: string): unknown {
  const read = readData(text);
  if (!read.ok) throw new Error(read.error);
  const data = read.data as Record<string, Record<string, unknown>>;
  for (const entry of Object.values(data)) {
    if (!entry || typeof entry !== 'object') continue;
    for (const field of ['min_version', 'max_version']) {
      if (typeof entry[field] === 'string' && /^\d+(\.\d+)?$/.test(entry[field] as string)) entry[field] = Number(entry[field]);
    }
  }
  return data;
}

/** Entries in file order with their line, section rank and lower-cased name, read independently of the fixer. */
function entries(text: string): { key: string; line: number; rank: number; lower: string }[] {
  const doc = parseDocument(text, { merge: true, uniqueKeys: false });
  if (!isMap(doc.contents)) return [];
  const lines = new LineIndex(text);
  return (doc.contents.items as Pair[]).map((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = (pair.value as { toJS(d: unknown): unknown } | null)?.toJS(doc) as Record<string, unknown> | null;
    const inValue = value && typeof value === 'object' ? value['in'] : undefined;
    const rank = typeof inValue === 'string' && inValue in RANK ? RANK[inValue]! : 4;
    return { key, line: lines.point((pair.key as { range: number[] }).range[0]!).line, rank, lower: key.toLowerCase() };
  });
}

/** Adjacent entries out of order whose line has no parameters-sort warning explaining it. */
function unexplainedDisorder(text: string, diagnostics: Diagnostic[]): string[] {
  const held = new Set(diagnostics.filter((d) => d.ruleId === 'parameters-sort').map((d) => d.line));
  const list = entries(text);
  const bad: string[] = [];
  for (let i = 1; i < list.length; i++) {
    const [a, b] = [list[i - 1]!, list[i]!];
    const inOrder = a.rank < b.rank || (a.rank === b.rank && a.lower <= b.lower);
    if (!inOrder && !held.has(b.line)) bad.push(`${a.key} > ${b.key} (line ${b.line})`);
  }
  return bad;
}

/** A valid reordering of the file's entries far from sorted: by reversed name, anchors still before aliases. */
function scramble(text: string): string {
  const parsed = parseForFix('/scramble', text, new DiagnosticBag())!;
  const layout = layoutEntries(parsed.map, parsed.lines);
  if (typeof layout === 'string') throw new Error(layout);
  const pairs = parsed.map.items as Pair[];
  const names = pairs.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
  const order = orderEntries(
    names.map((name) => ({ key: [...name].reverse().join(''), rank: 0 })),
    orderEdges(pairs, names),
  );
  return assembleEntries(text, layout, order).text;
}

function check(file: string, input: string, original: string) {
  const bag = new DiagnosticBag();
  const fixed = fixParametersText(file, input, bag);
  expect(bag.list.filter((d) => d.ruleId !== 'parameters-sort'), file).toEqual([]);
  expect(sameData(meaning(fixed.text), meaning(original)), `${file} reads differently after the fix`).toBe(true);
  expect(unexplainedDisorder(fixed.text, bag.list), file).toEqual([]);
  const again = fixParametersText(file, fixed.text, new DiagnosticBag());
  expect(again.changed, `${file}: second fix changed it`).toBe(false);
  const quoted = quoteVersionsText(file, input, new DiagnosticBag());
  const moved = sortParametersText(file, quoted.text, new DiagnosticBag()).moved;
  return { changed: fixed.changed, moved, quoted: quoted.quoted, held: bag.list.length };
}

const files = parameterFiles();

const title = files.length ? 'fixParametersText on the shared corpora' : 'fixParametersText on the shared corpora (skipped: ../shared/corpus is absent)';

describe.skipIf(files.length === 0)(title, () => {
  it('fixes every parameters*.yaml without changing its data, sorted, idempotent', () => {
    let changed = 0;
    let moved = 0;
    let quoted = 0;
    let held = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const r = check(file, text, text);
      changed += r.changed ? 1 : 0;
      moved += r.moved;
      quoted += r.quoted;
      held += r.held;
    }
    console.log(`corpus: ${files.length} files, ${changed} changed, ${moved} entries moved, ${quoted} versions quoted, ${held} entries held back`);
  }, 120_000);

  it('sorts a scrambled copy of every file back, with the same data', () => {
    let moved = 0;
    let held = 0;
    let restored = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const scrambled = scramble(text);
      restored += fixParametersText(file, scrambled, new DiagnosticBag()).text === text ? 1 : 0;
      expect(sameData(meaning(scrambled), meaning(text))).toBe(true);
      const r = check(file, scrambled, text);
      expect(r.changed).toBe(true);
      moved += r.moved;
      held += r.held;
    }
    console.log(`scrambled corpus: ${files.length} files, all changed, ${moved} entries moved, ${held} held back, ${restored} restored byte for byte`);
  }, 120_000);
});
