/**
 * The state of one run of the body parser over a line array: docutils' "Body" state machine, flattened.
 * Constructs read `lines[i]`, consume lines by advancing `i`, and append nodes with `emit`.
 */
import type { Block, Line, Section } from '../syntax.js';
import type { ParserContext } from './context.js';

export interface BodyState {
  /** Mutable: `include` splices the included file's lines in after the directive. */
  lines: Line[];
  i: number;
  ctx: ParserContext;
  /** Section titles allowed (document level only); elsewhere a title is an error, as in docutils. */
  matchTitles: boolean;
  /** Top-level output. */
  out: Block[];
  /** Open sections, outermost first (document level only). */
  sections: Section[];
}

/** A construct returns false when the current line is not its (docutils' TransitionCorrection to text). */
export type Construct = (st: BodyState) => boolean;

export function emit(st: BodyState, node: Block): void {
  const top = st.sections[st.sections.length - 1];
  if (top) top.children.push(node);
  else st.out.push(node);
}
