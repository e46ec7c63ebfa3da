/** Admonitions (note, warning, ..., generic `admonition`) and versionadded/versionchanged/deprecated. */
import { appendAll } from '../../util/arrays.js';
import type { Element, ElementContent } from 'hast';
import type { Admonition, VersionModified } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderInlines } from '../inline.js';
import { renderBlockList } from './index.js';

/** Sphinx's English admonition titles. */
const TITLES: Record<string, string> = {
  attention: 'Attention',
  caution: 'Caution',
  danger: 'Danger',
  error: 'Error',
  hint: 'Hint',
  important: 'Important',
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  seealso: 'See also',
  todo: 'Todo',
};

export function renderAdmonition(node: Admonition, st: BlockState): Element {
  const generic = node.kind === 'admonition';
  // The generic directive carries its own slug class (`admonition-my-title`) in `classes`, before `admonition`.
  const className = generic ? [...node.classes, 'admonition'] : [...node.classes, 'admonition', node.kind];
  const title = node.title.length ? renderInlines(node.title, st.ctx) : [text(TITLES[node.kind] ?? capitalize(node.kind))];
  const children: ElementContent[] = [text('\n'), h('p', { className: ['admonition-title'] }, title), text('\n')];
  appendAll(children, renderBlockList(node.children, { ...st, compactSimple: false }));
  return h('div', { className }, children);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const VERSION_LABELS: Record<VersionModified['kind'], [string, string]> = {
  versionadded: ['added', 'New in version %s'],
  versionchanged: ['changed', 'Changed in version %s'],
  deprecated: ['deprecated', 'Deprecated since version %s'],
  versionremoved: ['removed', 'Removed in version %s'],
};

/**
 * `<div class="versionadded"><p><span class="versionmodified added">New in version X: </span>first para…</p>`;
 * without content the label ends with a period instead.
 */
export function renderVersionModified(node: VersionModified, st: BlockState): Element {
  const [cls, label] = VERSION_LABELS[node.kind];
  const base = label.replace('%s', node.version);
  const children: ElementContent[] = [text('\n')];
  const [first, ...rest] = node.children;
  if (!first) {
    children.push(h('p', {}, [h('span', { className: ['versionmodified', cls] }, [text(`${base}.`)])]), text('\n'));
  } else {
    const span = h('span', { className: ['versionmodified', cls] }, [text(`${base}: `)]);
    if (first.type === 'paragraph') {
      children.push(h('p', {}, [span, ...renderInlines(first.children, st.ctx)]), text('\n'));
      appendAll(children, renderBlockList(rest, { ...st, compactSimple: false }));
    } else {
      children.push(h('p', {}, [span]), text('\n'));
      appendAll(children, renderBlockList(node.children, { ...st, compactSimple: false }));
    }
  }
  return h('div', { className: [node.kind] }, children);
}
