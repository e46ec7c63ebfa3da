/**
 * docutils' inline markup parser (the "Inliner"), over one block's text with NUL-escaped backslashes.
 * It walks the text once: find the next markup start, let its construct consume it (or report it as
 * problematic), and hand the plain text in between to the standalone-URI scanner.
 */
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { Inline, Interpreted, Problematic, Reference, Text } from '../syntax.js';
import { fullyNormalizeName, whitespaceNormalizeName } from '../../document/ids.js';
import { charAt, charBefore, matchChars } from './chars.js';
import { EndFinder } from './end-finder.js';
import { escapeToNull, rememberEscaped, restoreBackslashes, unescape } from './escapes.js';
import { findInitial, type StartMatch } from './initial.js';
import { NameIndex } from './name-index.js';
import { findEmbedded } from './phrase.js';
import type { SourceMap } from './source-map.js';
import { UriScanner } from './uri.js';

interface Step {
  /** Plain text before the construct ends here. */
  beforeEnd: number;
  nodes: Inline[];
  /** Parsing resumes here. */
  next: number;
}

type EndKind = 'emphasis' | 'strong' | 'literal' | 'target' | 'substitution';

const START_KIND: Record<'**' | '*' | '``' | '_`' | '|', EndKind> = {
  '**': 'strong',
  '*': 'emphasis',
  '``': 'literal',
  '_`': 'target',
  '|': 'substitution',
};

/** docutils names the node class in its warning. */
const NODE_CLASS: Record<EndKind, string> = {
  strong: 'strong',
  emphasis: 'emphasis',
  literal: 'literal',
  target: 'target',
  substitution: 'substitution_reference',
};

export class InlineParser {
  private readonly s: string;
  private readonly names: NameIndex;
  private readonly ends: EndFinder;
  private readonly uris: UriScanner;
  /** Start of the text docutils would be searching (its `^`). */
  private pos = 0;

  constructor(
    text: string,
    private readonly map: SourceMap,
    private readonly diagnostics: DiagnosticBag,
  ) {
    this.s = escapeToNull(text);
    this.names = new NameIndex(this.s);
    this.ends = new EndFinder(this.s);
    this.uris = new UriScanner(this.s);
  }

  parse(): Inline[] {
    const out: Inline[] = [];
    let pending = 0;
    while (this.pos < this.s.length) {
      const m = findInitial(this.s, this.pos, this.names);
      if (!m) break;
      const step = this.dispatch(m);
      if (step.nodes.length) {
        this.implicit(pending, step.beforeEnd, out);
        out.push(...step.nodes);
        pending = step.next;
      }
      this.pos = step.next;
    }
    this.implicit(pending, this.s.length, out);
    return out;
  }

  private dispatch(m: StartMatch): Step {
    switch (m.kind) {
      case 'start':
        return this.inlineObject(m.start, m.end, START_KIND[m.token]);
      case 'backquote':
        return this.interpretedOrPhrase(m.start, m.role, m.btStart, m.end);
      case 'reference': {
        const name = this.s.slice(m.start, m.nameEnd);
        const node: Reference = {
          type: 'reference',
          children: [this.text(m.start, m.nameEnd)],
          anonymous: m.anonymous,
          position: this.map.span(m.start, m.end),
        };
        if (!m.anonymous) node.refname = fullyNormalizeName(name);
        return { beforeEnd: m.start, nodes: [node], next: m.end };
      }
      case 'footnote': {
        const position = this.map.span(m.start, m.end);
        const node: Inline = m.citation
          ? { type: 'citationReference', label: m.label, position }
          : { type: 'footnoteReference', label: m.label, position };
        return { beforeEnd: m.start, nodes: [node], next: m.end };
      }
    }
  }

  /** Is the start-string between a matching pair (`'*'`, `(*)`), or at the very end? Then it is not markup. */
  private quotedStart(start: number, end: number): boolean {
    if (start === this.pos) return false;
    if (end >= this.s.length) return true;
    return matchChars(charBefore(this.s, start), charAt(this.s, end));
  }

  //  > | an *emphasized* word
  //         ^ start      ^ end-string: not after whitespace, followed by whitespace/punctuation/end.
  private inlineObject(start: number, end: number, kind: EndKind): Step {
    if (this.quotedStart(start, end)) return { beforeEnd: end, nodes: [], next: end };
    const e = this.ends.search(kind, end);
    if (e && e.index > end) {
      const inner = this.s.slice(end, e.index);
      const position = this.map.span(start, e.end);
      let node: Inline;
      switch (kind) {
        case 'emphasis':
        case 'strong':
          node = { type: kind, children: [this.text(end, e.index)], position };
          break;
        case 'literal':
          node = { type: 'literal', value: restoreBackslashes(inner), position };
          break;
        case 'target':
          node = { type: 'inlineTarget', name: fullyNormalizeName(unescape(inner)), children: [this.text(end, e.index)], position };
          break;
        case 'substitution': {
          const endString = e.match[1]!;
          node = { type: 'substitutionReference', name: whitespaceNormalizeName(unescape(inner)), position };
          if (endString === '|__') node.reference = 'anonymous';
          else if (endString === '|_') node.reference = 'named';
          break;
        }
      }
      return { beforeEnd: start, nodes: [node], next: e.end };
    }
    const problem = this.problematic(start, end, `Inline ${NODE_CLASS[kind]} start-string without end-string.`);
    return { beforeEnd: start, nodes: [problem], next: end };
  }

