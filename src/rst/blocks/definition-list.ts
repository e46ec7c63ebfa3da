/**
 * Definition lists: a term line directly followed by an indented definition. ` : ` in the term's text
 * (outside inline markup) separates classifiers, as docutils splits them after inline parsing.
 */
import { joinSpans, spanOf } from '../lines.js';
import { parseInline } from '../inline.js';
import type { Classifier, Definition, DefinitionList, DefinitionListItem, Inline, Line, Term, Text } from '../syntax.js';
import { report } from './context.js';
import { indentedBlock } from './indented.js';
import { parseNested } from './nested.js';
import { isBodyMarkup } from './patterns.js';
import { emit, type BodyState } from './state.js';
import { unindentWarning } from './unindent.js';

/** `st.i` is a term line and `st.i + 1` is indented. */
export function definitionList(st: BodyState): void {
  const { lines } = st;
  const list: DefinitionList = { type: 'definitionList', children: [], position: spanOf(lines[st.i]!) };
  emit(st, list);
  let blankFinish = true;
  for (;;) {
    const termLine = lines[st.i]!;
    const b = indentedBlock(lines, st.i + 1);
    st.i = b.end;
    blankFinish = b.blankFinish;
    list.children.push(item(st, termLine, b.lines, lines[st.i - 1]!));
    let j = st.i;
    while (j < lines.length && !lines[j]!.text.length) j++;
    const t = lines[j];
    const n = lines[j + 1];
    if (!t || t.text.charCodeAt(0) === 32 || isBodyMarkup(t.text) || !n || !n.text.length || n.text.charCodeAt(0) !== 32) break;
    if (st.ctx.includeEnds.has(t)) break;
    st.i = j;
  }
  list.position = joinSpans(list.position, list.children[list.children.length - 1]!.position);
  if (!blankFinish) unindentWarning(st, 'Definition list');
}

function item(st: BodyState, termLine: Line, body: Line[], lastLine: Line): DefinitionListItem {
  const children: DefinitionListItem['children'] = termAndClassifiers(st, termLine);
  const definition: Definition = {
    type: 'definition',
    children: [],
    position: body.length ? spanOf(body[0]!, lastNonBlankOr(body, lastLine)) : spanOf(termLine),
  };
  if (termLine.text.endsWith('::')) {
    report(
      st.ctx,
      'INFO',
      'Blank line missing before literal block (after the "::")? Interpreted as a definition list item.',
      // docutils reports it on the last line of the definition's block (trailing blank line included).
      spanOf(lastLine),
    );
  }
  definition.children = parseNested(st.ctx, body);
  children.push(definition);
  return { type: 'definitionListItem', children, position: joinSpans(spanOf(termLine), definition.position) };
}

function lastNonBlankOr(body: Line[], fallback: Line): Line {
  for (let k = body.length - 1; k >= 0; k--) if (body[k]!.text.length) return body[k]!;
  return fallback;
}

const classifierDelimiter = / +: +/g;

function termAndClassifiers(st: BodyState, termLine: Line): [Term, ...Classifier[]] {
  const inlines = parseInline([termLine], st.ctx.diagnostics);
  const term: Term = { type: 'term', children: [], position: spanOf(termLine) };
  const out: [Term, ...Classifier[]] = [term];
  let current: Term | Classifier = term;
  for (const node of inlines) {
    if (node.type !== 'text') {
      current.children.push(node);
      continue;
    }
    classifierDelimiter.lastIndex = 0;
    let from = 0;
    let m: RegExpExecArray | null;
    let first = true;
    while ((m = classifierDelimiter.exec(node.value))) {
      const part = node.value.slice(from, m.index);
      pushText(current, node, first ? part.trimEnd() : part, from);
      first = false;
      from = m.index + m[0].length;
      const classifier: Classifier = { type: 'classifier', children: [], position: node.position };
      out.push(classifier);
      current = classifier;
    }
    pushText(current, node, first ? node.value : node.value.slice(from), from, first);
  }
  for (const c of out) if (c.children.length) c.position = joinSpans(c.children[0]!.position, c.children[c.children.length - 1]!.position);
  return out;
}

function pushText(target: Term | Classifier, node: Text, value: string, from: number, whole = false): void {
  if (whole) {
    target.children.push(node);
    return;
  }
  if (!value.length) return;
  const s = node.position.start;
  const start = { line: s.line, column: s.column + from, offset: s.offset + from };
  const end = { line: s.line, column: start.column + value.length, offset: start.offset + value.length };
  const piece: Inline = { type: 'text', value, position: { file: node.position.file, start, end } };
  target.children.push(piece);
}
