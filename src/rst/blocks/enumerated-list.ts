/**
 * Enumerated lists (`1.`, `(a)`, `iv)`, `#.`): docutils' rules for which sequence an enumerator belongs to
 * (`i`/`I` are roman, other single letters alphabetic), and for when a line is a list item at all (the next
 * line must be blank, indented, or the next enumerator).
 */
import { joinSpans, spanOf } from '../lines.js';
import type { EnumeratedList, EnumType } from '../syntax.js';
import { report } from './context.js';
import { listItem, nextNonBlank } from './bullet-list.js';
import { matchEnumerator, type EnumMatch } from './patterns.js';
import { fromRoman, toRoman } from './roman.js';
import { emit, type BodyState } from './state.js';
import { unindentWarning } from './unindent.js';

type Sequence = EnumType | '#';

const sequenceRes: Record<EnumType, RegExp> = {
  arabic: /^[0-9]+$/,
  loweralpha: /^[a-z]$/,
  upperalpha: /^[A-Z]$/,
  lowerroman: /^[ivxlcdm]+$/,
  upperroman: /^[IVXLCDM]+$/,
};
const sequences: EnumType[] = ['arabic', 'loweralpha', 'upperalpha', 'lowerroman', 'upperroman'];
const affixes = { parens: ['(', ')'], rparen: ['', ')'], period: ['', '.'] } as const;

function parseEnumerator(m: EnumMatch, expected?: EnumType): { sequence: Sequence; ordinal: number | null } {
  const text = m.text;
  let sequence: Sequence | undefined;
  if (text === '#') sequence = '#';
  else if (expected && sequenceRes[expected].test(text)) sequence = expected;
  else if (text === 'i') sequence = 'lowerroman';
  else if (text === 'I') sequence = 'upperroman';
  if (!sequence) sequence = sequences.find((s) => sequenceRes[s].test(text)) ?? 'arabic';
  let ordinal: number | null;
  switch (sequence) {
    case '#': ordinal = 1; break;
    case 'arabic': ordinal = Number.parseInt(text, 10); break;
    case 'loweralpha': ordinal = text.charCodeAt(0) - 96; break;
    case 'upperalpha': ordinal = text.charCodeAt(0) - 64; break;
    case 'lowerroman': ordinal = fromRoman(text.toUpperCase()); break;
    case 'upperroman': ordinal = fromRoman(text); break;
  }
  return { sequence, ordinal };
}

function makeEnumerator(ordinal: number, sequence: Sequence, format: EnumMatch['format']): [string, string] | null {
  let e: string | null;
  if (sequence === '#') e = '#';
  else if (sequence === 'arabic') e = String(ordinal);
  else if (sequence.endsWith('alpha')) e = ordinal > 26 ? null : String.fromCharCode(ordinal + 96);
  else e = toRoman(ordinal);
  if (e === null) return null;
  e = sequence.startsWith('upper') ? e.toUpperCase() : sequence.startsWith('lower') ? e.toLowerCase() : e;
  const [p, s] = affixes[format];
  return [`${p}${e}${s} `, `${p}#${s} `];
}

function isItem(st: BodyState, ordinal: number | null, sequence: Sequence, format: EnumMatch['format']): boolean {
  if (ordinal === null) return false;
  const next = st.lines[st.i + 1];
  if (next === undefined || !next.text.length || next.text.charCodeAt(0) === 32) return true;
  const result = makeEnumerator(ordinal + 1, sequence, format);
  return !!result && (next.text.startsWith(result[0]) || next.text.startsWith(result[1]));
}

export function enumeratedList(st: BodyState): boolean {
  const line = st.lines[st.i]!;
  const m = matchEnumerator(line.text);
  if (!m) return false;
  const { sequence, ordinal } = parseEnumerator(m);
  if (!isItem(st, ordinal, sequence, m.format)) return false;
  const enumtype: EnumType = sequence === '#' ? 'arabic' : sequence;
  const [prefix, suffix] = affixes[m.format];
  const list: EnumeratedList = {
    type: 'enumeratedList',
    enumtype,
    prefix,
    suffix,
    start: ordinal!,
    children: [],
    position: spanOf(line),
  };
  emit(st, list);
  if (ordinal !== 1) {
    report(st.ctx, 'INFO', `Enumerated list start value not ordinal-1: "${m.text}" (ordinal ${ordinal})`, spanOf(line));
  }
  let auto = sequence === '#';
  let last = ordinal!;
  let cur: EnumMatch = m;
  let blankFinish = true;
  for (;;) {
    const { item, block } = listItem(st, cur.end);
    list.children.push(item);
    blankFinish = block.blankFinish;
    const j = nextNonBlank(st);
    const t = st.lines[j];
    if (!t || st.ctx.includeEnds.has(t)) break;
    const nm = matchEnumerator(t.text);
    if (!nm) break;
    const save = st.i;
    st.i = j;
    const p = parseEnumerator(nm, enumtype);
    if (
      nm.format !== m.format ||
      (p.sequence !== '#' && (p.sequence !== enumtype || auto || p.ordinal !== last + 1)) ||
      !isItem(st, p.ordinal, p.sequence, nm.format)
    ) {
      st.i = save;
      break;
    }
    if (p.sequence === '#') auto = true;
    last = p.ordinal!;
    cur = nm;
  }
  list.position = joinSpans(list.position, list.children[list.children.length - 1]!.position);
  if (!blankFinish) unindentWarning(st, 'Enumerated list');
  return true;
}
