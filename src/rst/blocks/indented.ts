/**
 * Extracting indented blocks from a line array, as docutils' StringList.get_indented and its wrappers do.
 * Every function returns the block (indentation removed, positions kept), the index just past it, and
 * `blankFinish`: whether the block ended at the end of input or after a blank line (else docutils warns about
 * an "unexpected unindent").
 */
import { dropColumns, indentUpTo } from '../lines.js';
import type { Line } from '../syntax.js';

export interface IndentedBlock {
  lines: Line[];
  /** Index (in the source array) of the first line after the block. */
  end: number;
  blankFinish: boolean;
  /** Indentation removed from the lines after the first. */
  indent: number;
}

/**
 * Lines from `start` that are blank or indented (by at least `blockIndent` when given).
 * `firstIndent`: the first line is taken unconditionally with that many columns removed.
 */
function getIndented(
  lines: Line[],
  start: number,
  opts: { untilBlank?: boolean; stripIndent?: boolean; blockIndent?: number; firstIndent?: number },
): IndentedBlock {
  const { untilBlank = false, stripIndent = true, blockIndent } = opts;
  let firstIndent = opts.firstIndent;
  let indent: number | undefined = blockIndent;
  if (blockIndent !== undefined && firstIndent === undefined) firstIndent = blockIndent;
  let end = start;
  if (firstIndent !== undefined) end++;
  let blankFinish = true;
  const last = lines.length;
  while (end < last) {
    const text = lines[end]!.text;
    if (text.length && (text.charCodeAt(0) !== 32 || (blockIndent !== undefined && indentUpTo(text, blockIndent) < blockIndent))) {
      blankFinish = end > start && lines[end - 1]!.text.length === 0;
      break;
    }
    if (!text.length) {
      if (untilBlank) {
        blankFinish = true;
        break;
      }
    } else if (blockIndent === undefined) {
      // Only the least indentation matters: no need to count past the least found so far.
      indent = indentUpTo(text, indent ?? Infinity);
    }
    end++;
  }
  const block: Line[] = [];
  for (let i = start; i < end; i++) {
    let line = lines[i]!;
    if (i === start && firstIndent !== undefined) line = dropColumns(line, firstIndent);
    else if (indent && stripIndent) line = dropColumns(line, Math.min(indent, line.text.length));
    block.push(line);
  }
  return { lines: block, end, blankFinish, indent: indent ?? 0 };
}

function stripTop(b: IndentedBlock): IndentedBlock {
  let n = 0;
  while (n < b.lines.length && !b.lines[n]!.text.length) n++;
  if (n) b.lines = b.lines.slice(n);
  return b;
}

/** docutils' StateMachineWS.get_indented: the indented block starting at `start` (top blank lines dropped). */
export function indentedBlock(lines: Line[], start: number, untilBlank = false): IndentedBlock {
  return stripTop(getIndented(lines, start, { untilBlank }));
}

/** get_known_indented: every line indented at least `indent` (the first line's text starts there). */
export function knownIndented(lines: Line[], start: number, indent: number): IndentedBlock {
  return stripTop(getIndented(lines, start, { blockIndent: indent }));
}

/** get_first_known_indented: the first line's text starts at `indent`; the rest by their least indentation. */
export function firstKnownIndented(
  lines: Line[],
  start: number,
  indent: number,
  opts: { untilBlank?: boolean; stripIndent?: boolean; stripTop?: boolean } = {},
): IndentedBlock {
  const b = getIndented(lines, start, { firstIndent: indent, untilBlank: opts.untilBlank, stripIndent: opts.stripIndent });
  return opts.stripTop === false ? b : stripTop(b);
}

/** Lines from `start` up to a blank line. With `flushLeft`, also stops before an indented line. */
export function textBlock(lines: Line[], start: number, flushLeft: boolean): { lines: Line[]; end: number; indentedAt?: number } {
  let end = start;
  while (end < lines.length) {
    const text = lines[end]!.text;
    if (!text.length) break;
    if (flushLeft && text.charCodeAt(0) === 32) return { lines: lines.slice(start, end), end, indentedAt: end };
    end++;
  }
  return { lines: lines.slice(start, end), end };
}
