/**
 * `.. only:: <expression>`: the content is shown when the expression over Sphinx's tags holds for an HTML build.
 * Sphinx's html builder sets the tags `html`, `format_html` and `builder_html`; the expression combines tags with
 * `and`, `or`, `not` and parentheses. An expression Sphinx cannot evaluate keeps the content, with a warning.
 */
import type { DirectiveHandler } from './types.js';

const HTML_TAGS = new Set(['html', 'format_html', 'builder_html']);

export const only: DirectiveHandler = {
  names: ['only'],
  run(node, ctx) {
    const expression = node.argument.trim();
    const holds = evaluateTags(expression, HTML_TAGS);
    if (holds === null) {
      ctx.diagnostics.report('directive-syntax', 'warn', `The only expression "${expression}" cannot be evaluated; its content is shown.`, node.position);
    } else if (!holds) return [];
    return ctx.resolveBlocks(node.content);
  },
};

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
