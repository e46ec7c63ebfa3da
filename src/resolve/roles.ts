/**
 * Interpreted text roles: the default role (`<cite>`), :ref:, :doc:, :rfc:, :pep:, :sup:, :sub:, :code:,
 * :literal:, :emphasis:, :strong:, :abbr:, :term:. Cross-references are left pending until every page's labels
 * are known; an unknown role is a diagnostic and its text stays visible.
 */
import type { Span } from '../diagnostics/diagnostic.js';
import type * as D from '../document/nodes.js';
import type { Interpreted } from '../rst/syntax.js';
import type { PageResolver } from './page.js';

export interface PendingReference {
  kind: 'ref' | 'doc' | 'local';
  /** The label (normalized), the document name (resolved against the page), or the local reference name. */
  name: string;
  /** The link to complete: its href (and, when no text was given, its children) are filled in. */
  link: D.Link;
  /** True when the role gave no explicit text, so the target's title is shown. */
  needsTitle?: boolean;
  position: Span;
}

/** `text <target>` → ['text', 'target']; plain `target` → [null, 'target']. */
export function splitExplicitTitle(value: string): [string | null, string] {
  const m = /^([\s\S]*?)\s*<([^<>]*)>$/.exec(value);
  if (m && m[1]!.trim()) return [m[1]!.replace(/\s+/g, ' ').trim(), m[2]!.trim()];
  return [null, value.trim()];
}

function text(value: string, position: Span): D.DocInline {
  return { type: 'text', value, position };
}

export function resolveRole(node: Interpreted, page: PageResolver): D.DocInline[] {
  const role = node.role === null ? null : node.role.toLowerCase();
  const pos = node.position;
  switch (role) {
    case null:
    case 'title-reference':
    case 'title':
    case 't':
      return [{ type: 'cite', children: [text(node.value, pos)], position: pos }];
    case 'emphasis':
      return [{ type: 'emphasis', children: [text(node.value, pos)], position: pos }];
    case 'strong':
      return [{ type: 'strong', children: [text(node.value, pos)], position: pos }];
    case 'literal':
    case 'code':
    case 'command':
    case 'file':
    case 'samp':
    case 'kbd':
    case 'mimetype':
      return [{ type: 'literal', value: node.value, position: pos }];
    case 'sup':
    case 'superscript':
      return [{ type: 'superscript', children: [text(node.value, pos)], position: pos }];
    case 'sub':
    case 'subscript':
      return [{ type: 'subscript', children: [text(node.value, pos)], position: pos }];
    case 'abbr':
    case 'term':
    case 'dfn':
    case 'guilabel':
    case 'menuselection':
      return [text(splitExplicitTitle(node.value)[0] ?? node.value, pos)];
    case 'rfc':
    case 'pep': {
      const [title, target] = splitExplicitTitle(node.value);
      const [num, anchor] = target.split('#', 2) as [string, string | undefined];
      if (!/^\d+$/.test(num.trim())) {
        page.diagnostics.report('unknown-role', 'error', `${role.toUpperCase()} number must be a number, not "${num}".`, pos);
        return [text(node.value, pos)];
      }
      const n = Number.parseInt(num, 10);
      const href =
        role === 'rfc'
          ? `https://datatracker.ietf.org/doc/html/rfc${n}.html${anchor ? `#${anchor}` : ''}`
          : `https://peps.python.org/pep-${String(n).padStart(4, '0')}/${anchor ? `#${anchor}` : ''}`;
      const label = title ?? `${role === 'rfc' ? 'RFC' : 'PEP'} ${n}${anchor ? `#${anchor}` : ''}`;
      const id = page.nextIndexId();
      // Sphinx's index entries for these roles: "RFC" › "RFC 7231", "Python Enhancement Proposals" › "PEP 8".
      page.indexEntries.push(
        role === 'rfc' ? { main: 'RFC', sub: `RFC ${n}${anchor ? `#${anchor}` : ''}`, id } : { main: 'Python Enhancement Proposals', sub: `PEP ${n}${anchor ? `#${anchor}` : ''}`, id },
      );
      return [
        { type: 'anchor', id, children: [], position: pos },
        { type: 'link', href, internal: false, role, children: [{ type: 'strong', children: [text(label, pos)], position: pos }], position: pos },
      ];
    }
    case 'any':
    case 'option': {
      // Sphinx leaves a target it cannot find as code with the role's classes, and warns (apiref has no such
      // targets: options and `any` objects come from domains an API reference does not use).
      const [title, target] = splitExplicitTitle(node.value);
      page.diagnostics.report('broken-reference', 'warn', role === 'any' ? `'any' reference target not found: ${target}` : `unknown option: '${target}'`, pos);
      return [{ type: 'codeReference', value: title ?? target, classes: role === 'any' ? ['xref', 'any'] : ['xref', 'std', 'std-option'], position: pos }];
    }
    case 'ref':
    case 'doc': {
      const [title, target] = splitExplicitTitle(node.value);
      const link: D.Link = { type: 'link', href: '', internal: true, role, children: title ? [text(title, pos)] : [text(target, pos)], position: pos };
      const name = role === 'ref' ? target.toLowerCase().replace(/\s+/g, ' ') : page.docnameFor(target);
      page.pending.push({ kind: role, name, link, needsTitle: title === null, position: pos });
      return [link];
    }
    default: {
      // Python domain roles (`:class:`, `:py:func:`, ...): no Python objects are documented in an API reference,
      // so, as in Sphinx without the target, the text is code with the role's classes.
      const py = /^(?:py:)?(class|func|meth|mod|attr|exc|data|obj|const)$/.exec(role);
      if (py) return [pythonReference(py[1]!, node.value, pos)];
      page.diagnostics.report('unknown-role', 'error', `Unknown interpreted text role "${node.role}".`, pos);
      return [page.problematic(`:${node.role}:\`${node.raw}\``, pos)];
    }
  }
}

/** A Python cross-reference as Sphinx shows it unresolved: `~a.b.C` shows `C`, functions and methods get `()`. */
function pythonReference(kind: string, value: string, pos: D.DocInline['position']): D.DocInline {
  const [title, target] = splitExplicitTitle(value);
  let shown = title ?? target.replace(/^[.]/, '');
  if (title === null && shown.startsWith('~')) shown = shown.slice(shown.lastIndexOf('.') + 1).replace(/^~/, '');
  if (title === null && (kind === 'func' || kind === 'meth') && !shown.endsWith(')')) shown += '()';
  return { type: 'codeReference', value: shown, classes: ['xref', 'py', `py-${kind}`], position: pos };
}
