/**
 * Hyperlink targets: `.. _name: uri` (the URI may continue on indented lines; whitespace is dropped),
 * `.. _name:` (internal), `.. _name: other_` (indirect), `` .. _`a: b`: uri ``, and anonymous `.. __: uri` /
 * `__ uri`.
 */
import { spanOf } from '../lines.js';
import type { Line, Target } from '../syntax.js';
import { escape2null, normalizeName, unescape, whitespaceNormalize } from './escape.js';
import type { ExplicitResult, MarkupFailure } from './explicit.js';
import { firstKnownIndented } from './indented.js';
import { simplename } from './patterns.js';
import type { BodyState } from './state.js';

/** `start`: index just after the `_` of `.. _`. */
export function hyperlinkTarget(st: BodyState, start: number): ExplicitResult | MarkupFailure {
  const first = st.lines[st.i]!;
  const b = firstKnownIndented(st.lines, st.i, start, { untilBlank: true, stripIndent: false });
  const block = b.lines.map((l) => escape2null(l.text));
  let escaped = block[0] ?? '';
  let index = 0;
  let m = matchTargetName(escaped);
  while (!m) {
    index++;
    if (index >= block.length) return { failure: 'malformed hyperlink target.' };
    escaped += block[index];
    m = matchTargetName(escaped);
  }
  st.i = b.end;
  const rest = block.slice(index);
  const lastLen = rest[0]!.length;
  rest[0] = (rest[0] + ' ').slice(m.end - escaped.length + lastLen).trim();
  const target = makeTarget(rest, m.name);
  target.position = spanOf(first, lastLine(b.lines) ?? first);
  return { nodes: [target], blankFinish: b.blankFinish };
}

/** `__ uri`; `start` is the index after `__ `. */
export function anonymousTargetBlock(st: BodyState, start: number): ExplicitResult {
  const first = st.lines[st.i]!;
  const b = firstKnownIndented(st.lines, st.i, start, { untilBlank: true });
  st.i = b.end;
  const target = makeTarget(b.lines.map((l) => escape2null(l.text)), null);
  target.position = spanOf(first, lastLine(b.lines) ?? first);
  return { nodes: [target], blankFinish: b.blankFinish };
}

function lastLine(lines: Line[]): Line | undefined {
  for (let k = lines.length - 1; k >= 0; k--) if (lines[k]!.text.length) return lines[k];
  return undefined;
}

const referenceRe = new RegExp(`^(?:(${simplename})_|\`(?! )(.+?)(?<![ \\0])\`_)$`, 'u');

function makeTarget(block: string[], rawName: string | null): Target {
  const target: Target = {
    type: 'target',
    name: rawName === null ? null : normalizeName(unescape(rawName)),
    anonymous: rawName === null,
    position: undefined as unknown as Target['position'],
  };
  const lastText = block.length ? block[block.length - 1]!.trim() : '';
  if (lastText.endsWith('_')) {
    const reference = whitespaceNormalize(block.map((l) => l.trim()).join(' '));
    const rm = referenceRe.exec(reference);
    if (rm) {
      target.refname = normalizeName(unescape(rm[1] ?? rm[2]!));
      return target;
    }
  }
  const parts = block.join(' ').split(/\0\s/);
  const uri = parts.map((p) => unescape(p).split(/\s+/).join('')).join(' ');
  if (uri) target.refuri = adjustUri(uri);
  return target;
}

const emailRe = /^[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x80-\uffff]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x80-\uffff]+)*@[-a-zA-Z0-9\x80-\uffff]+(?:\.[-a-zA-Z0-9\x80-\uffff]+)*$/;

/** docutils' adjust_uri: a bare e-mail address becomes a mailto: URI. */
function adjustUri(uri: string): string {
  return uri.length < 500 && emailRe.test(uri) ? `mailto:${uri}` : uri;
}

/**
 * docutils' target-name pattern, scanned by hand: `_` (anonymous), `` `quoted name` `` or `name`, then an
 * optional space and `:` followed by spaces or the end. The name is the shortest that fits (lazy `.+?`).
 */
export function matchTargetName(s: string): { name: string | null; end: number } | null {
  const colonEnd = (k: number): number => {
    // `[ ]?:( +|$)` at k
    let p = k;
    if (s[p] === ' ') p++;
    if (s[p] !== ':') return -1;
    p++;
    if (p < s.length && s[p] !== ' ') return -1;
    while (p < s.length && s[p] === ' ') p++;
    return p;
  };
  const okBefore = (k: number): boolean => {
    const c = s[k - 1];
    if (c === ' ' || c === '\0') return false;
    return !(c === ':' && s[k - 2] !== '\0');
  };
  if (s[0] === '_') {
    const e = colonEnd(1);
    return e >= 0 ? { name: null, end: e } : null;
  }
  const quoted = s[0] === '`';
  const nameStart = quoted ? 1 : 0;
  if (nameStart >= s.length || s[nameStart] === ' ' || s[nameStart] === '`') return null;
  for (let k = nameStart + 1; k <= s.length; k++) {
    if (quoted) {
      if (s[k] !== '`') continue;
      const c = s[k - 1];
      if (c === ' ' || c === '\0') continue;
      const e = colonEnd(k + 1);
      if (e >= 0) return { name: s.slice(nameStart, k), end: e };
    } else {
      if (s[k] !== ':' && s[k] !== ' ') continue;
      if (!okBefore(k)) continue;
      const e = colonEnd(k);
      if (e >= 0) return { name: s.slice(nameStart, k), end: e };
    }
  }
  return null;
}
