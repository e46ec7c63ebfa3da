/**
 * Explicit markup (`.. `): footnotes, citations, hyperlink targets, substitution definitions, directives, and
 * otherwise comments — tried in docutils' order. A run of explicit constructs may go without blank lines in
 * between; anything else right after one gets docutils' "unexpected unindent" warning.
 */
import { spanOf } from '../lines.js';
import type { Block } from '../syntax.js';
import { report } from './context.js';
import { comment } from './comment.js';
import { directive } from './directive.js';
import { citation, footnote, footnoteRe, citationRe } from './footnote.js';
import { explicitRe, anonymousRe } from './patterns.js';
import { emit, type BodyState } from './state.js';
import { substitutionDefinition } from './substitution.js';
import { anonymousTargetBlock, hyperlinkTarget } from './target.js';
import { unindentWarning } from './unindent.js';

/** Result of one explicit construct: the nodes (possibly none) and whether its block ended blank. */
export interface ExplicitResult {
  nodes: Block[];
  blankFinish: boolean;
}

/** Thrown-free stand-in for docutils' MarkupError: the construct gives up and the text becomes a comment. */
export interface MarkupFailure {
  failure: string;
}

const targetStartRe = /^\.\. +_(?! |$)/;
const substitutionStartRe = /^\.\. +\|(?! |$)/;

export function explicitMarkup(st: BodyState): boolean {
  const text = st.lines[st.i]!.text;
  const m = explicitRe.exec(text);
  if (!m) return false;
  finish(st, construct(st, m[0].length));
  return true;
}

export function anonymousTarget(st: BodyState): boolean {
  const m = anonymousRe.exec(st.lines[st.i]!.text);
  if (!m) return false;
  finish(st, anonymousTargetBlock(st, m[0].length));
  return true;
}

function construct(st: BodyState, markerEnd: number): ExplicitResult {
  const line = st.lines[st.i]!;
  const text = line.text;
  let r: ExplicitResult | MarkupFailure | null = null;
  let fm: RegExpExecArray | null;
  if ((fm = footnoteRe.exec(text))) r = footnote(st, fm);
  else if ((fm = citationRe.exec(text))) r = citation(st, fm);
  else if (targetStartRe.test(text)) r = hyperlinkTarget(st, text.indexOf('_') + 1);
  else if (substitutionStartRe.test(text)) r = substitutionDefinition(st, text.indexOf('|'));
  else r = directive(st);
  if (r && 'failure' in r) {
    const c = comment(st, markerEnd);
    report(st.ctx, 'WARNING', r.failure, spanOf(line));
    return c;
  }
  return (r as ExplicitResult | null) ?? comment(st, markerEnd);
}

function finish(st: BodyState, r: ExplicitResult): void {
  for (const n of r.nodes) emit(st, n);
  if (r.blankFinish) return;
  const next = st.lines[st.i];
  if (!next || !next.text.length) return;
  if (explicitRe.test(next.text) || anonymousRe.test(next.text)) return;
  unindentWarning(st, 'Explicit markup');
}
