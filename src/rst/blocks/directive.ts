/**
 * Directives, split generically (see the Directive doc comment in syntax.ts): argument lines, `:option:`
 * lines, then content after the first blank line. `include` and `only` are acted on here, as docutils and
 * Sphinx do during parsing, so the titles they bring in join the document's sections.
 */
import { dropColumns, indentOf, joinSpans, spanOf, trimEndBlank, trimStartBlank } from '../lines.js';
import type { Directive, DirectiveOption, Line } from '../syntax.js';
import type { ExplicitResult } from './explicit.js';
import { includeDirective } from './include.js';
import { onlyDirective } from './only.js';
import { firstKnownIndented } from './indented.js';
import { matchFieldMarker, simplename } from './patterns.js';
import type { BodyState } from './state.js';

const directiveRe = new RegExp(`^\\.\\. +(${simplename}) ?::( +|$)`, 'u');
export const embeddedDirectiveRe = new RegExp(`^(${simplename})::( +|$)`, 'u');

/** `.. name:: ...` at `st.i`, or null when the line is not a directive. */
export function directive(st: BodyState): ExplicitResult | null {
  const m = directiveRe.exec(st.lines[st.i]!.text);
  if (!m) return null;
  const { node, blankFinish } = directiveAt(st, m[1]!, m[0].length);
  if (node.name === 'include') return includeDirective(st, node, blankFinish);
  if (node.name === 'only') return onlyDirective(st, node, blankFinish);
  return { nodes: [node], blankFinish };
}

/** Parses the directive at `st.lines[st.i]` whose `::` marker ends at `markerEnd`; advances `st.i` past it. */
export function directiveAt(st: BodyState, rawName: string, markerEnd: number): { node: Directive; blankFinish: boolean } {
  const first = st.lines[st.i]!;
  const b = firstKnownIndented(st.lines, st.i, markerEnd, { stripTop: false });
  st.i = b.end;
  let block = b.lines;
  if (block.length && !block[0]!.text.length) block = block.slice(1);
  block = trimEndBlank(block);
  let k = 0;
  while (k < block.length && block[k]!.text.length) k++;
  const argBlock = block.slice(0, k);
  const content = trimStartBlank(block.slice(k + 1));
  let optAt = 0;
  while (optAt < argBlock.length && !(argBlock[optAt]!.text[0] === ':' && matchFieldMarker(argBlock[optAt]!.text))) optAt++;
  const argumentLines = argBlock.slice(0, optAt);
  const options = parseOptions(argBlock.slice(optAt));
  const lastLine = block[block.length - 1];
  const node: Directive = {
    type: 'directive',
    name: rawName.toLowerCase(),
    rawName,
    argument: argumentLines.map((l) => l.text).join('\n'),
    argumentLines,
    options,
    content,
    position: lastLine ? joinSpans(spanOf(first), spanOf(lastLine)) : spanOf(first),
  };
  return { node, blankFinish: b.blankFinish };
}

/** `:name: value` lines; a value continues on the indented lines after it. */
function parseOptions(lines: Line[]): DirectiveOption[] {
  const options: DirectiveOption[] = [];
  let values: Line[] = [];
  let current: DirectiveOption | null = null;
  const flush = () => {
    if (!current) return;
    const minIndent = values.slice(1).reduce((n, l) => Math.min(n, indentOf(l.text)), Infinity);
    const texts = values.map((l, idx) => (idx === 0 ? l.text : dropColumns(l, Number.isFinite(minIndent) ? minIndent : 0).text));
    current.value = texts.join('\n').trim();
    if (values.length > 1) current.position = joinSpans(current.position, spanOf(values[values.length - 1]!));
  };
  for (const line of lines) {
    const m = line.text.charCodeAt(0) === 32 ? null : matchFieldMarker(line.text);
    if (m) {
      flush();
      current = { name: m.name, value: '', position: spanOf(line) };
      options.push(current);
      values = [dropColumns(line, m.end)];
    } else if (current) {
      values.push(line);
    }
  }
  flush();
  return options;
}
