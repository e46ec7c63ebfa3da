/**
 * `.. only:: <expression>`: the content counts when the expression over Sphinx's tags holds for an HTML build
 * (the html builder sets `html`, `format_html` and `builder_html`; expressions combine tags with `and`, `or`,
 * `not` and parentheses). Acted on while parsing, as `include` is: the content's lines are put back into the
 * line stream, so a section title inside joins the document's sections, as Sphinx's Only directive lifts it.
 * An expression Sphinx cannot evaluate keeps the content, with a warning.
 */
import type { Directive, Line } from '../syntax.js';
import type { ExplicitResult } from './explicit.js';
import { spliceLines } from './include.js';
import type { BodyState } from './state.js';

const HTML_TAGS = new Set(['html', 'format_html', 'builder_html']);

export function onlyDirective(st: BodyState, d: Directive, blankFinish: boolean): ExplicitResult {
  const expression = d.argument.trim();
  const holds = evaluateTags(expression, HTML_TAGS);
  if (holds === null) {
    st.ctx.diagnostics.report('directive-syntax', 'warn', `The only expression "${expression}" cannot be evaluated; its content is shown.`, d.position);
  } else if (!holds) {
    return { nodes: [], blankFinish };
  }
  if (!d.content.length) return { nodes: [], blankFinish };
  // Blank lines around the content, as around an included file, so it starts and ends as its own blocks.
  const first = d.content[0]!;
  const last = d.content[d.content.length - 1]!;
  const before: Line = { ...first, text: '' };
  const after: Line = { ...last, text: '', column: last.column + last.text.length, offset: last.offset + last.text.length };
  spliceLines(st.lines, st.i, [before, ...d.content, after]);
  return { nodes: [], blankFinish: true };
}

/** The value of a tag expression (`html and not latex`), or null when it is not one. */
export function evaluateTags(expression: string, tags: ReadonlySet<string>): boolean | null {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  // or-expression := and-expression ('or' and-expression)* ; and := unary ('and' unary)* ; unary := 'not' unary | atom
  const orExpr = (): boolean | null => {
    let value = andExpr();
    while (value !== null && tokens[i] === 'or') {
      i++;
      const right = andExpr();
      value = right === null ? null : value || right;
    }
    return value;
  };
  const andExpr = (): boolean | null => {
    let value = unary();
    while (value !== null && tokens[i] === 'and') {
      i++;
      const right = unary();
      value = right === null ? null : value && right;
    }
    return value;
  };
  const unary = (): boolean | null => {
    const t = tokens[i++];
    if (t === undefined || t === ')' || t === 'and' || t === 'or') return null;
    if (t === 'not') {
      const v = unary();
      return v === null ? null : !v;
    }
    if (t === '(') {
      const v = orExpr();
      return tokens[i++] === ')' ? v : null;
    }
    return /^[A-Za-z_][\w-]*$/.test(t) ? tags.has(t) : null;
  };
  if (!tokens.length) return null;
  const value = orExpr();
  return i === tokens.length ? value : null;
}
