/**
 * Substitution definitions: `.. |name| directive:: ...`. The name may run over several lines; what follows
 * must be an embedded directive (docutils warns "empty or invalid" otherwise).
 */
import { appendAll } from '../../util/arrays.js';
import { joinSpans, spanOf, trimEndBlank } from '../lines.js';
import type { Line, SubstitutionDefinition } from '../syntax.js';
import { report } from './context.js';
import { directiveAt, embeddedDirectiveRe } from './directive.js';
import { escape2null, unescape, whitespaceNormalize } from './escape.js';
import type { ExplicitResult, MarkupFailure } from './explicit.js';
import { firstKnownIndented } from './indented.js';
import type { BodyState } from './state.js';

/** `bar`: index of the opening `|`. */
export function substitutionDefinition(st: BodyState, bar: number): ExplicitResult | MarkupFailure {
  const first = st.lines[st.i]!;
  const b = firstKnownIndented(st.lines, st.i, bar + 1, { stripIndent: false });
  const block = b.lines;
  let escaped = escape2null(block[0]!.text.trimEnd());
  let index = 0;
  let m = matchSubstitution(escaped);
  while (!m) {
    index++;
    if (index >= block.length) return { failure: 'malformed substitution definition.' };
    escaped = `${escaped} ${escape2null(block[index]!.text.trim())}`;
    m = matchSubstitution(escaped);
  }
  st.i = b.end;
  const name = whitespaceNormalize(unescape(m.name));
  const lineWithEnd = block[index]!;
  const stripped = lineWithEnd.text.trim();
  const lead = lineWithEnd.text.length - lineWithEnd.text.trimStart().length;
  const cut = stripped.length + 1 + (m.end - escaped.length - 1);
  const restText = (stripped + ' ').slice(cut, -1);
  const rest: Line[] = [];
  if (restText.length) rest.push({ ...lineWithEnd, text: restText, column: lineWithEnd.column + lead + cut, offset: lineWithEnd.offset + lead + cut });
  appendAll(rest, block.slice(index + 1));
  const body = trimEndBlank(rest);
  const lastLine = body[body.length - 1];
  const position = lastLine ? joinSpans(spanOf(first), spanOf(lastLine)) : spanOf(first);
  if (!body.length) {
    report(st.ctx, 'WARNING', `Substitution definition "${m.name}" missing contents.`, position);
    return { nodes: [], blankFinish: b.blankFinish };
  }
  const head = body[0]!;
  const trimmedLead = head.text.length - head.text.trimStart().length;
  body[0] = { ...head, text: head.text.trim(), column: head.column + trimmedLead, offset: head.offset + trimmedLead };
  const dm = embeddedDirectiveRe.exec(body[0].text);
  if (!dm) {
    report(st.ctx, 'WARNING', `Substitution definition "${m.name}" empty or invalid.`, position);
    return { nodes: [], blankFinish: b.blankFinish };
  }
  const sub: BodyState = { lines: body, i: 0, ctx: st.ctx, matchTitles: false, out: [], sections: [] };
  const { node } = directiveAt(sub, dm[1]!, dm[0].length);
  const def: SubstitutionDefinition = { type: 'substitutionDefinition', name, children: [node], position };
  return { nodes: [def], blankFinish: b.blankFinish };
}

/** `(?![ ])(?P<name>.+?)(?<![ \0])\|([ ]+|$)`, scanned by hand. */
function matchSubstitution(s: string): { name: string; end: number } | null {
  if (!s.length || s[0] === ' ') return null;
  for (let k = 1; k < s.length; k++) {
    if (s[k] !== '|') continue;
    const c = s[k - 1];
    if (c === ' ' || c === '\0') continue;
    let p = k + 1;
    if (p < s.length && s[p] !== ' ') continue;
    while (p < s.length && s[p] === ' ') p++;
    return { name: s.slice(0, k), end: p };
  }
  return null;
}
