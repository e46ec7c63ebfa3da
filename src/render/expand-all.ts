/** `.. rest_expand_all::` → the expand-all row, with the microversion selector when microversions are configured. */
import type { Element, ElementContent } from 'hast';
import type { ExpandAll, Microversions } from '../document/nodes.js';
import { h, text } from './hast.js';

function parse(v: string): [number, number] | null {
  const m = /^(\d+)\.(\d+)$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function compare(a: string, b: string): number {
  const pa = parse(a) ?? [0, 0];
  const pb = parse(b) ?? [0, 0];
  return pa[0] - pb[0] || pa[1] - pb[1];
}

/** Every microversion from min to max when they share a major version; otherwise the ones we know of. */
export function microversionList(mv: Microversions): string[] {
  const lo = parse(mv.min);
  const hi = parse(mv.max);
  if (lo && hi && lo[0] === hi[0] && hi[1] >= lo[1] && hi[1] - lo[1] <= 10000) {
    const out: string[] = [];
    for (let i = lo[1]; i <= hi[1]; i++) out.push(`${lo[0]}.${i}`);
    return out;
  }
  const set = new Set([mv.min, ...Object.keys(mv.releases), mv.max].filter((v) => parse(v)));
  return [...set].sort(compare);
}

export function renderExpandAll(node: ExpandAll): Element {
  const children: ElementContent[] = [text('\n')];
  const mv = node.microversions;
  if (mv) {
    children.push(h('label', { htmlFor: ['mv_select'] }, [text('Microversion')]), text('\n'));
    const options: ElementContent[] = [h('option', { value: '' }, [text('All')])];
    for (const v of microversionList(mv)) {
      const release = mv.releases[v];
      options.push(h('option', { value: v }, [text(release ? `${v} - ${release}` : v)]));
    }
    children.push(h('select', { id: 'mv_select', dataMin: mv.min, dataMax: mv.max }, options), text('\n'));
  }
  children.push(
    h('button', { type: 'button', id: 'expand-all', className: ['btn', 'btn-info', 'btn-sm', 'btn-expand-all'], ariaExpanded: 'false' }, [text('Show All')]),
    text('\n'),
  );
  return h('div', { className: ['expand-all-row'] }, children);
}
