/**
 * `|name|` references: `replace::` (inline RST), `unicode::` (character codes and text), `image::` (an inline
 * image; Open Telekom Cloud's references put their icons in text so), `raw::` (only when the project allows raw
 * HTML), and Sphinx's built-in |version|, |release| and |today| (empty without conf.py values).
 * An undefined substitution is a diagnostic; its text stays visible.
 */
import type * as D from '../document/nodes.js';
import type * as S from '../rst/syntax.js';
import type { PageResolver } from './page.js';
import { bodyLines, option } from '../directives/types.js';
import { image } from '../directives/image.js';

export function resolveSubstitution(
  node: S.SubstitutionReference,
  definitions: Map<string, S.SubstitutionDefinition>,
  page: PageResolver,
): D.DocInline[] {
  // Substitution names match case-sensitively first, then case-insensitively, as docutils does.
  let def = definitions.get(node.name);
  if (!def) {
    const lower = node.name.toLowerCase();
    for (const [name, d] of definitions) if (name.toLowerCase() === lower) def = d;
  }
  const pos = node.position;
  if (!def) {
    if (['version', 'release', 'today'].includes(node.name)) return [];
    page.diagnostics.report('undefined-substitution', 'error', `Undefined substitution referenced: "${node.name}".`, pos);
    return [{ type: 'unresolved', children: [{ type: 'text', value: `|${node.name}|`, position: pos }], position: pos }];
  }
  const directive = def.children[0];
  const lines = bodyLines(directive);
  switch (directive.name) {
    case 'replace':
      return page.resolveInline(lines);
    case 'unicode':
      return [{ type: 'text', value: unicodeText(lines.map((l) => l.text).join(' ')), position: pos }];
    case 'raw': {
      const format = directive.argument.trim().toLowerCase();
      const value = directive.content.map((l) => l.text).join('\n');
      if (format !== 'html') return [];
      if (!page.config.allowRaw) {
        // Said once per definition, not at every use (glance uses its |html-br| dozens of times).
        if (!rawReported.has(def)) {
          rawReported.add(def);
          page.diagnostics.report('raw-html', 'warn', `Raw HTML in substitution "${node.name}" is not rendered: raw HTML is off (set "allowRawHtml": true in apiref.config.json to enable it).`, directive.position);
        }
        return [];
      }
      return [{ type: 'rawInline', format, value, position: pos }];
    }
    case 'image': {
      if (!directive.argument.trim()) {
        page.diagnostics.report('directive-syntax', 'error', `Substitution definition "${node.name}": image needs the image file or URL.`, directive.position);
        return [{ type: 'unresolved', children: [{ type: 'text', value: `|${node.name}|`, position: pos }], position: pos }];
      }
      // docutils: an image substitution's alt text is the substitution name unless :alt: says otherwise.
      const img = image(directive, page);
      return [{ ...img, alt: option(directive, 'alt') ?? node.name, position: pos }];
    }
    default:
      page.diagnostics.report('unknown-directive', 'error', `Substitution definition "${node.name}" uses "${directive.rawName}", which apiref does not support.`, directive.position);
      return [{ type: 'unresolved', children: [{ type: 'text', value: `|${node.name}|`, position: pos }], position: pos }];
  }
}

const rawReported = new WeakSet<S.SubstitutionDefinition>();

/** docutils' unicode directive: `0xA9`, `U+00A9`, `\u00A9`, `&#xA9;`, `&#169;`, `169` codes, or text; `..` starts a comment. */
export function unicodeText(spec: string): string {
  const words = spec.split(/\s+/).filter(Boolean);
  let out = '';
  for (const w of words) {
    if (w === '..') break;
    const m = /^(?:0x|x|\\x|U\+|u|\\u|&#x)([0-9a-f]+);?$/i.exec(w);
    if (m) {
      const cp = Number.parseInt(m[1]!, 16);
      out += cp <= 0x10ffff ? String.fromCodePoint(cp) : w;
      continue;
    }
    const d = /^(?:&#)?(\d+);?$/.exec(w);
    if (d) {
      const cp = Number.parseInt(d[1]!, 10);
      out += cp <= 0x10ffff ? String.fromCodePoint(cp) : w;
      continue;
    }
    out += w;
  }
  return out;
}