  //  > | :role:`text`   `text`:role:   `text`   `text`_   `text <uri>`__
  //      ^ roleStart ^ btStart
  private interpretedOrPhrase(roleStart: number, prefixRole: string | null, btStart: number, btEnd: number): Step {
    if (prefixRole === null && this.quotedStart(btStart, btEnd)) return { beforeEnd: btEnd, nodes: [], next: btEnd };
    const e = this.ends.search('interpreted', btEnd);
    if (!e || e.index <= btEnd) {
      const problem = this.problematic(
        btStart,
        btEnd,
        'Inline interpreted text or phrase reference start-string without end-string.',
      );
      return { beforeEnd: btStart, nodes: [problem], next: btEnd };
    }
    const textEnd = e.end;
    let role = prefixRole;
    let rolePosition = prefixRole !== null ? 'prefix' : '';
    const suffixRole = e.match.groups?.['role'];
    if (suffixRole) {
      if (prefixRole !== null) {
        const message = 'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).';
        return { beforeEnd: roleStart, nodes: [this.problematic(roleStart, textEnd, message)], next: textEnd };
      }
      role = suffixRole.slice(1, -1);
      rolePosition = 'suffix';
    }
    const escaped = this.s.slice(btEnd, e.index);
    if (this.s[textEnd - 1] === '_') {
      if (role !== null) {
        const message = `Mismatch: both interpreted text role ${rolePosition} and reference suffix.`;
        return { beforeEnd: roleStart, nodes: [this.problematic(roleStart, textEnd, message)], next: textEnd };
      }
      const anonymous = this.s[textEnd - 2] === '_';
      return { beforeEnd: btStart, nodes: [this.phraseReference(btStart, btEnd, escaped, textEnd, anonymous)], next: textEnd };
    }
    const node: Interpreted = {
      type: 'interpreted',
      role: role === null ? null : role.toLowerCase(),
      value: unescape(escaped),
      raw: restoreBackslashes(escaped),
      position: this.map.span(roleStart, textEnd),
    };
    return { beforeEnd: roleStart, nodes: [node], next: textEnd };
  }

  private phraseReference(start: number, textStart: number, escaped: string, end: number, anonymous: boolean): Reference {
    const position = this.map.span(start, end);
    const link = findEmbedded(escaped);
    if (!link) {
      const node: Reference = { type: 'reference', children: [this.text(textStart, textStart + escaped.length)], anonymous, position };
      if (!anonymous) node.refname = fullyNormalizeName(unescape(escaped));
      return node;
    }
    // `<alias>` alone: the link is its own text (a name alias shows normalized, as docutils does).
    const child =
      link.textEnd > 0
        ? this.text(textStart, textStart + link.textEnd)
        : { ...this.text(textStart + link.aliasStart, textStart + link.aliasEnd), value: link.refuri ?? link.refname! };
    const node: Reference = { type: 'reference', children: [child], anonymous: false, position };
    if (link.refuri !== undefined) {
      node.refuri = link.refuri;
      if (!anonymous) node.target = fullyNormalizeName(link.textEnd > 0 ? unescape(escaped.slice(0, link.textEnd)) : link.refuri);
    } else node.refname = link.refname!;
    return node;
  }

  private text(a: number, b: number): Text {
    const escaped = this.s.slice(a, b);
    const node: Text = { type: 'text', value: unescape(escaped), position: this.map.span(a, b) };
    rememberEscaped(node, escaped);
    return node;
  }

  private problematic(a: number, b: number, message: string): Problematic {
    const position = this.map.span(a, b);
    this.diagnostics.report('rst-syntax', 'warn', message, position);
    return { type: 'problematic', value: restoreBackslashes(this.s.slice(a, b)), position };
  }

  /** Plain text s[a, b): standalone URIs and e-mail addresses become references. */
  private implicit(a: number, b: number, out: Inline[]): void {
    if (a >= b) return;
    for (const part of this.uris.scan(a, b)) {
      if (Array.isArray(part)) {
        if (part[0] < part[1]) out.push(this.text(part[0], part[1]));
        continue;
      }
      const value = unescape(this.s.slice(part.start, part.end));
      out.push({
        type: 'reference',
        children: [this.text(part.start, part.end)],
        refuri: (part.email ? 'mailto:' : '') + value,
        anonymous: false,
        position: this.map.span(part.start, part.end),
      });
    }
  }
}
