/** Options the renderer needs from the project. */
export interface RenderContext {
  /** Raw HTML allowed by the project; otherwise rawBlock/rawInline render as escaped text in a placeholder. */
  allowRaw: boolean;
}

/**
 * Internal state threaded through nested renders: docutils only marks the outermost of nested compact lists
 * `simple`, and leaves the trailing newline off a paragraph that is alone in a compact container.
 */
export interface BlockState {
  ctx: RenderContext;
  /** Inside a list rendered compact (docutils' `compact_simple`). */
  compactSimple: boolean;
  /** Depth of the innermost enclosing section or operation (0 at page level): status tables head their own subsection. */
  sectionDepth: number;
}
