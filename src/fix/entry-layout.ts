/**
 * Cuts a parameters.yaml into movable blocks of original text, one per top-level entry, and the text between
 * them that stays where it is.
 *
 *     # License header            ┐ slot 0's gap: everything above the first entry stays at the top
 *                                 ┘
 *     # About b.                  ┐ slot 0's content: comment lines directly above an entry (no blank line
 *     b:                          │ between) belong to it, as do its key, its value, and comment lines indented
 *       in: body                  │ deeper than the key that follow it
 *       # more about b            ┘
 *                                 ┐ slot 1's gap: blank lines, and comments separated from the next entry by a
 *     # Parameters in query       │ blank line, stay in place (they are layout, not part of an entry)
 *                                 ┘
 *     a:                          ] slot 1's content
 *       in: query
 *     # end                       ] trailer: whatever follows the last entry stays at the end
 */
import { isNode, type YAMLMap } from 'yaml';
import { lineEnding, type LineIndex } from './text-lines.js';

export interface EntrySlot {
  /** Text before the content that stays in this position: [gapStart, contentStart). */
  gapStart: number;
  contentStart: number;
  /** Where the entry itself (key, anchor, tag or `?`) starts, after its comments. */
  entryStart: number;
  /** End of its last line, terminator included. */
  contentEnd: number;
}

export interface EntryLayout {
  slots: EntrySlot[];
  trailerStart: number;
}

interface BlockMapToken {
  type: 'block-map';
  items: { start: Token[]; key?: Token | null; sep?: Token[]; value?: Token | null }[];
}
interface Token {
  type: string;
  offset: number;
}

const TRIVIA = new Set(['space', 'newline', 'comment']);

/** The layout, or the reason the entries cannot be cut into whole lines. */
export function layoutEntries(map: YAMLMap, lines: LineIndex): EntryLayout | string {
  const token = map.srcToken as BlockMapToken | undefined;
  if (!token || token.type !== 'block-map' || token.items.length !== map.items.length) {
    return 'The entries of the top-level mapping cannot be located in the text';
  }
  const n = map.items.length;
  const entryStarts: number[] = [];
  const bodyEnds: number[] = [];
  for (let i = 0; i < n; i++) {
    const item = token.items[i]!;
    const first = [...item.start, ...(item.key ? [item.key] : []), ...(item.sep ?? [])].find((t) => !TRIVIA.has(t.type));
    const pair = map.items[i]!;
    let end = 0;
    for (const node of [pair.key, pair.value]) if (isNode(node) && node.range) end = Math.max(end, node.range[1]);
    if (!first || end <= first.offset) return 'An entry of the top-level mapping cannot be located in the text';
    entryStarts.push(first.offset);
    bodyEnds.push(end);
  }

  const mapIndent = lines.indent(lines.lineOf(entryStarts[0]!));
  const keyLines = entryStarts.map((offset) => lines.lineOf(offset));
  for (let i = 0; i < n; i++) {
    if (entryStarts[i] !== lines.start(keyLines[i]!) + mapIndent || lines.indent(keyLines[i]!) !== mapIndent) {
      return 'An entry does not start its own line at the indentation of the others';
    }
  }

  const slots: EntrySlot[] = [];
  let gapStart = 0;
  let contentStart = lines.start(keyLines[0]!);
  for (let i = 0; i < n; i++) {
    const nextKeyLine = i + 1 < n ? keyLines[i + 1]! : lines.count;
    let owned = lines.lineOf(bodyEnds[i]! - 1);
    if (i + 1 < n && owned >= nextKeyLine) return 'Two entries share a line';
    // Comments indented deeper than the keys, right after the value, still belong to this entry.
    for (let l = owned + 1; l < nextKeyLine; l++) {
      const kind = lines.kind(l);
      if (kind === 'other' || (kind === 'comment' && lines.indent(l) <= mapIndent)) break;
      if (kind === 'comment') owned = l;
    }
    const contentEnd = lines.end(owned);
    slots.push({ gapStart, contentStart, entryStart: entryStarts[i]!, contentEnd });
    if (i + 1 === n) return { slots, trailerStart: contentEnd };

    let attach = nextKeyLine;
    while (attach - 1 > owned && lines.kind(attach - 1) === 'comment') attach--;
    for (let l = owned + 1; l < attach; l++) {
      if (lines.kind(l) === 'other') return `Line ${l + 1} is neither an entry, a comment nor blank`;
    }
    gapStart = contentEnd;
    contentStart = lines.start(attach);
  }
  return { slots, trailerStart: lines.text.length };
}

/**
 * The text with the slots' contents in `order` (entry indexes, one per slot): gaps and the trailer stay in
 * place, contents move, and every content ends its line unless it ends a file that had no final newline.
 */
export function assembleEntries(text: string, layout: EntryLayout, order: number[]): { text: string; entryOffsets: number[] } {
  const eol = lineEnding(text);
  const { slots } = layout;
  const entryOffsets = new Array<number>(slots.length);
  let out = '';
  order.forEach((entry, slot) => {
    out += text.slice(slots[slot]!.gapStart, slots[slot]!.contentStart);
    const s = slots[entry]!;
    entryOffsets[entry] = out.length + (s.entryStart - s.contentStart);
    out += text.slice(s.contentStart, s.contentEnd);
    if (!out.endsWith('\n')) out += eol;
  });
  const trailer = text.slice(layout.trailerStart);
  if (!trailer && !text.endsWith('\n') && out.endsWith(eol)) out = out.slice(0, -eol.length);
  return { text: out + trailer, entryOffsets };
}
