/** An operation: the `section.detail-control` row (method, URL, title, detail button) and its `section.api-detail`. */
import type { ElementContent, Properties } from 'hast';
import type { Operation } from '../document/nodes.js';
import { renderBlockList } from './blocks/index.js';
import type { BlockState } from './context.js';
import { h, text } from './hast.js';
import { renderInlines } from './inline.js';
import { inlineText } from './text-content.js';
import { versionClasses } from './versions.js';
import { tieringCheckpoint } from '../util/tiering.js';
import { TAG_PLACEHOLDER } from '../document/url.js';

/**
 * `/v3/{project_id}/volumes` → text with each `{name}` in `span.path_parameter`, as os-api-ref marks it.
 *
 * A `<name>` placeholder (adjutant's `/v1/tasks/<task_id>`) is HTML to os-api-ref, which prints the URL
 * unescaped: the browser takes it for an element, and the page's text is `/v1/tasks/`. apiref keeps that text
 * (it is what os-api-ref's readers, search and copy get) and still shows the placeholder, drawn by CSS from an
 * escaped attribute (`.url-tag-placeholder::before`); url-angle-placeholder asks the author for `{name}`.
 */
export function renderUrl(url: string): ElementContent[] {
  const out: ElementContent[] = [];
  const re = new RegExp(`\\{[^{}]*\\}|${TAG_PLACEHOLDER.source}`, 'g');
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(url))) {
    if (m.index > last) out.push(text(url.slice(last, m.index)));
    if (m[0].startsWith('{')) out.push(h('span', { className: ['path_parameter'] }, [text(m[0])]));
    else out.push(h('span', { className: ['path_parameter', 'url-tag-placeholder'], dataPlaceholder: m[0] }, []));
    last = m.index + m[0].length;
  }
  if (last < url.length) out.push(text(url.slice(last)));
  return out;
}

export function renderOperation(node: Operation, st: BlockState): ElementContent[] {
  tieringCheckpoint();
  const sid = node.anchor;
  const detailId = `${sid}-detail`;
  const titleText = inlineText(node.title).trim();

  const grpProps: Properties = { className: ['operation-grp', ...versionClasses(node.minVersion, node.maxVersion)] };
  if (node.minVersion) grpProps.dataMinVersion = node.minVersion;
  if (node.maxVersion) grpProps.dataMaxVersion = node.maxVersion;

  const operation = h('div', { className: ['operation'] }, [
    text('\n'),
    // The ¶ is drawn by CSS (.operation-anchor-glyph::before): as text it would join the page's text (search,
    // copy, text extraction), which has none there in os-api-ref's markup (an icon font).
    h('a', { className: ['operation-anchor'], href: `#${sid}`, ariaLabel: 'Link to this operation' }, [
      h('span', { className: ['operation-anchor-glyph'], ariaHidden: 'true' }, []),
    ]),
    text('\n'),
    h('span', { className: ['badge', `label-${node.method}`], dataMethod: node.method }, [text(node.method)]),
    text('\n'),
  ]);
  const endpoint = h('div', { className: ['endpoint-container'] }, [
    text('\n'),
    h('div', { className: ['endpoint-url'] }, renderUrl(node.url)),
    text('\n'),
    h('div', { className: ['endpoint-title'] }, [h('p', { className: ['url-subtitle'] }, renderInlines(node.title, st.ctx))]),
    text('\n'),
  ]);
  // The accessible name starts with the visible word ("detail"), so speech control users can say what they see.
  const label = `detail: ${node.method} ${node.url}${titleText ? `, ${titleText}` : ''}`;
  const button = h(
    'button',
    {
      type: 'button',
      className: ['btn', 'btn-info', 'btn-sm', 'btn-detail'],
      id: `${detailId}-btn`,
      dataBsToggle: 'collapse',
      dataBsTarget: `#${detailId}`,
      ariaControls: [detailId],
      ariaExpanded: 'false',
      ariaLabel: label,
    },
    [text('detail')],
  );
  const grp = h('div', grpProps, [text('\n'), operation, text('\n'), endpoint, text('\n'), button, text('\n')]);

  const out: ElementContent[] = [];
  for (const id of node.extraIds) out.push(h('span', { id }), text('\n'));
  out.push(h('section', { className: ['detail-control'], id: sid }, [text('\n'), grp, text('\n')]), text('\n'));
  const inner = { ...st, compactSimple: false, sectionDepth: node.depth };
  out.push(h('section', { className: ['api-detail', 'collapse'], id: detailId }, [text('\n'), ...renderBlockList(node.children, inner)]));
  return out;
}

