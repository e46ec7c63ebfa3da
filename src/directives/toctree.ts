/**
 * `.. toctree::` — entries `docname`, `Title <docname>`, `self`, or URLs; options :maxdepth:, :hidden:, :glob:,
 * :caption:, :titlesonly:, :numbered:. Document names are relative to the current document. Titles and hrefs
 * are completed by the site resolver once every page is known.
 */
import type * as D from '../document/nodes.js';
import type { DirectiveHandler } from './types.js';
import { hasOption, linesSpan, option } from './types.js';
import { splitExplicitTitle } from '../resolve/roles.js';
import { docnameRelativeTo } from '../resolve/page.js';
import { globDocnames } from '../resolve/glob.js';

export const toctree: DirectiveHandler = {
  names: ['toctree'],
  run(node, ctx) {
    const glob = hasOption(node, 'glob');
    const entries: D.TocEntry[] = [];
    for (const line of node.content) {
      const text = line.text.trim();
      if (!text) continue;
      const [title, target] = splitExplicitTitle(text);
      const titleInline = title ? [{ type: 'text' as const, value: title, position: linesSpan([line], node.position) }] : [];
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
        entries.push({ docname: target, href: target, title: titleInline.length ? titleInline : [{ type: 'text', value: target, position: node.position }], children: [], siblings: [] });
        continue;
      }
      if (target === 'self') {
        entries.push({ docname: ctx.docname, href: '', title: titleInline, children: [], siblings: [] });
        continue;
      }
      if (glob && /[*?[]/.test(target)) {
        const pattern = docnameRelativeTo(ctx.docname, target);
        const found = globDocnames(ctx.allDocnames(), pattern).filter((d) => d !== ctx.docname);
        if (!found.length) ctx.diagnostics.report('toctree-missing', 'warn', `toctree glob pattern "${target}" didn't match any documents.`, linesSpan([line], node.position));
        for (const d of found) entries.push({ docname: d, href: '', title: [], children: [], siblings: [] });
        continue;
      }
      const docname = docnameRelativeTo(ctx.docname, target);
      if (!ctx.allDocnames().includes(docname)) {
        ctx.diagnostics.report('toctree-missing', 'warn', `toctree contains reference to nonexisting document "${target}".`, linesSpan([line], node.position));
        continue;
      }
      entries.push({ docname, href: '', title: titleInline, children: [], siblings: [] });
    }
    const maxdepth = Number.parseInt(option(node, 'maxdepth') ?? '-1', 10);
    return [
      {
        type: 'toctree',
        entries,
        maxdepth: Number.isFinite(maxdepth) ? maxdepth : -1,
        hidden: hasOption(node, 'hidden'),
        caption: option(node, 'caption') ?? null,
        position: node.position,
      },
    ];
  },
};
