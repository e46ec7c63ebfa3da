/**
 * Section titles (underline-only and overline+underline) and transitions, following docutils' Text.underline,
 * Body.line and Line states. Levels come from the order in which title styles first appear (shared by the
 * whole document, included files too); a title at the document level closes open sections as needed.
 */
import { columnWidth, joinSpans, spanOf } from '../lines.js';
import { parseInline } from '../inline.js';
import type { Line, Section, Title, Transition } from '../syntax.js';
import { report } from './context.js';
import { adornmentRe } from './patterns.js';
import { emit, type BodyState } from './state.js';

/** Text.underline: `st.i` is a text line, `st.i + 1` an adornment line. False: treat as paragraph text. */
export function underlineTitle(st: BodyState): boolean {
  const titleLine = st.lines[st.i]!;
  const underLine = st.lines[st.i + 1]!;
  const title = titleLine.text;
  const underline = underLine.text;
  const pending: [string, Line][] = [];
  if (columnWidth(title) > underline.length) {
    if (underline.length < 4) {
      if (st.matchTitles) {
        report(
          st.ctx,
          'INFO',
          "Possible title underline, too short for the title.\nTreating it as ordinary text because it's so short.",
          spanOf(underLine),
        );
      }
      return false;
    }
    pending.push(['Title underline too short.', underLine]);
  }
  if (!st.matchTitles) {
    for (const [m, l] of pending) report(st.ctx, 'WARNING', m, spanOf(l));
    // docutils reports it on the underline (the line it was looking at).
    report(st.ctx, 'SEVERE', 'Unexpected section title.', spanOf(underLine));
    st.i += 2;
    return true;
  }
  st.i += 2;
  for (const [m, l] of pending) report(st.ctx, 'WARNING', m, spanOf(l));
  openSection(st, titleLine, titleLine, underLine, underline[0]!, false);
  return true;
}

/** Body.line and the Line state: an adornment line at `st.i`. False: treat as paragraph text. */
export function adornmentLine(st: BodyState): boolean {
  const { lines } = st;
  const overLine = lines[st.i]!;
  const marker = overLine.text;
  if (!adornmentRe.test(marker)) return false;
  if (!st.matchTitles) {
    if (marker === '::') return false;
    if (marker.length < 4) {
      report(
        st.ctx,
        'INFO',
        "Unexpected possible title overline or transition.\nTreating it as ordinary text because it's so short.",
        spanOf(overLine),
      );
      return false;
    }
    report(st.ctx, 'SEVERE', 'Unexpected section title or transition.', spanOf(overLine));
    st.i++;
    return true;
  }
  const next = lines[st.i + 1];
  if (next === undefined || !next.text.length) {
    if (marker.length < 4) return false;
    const node: Transition = { type: 'transition', position: spanOf(overLine) };
    emit(st, node);
    st.i++;
    return true;
  }
  if (adornmentRe.test(next.text)) {
    if (marker.length < 4) return shortOverline(st, overLine);
    report(st.ctx, 'ERROR', 'Invalid section title or transition marker.', spanOf(overLine, next));
    st.i += 2;
    return true;
  }
  // Over- and underlined title.
  const titleLine = next;
  const underLine = lines[st.i + 2];
  if (underLine === undefined) {
    if (marker.length < 4) return shortOverline(st, overLine);
    report(st.ctx, 'SEVERE', 'Incomplete section title.', spanOf(overLine, titleLine));
    st.i += 2;
    return true;
  }
  const underline = underLine.text;
  if (!adornmentRe.test(underline)) {
    if (marker.length < 4) return shortOverline(st, overLine);
    report(st.ctx, 'SEVERE', 'Missing matching underline for section title overline.', spanOf(overLine, underLine));
    st.i += 3;
    return true;
  }
  if (marker !== underline) {
    if (marker.length < 4) return shortOverline(st, overLine);
    report(st.ctx, 'SEVERE', 'Title overline & underline mismatch.', spanOf(overLine, underLine));
    st.i += 3;
    return true;
  }
  let warn = false;
  if (columnWidth(titleLine.text) > marker.length) {
    if (marker.length < 4) return shortOverline(st, overLine);
    warn = true;
  }
  st.i += 3;
  if (warn) report(st.ctx, 'WARNING', 'Title overline too short.', spanOf(overLine, underLine));
  const lead = titleLine.text.length - titleLine.text.trimStart().length;
  const text: Line = { ...titleLine, text: titleLine.text.slice(lead), column: titleLine.column + lead, offset: titleLine.offset + lead };
  openSection(st, overLine, text, underLine, marker[0]! + underline[0]!, true);
  return true;
}

function shortOverline(st: BodyState, overLine: Line): boolean {
  shortOverlines.add(overLine);
  report(
    st.ctx,
    'INFO',
    "Possible incomplete section title.\nTreating the overline as ordinary text because it's so short.",
    spanOf(overLine),
  );
  return false;
}

/** Lines reported as short overlines and then read as text (docutils repeats that report on bubble-up). */
const shortOverlines = new WeakSet<Line>();

/** docutils' check_subsection + new_subsection, with an explicit stack of open sections. */
function openSection(st: BodyState, first: Line, titleLine: Line, underLine: Line, style: string, overline: boolean): void {
  const styles = st.ctx.titleStyles;
  const current = st.sections.length;
  let level = styles.indexOf(style) + 1;
  if (level === 0) {
    if (styles.length !== current) return inconsistent(st, titleLine, underLine);
    styles.push(style);
    level = current + 1;
  } else if (level > current + 1) {
    return inconsistent(st, titleLine, underLine);
  } else if (level <= current && shortOverlines.has(titleLine)) {
    // docutils re-reads a title that closes sections ("bubbles up"), repeating what it said about the line.
    shortOverline(st, titleLine);
  }
  while (st.sections.length >= level) closeSection(st.sections.pop()!);
  const title: Title = {
    type: 'title',
    children: parseInline([titleLine], st.ctx.diagnostics),
    position: spanOf(titleLine),
  };
  const section: Section = {
    type: 'section',
    depth: level,
    style: style[style.length - 1]!,
    overline,
    children: [title],
    position: spanOf(first, underLine),
  };
  emit(st, section);
  st.sections.push(section);
}

function inconsistent(st: BodyState, titleLine: Line, underLine: Line): void {
  // docutils reports it on the title text line.
  report(st.ctx, 'SEVERE', 'Title level inconsistent:', spanOf(titleLine, underLine));
}

/** A section ends where its last child ends. */
export function closeSection(section: Section): void {
  const last = section.children[section.children.length - 1]!;
  if (last !== section.children[0]) section.position = joinSpans(section.position, last.position);
}
