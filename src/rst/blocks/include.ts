/**
 * `.. include:: path` — asks the caller for the file, clips it (`:start-line:`, `:end-line:`,
 * `:start-after:`, `:end-before:`) and splices its lines into the line stream right after the directive, as
 * docutils does; `:literal:` includes it as a literal block instead. Cycles and runaway depth are refused.
 */
import { linesInRange, spanOf } from '../lines.js';
import type { Directive, DirectiveOption, Include, Line, LiteralBlock } from '../syntax.js';
import { MAX_INCLUDE_DEPTH, report } from './context.js';
import type { ExplicitResult } from './explicit.js';
import type { BodyState } from './state.js';

export function includeDirective(st: BodyState, d: Directive, blankFinish: boolean): ExplicitResult {
  // `done` reads blankFinish when called: splicing the file in makes the directive end blank.
  const path = d.argumentLines.map((l) => l.text.trim()).join('');
  const node: Include = { type: 'include', path, file: null, position: d.position };
  const done = (...extra: LiteralBlock[]): ExplicitResult => ({ nodes: [node, ...extra], blankFinish });
  if (!path) {
    report(st.ctx, 'ERROR', 'Error in "include" directive:\n1 argument(s) required, 0 supplied.', d.position);
    return done();
  }
  if (!st.ctx.include) return done();
  const got = st.ctx.include(path, d.position);
  if (!got) return done();
  node.file = got.file;
  const opt = (name: string) => d.options.find((o) => o.name === name);
  if (st.ctx.includeStack.includes(got.file)) {
    const chain = [got.file, ...st.ctx.includeStack.slice().reverse()].join('\n> ');
    report(st.ctx, 'WARNING', `circular inclusion in "include" directive:\n${chain}`, d.position);
    return done();
  }
  if (st.ctx.includeStack.length > MAX_INCLUDE_DEPTH) {
    report(st.ctx, 'ERROR', `"include" nested more than ${MAX_INCLUDE_DEPTH} levels deep: ${path}`, d.position);
    return done();
  }
  const range = clip(st, d, got.text);
  if (!range) return done();
  const lines = linesInRange(got.text, got.file, range.start, range.end);
  if (opt('literal')) {
    const value = lines.map((l) => l.text).join('\n');
    const position = lines.length ? spanOf(lines[0]!, lines[lines.length - 1]!) : d.position;
    return done({ type: 'literalBlock', value, position });
  }
  // Like docutils' insert_input: blank padding before and after, and an end marker that tells the body parser
  // to leave this file's include chain. So the included text starts and ends "blank" wherever it stands.
  const firstLine = lines[0];
  const lastLine = lines[lines.length - 1];
  const startAnchor: Line = firstLine ? { ...firstLine, text: '' } : { text: '', file: got.file, line: 1, column: 1, offset: 0 };
  const endAnchor: Line = lastLine
    ? { ...lastLine, text: '', column: lastLine.column + lastLine.text.length, offset: lastLine.offset + lastLine.text.length }
    : startAnchor;
  const marker: Line = { ...endAnchor, text: '.. end of inclusion' };
  st.ctx.includeEnds.add(marker);
  st.ctx.includeStack.push(got.file);
  spliceLines(st.lines, st.i, [startAnchor, ...lines, endAnchor, marker, { ...endAnchor }]);
  blankFinish = true;
  return done();
}

/** The offsets of the text to include, or null after reporting a problem with the clipping options. */
function clip(st: BodyState, d: Directive, text: string): { start: number; end: number } | null {
  const opt = (name: string) => d.options.find((o) => o.name === name);
  let start = 0;
  let end = text.length;
  const startLine = opt('start-line');
  const endLine = opt('end-line');
  if (startLine || endLine) {
    const starts = [0];
    for (let p = 0; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c === 10 || (c === 13 && text.charCodeAt(p + 1) !== 10)) starts.push(p + 1);
    }
    if (starts[starts.length - 1] === text.length && starts.length > 1) starts.pop();
    const at = (o: DirectiveOption | undefined, dflt: number) => {
      if (!o) return dflt;
      const n = Number.parseInt(o.value, 10);
      if (!Number.isFinite(n)) return NaN;
      const idx = n < 0 ? Math.max(0, starts.length + n) : Math.min(n, starts.length);
      return idx >= starts.length ? text.length : starts[idx]!;
    };
    const s = at(startLine, 0);
    const e = at(endLine, text.length);
    if (Number.isNaN(s) || Number.isNaN(e)) {
      report(st.ctx, 'ERROR', 'Error in "include" directive:\ninvalid option value: (option: "start-line" or "end-line"); an integer is required.', d.position);
      return null;
    }
    start = s;
    end = Math.max(s, e);
  }
  const after = opt('start-after');
  if (after) {
    const idx = text.slice(start, end).indexOf(after.value);
    if (idx < 0) {
      report(st.ctx, 'SEVERE', 'Problem with "start-after" option of "include" directive:\nText not found.', d.position);
      return null;
    }
    start += idx + after.value.length;
  }
  const before = opt('end-before');
  if (before) {
    const idx = text.slice(start, end).indexOf(before.value);
    if (idx < 0) {
      report(st.ctx, 'SEVERE', 'Problem with "end-before" option of "include" directive:\nText not found.', d.position);
      return null;
    }
    end = start + idx;
  }
  return { start, end };
}

/** Inserts `items` at `at` (in chunks: spreading a huge array into one call would overflow the stack). */
export function spliceLines(lines: Line[], at: number, items: Line[]): void {
  const CHUNK = 8192;
  for (let k = items.length; k > 0; k -= CHUNK) lines.splice(at, 0, ...items.slice(Math.max(0, k - CHUNK), k));
}
