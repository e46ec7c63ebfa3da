/** Footnotes: Sphinx 5.3 groups consecutive ones in `aside.footnote-list.brackets`. */
import type { Element, ElementContent } from 'hast';
import type { DocFootnote } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderBlockList } from './index.js';

export function renderFootnotes(notes: DocFootnote[], st: BlockState): Element {
  const children: ElementContent[] = [text('\n')];
  for (const n of notes) children.push(renderFootnote(n, st), text('\n'));
  return h('aside', { className: ['footnote-list', 'brackets'] }, children);
}

function bracket(s: string): Element {
  return h('span', { className: ['fn-bracket'] }, [text(s)]);
}

function renderFootnote(node: DocFootnote, st: BlockState): Element {
  const label: ElementContent[] = [bracket('[')];
  // One back-reference links the label itself; several are listed after it.
  if (node.backrefs.length === 1) label.push(h('a', { role: 'doc-backlink', href: `#${node.backrefs[0]}` }, [text(node.label)]));
  else label.push(text(node.label));
  label.push(bracket(']'));
  const children: ElementContent[] = [text('\n'), h('span', { className: ['label'] }, label)];
  if (node.backrefs.length > 1) {
    const refs: ElementContent[] = [text('(')];
    node.backrefs.forEach((r, i) => {
      if (i > 0) refs.push(text(','));
      refs.push(h('a', { role: 'doc-backlink', href: `#${r}` }, [text(String(i + 1))]));
    });
    refs.push(text(')'));
    children.push(h('span', { className: ['backrefs'] }, refs));
  }
  children.push(text('\n'), ...renderBlockList(node.children, { ...st, compactSimple: false }));
  return h('aside', { className: ['footnote', 'brackets'], id: node.id, role: 'note' }, children);
}
