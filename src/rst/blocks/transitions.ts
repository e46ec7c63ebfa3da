/**
 * docutils' misc.Transitions check, run once the document is parsed: a transition may not begin a document
 * or section, follow another transition, or end the document; one that ends a section moves to just after
 * that section (after its ancestors' ends, as docutils does), so renderers see docutils' tree.
 *
 * In docutils the parser's system messages are nodes among the transition's siblings and count in these
 * checks; ours are diagnostics, so a diagnostic placed in the gap before (or after) the transition stands in
 * for such a sibling.
 */
import type { Diagnostic, Point } from '../../diagnostics/diagnostic.js';
import type { Block, Root, Section, Transition } from '../syntax.js';
import { report, type ParserContext } from './context.js';

type Container = Root | Section;

export function checkTransitions(root: Root, ctx: ParserContext, messages: Diagnostic[]): void {
  const cmp = (d: Diagnostic, p: Point) => d.line - p.line || d.column - p.column;
  /** A parser message in [from, to) of `file` (from null: file start; to null: file end). */
  const messageIn = (file: string, from: Point | null, to: Point | null) =>
    messages.some((d) => d.file === file && (from === null || cmp(d, from) >= 0) && (to === null || cmp(d, to) < 0));

  const moves: { node: Transition; from: Container; path: Container[] }[] = [];
  const visit = (parent: Container, path: Container[]): void => {
    const children = parent.children as Block[];
    const first = parent.type === 'section' ? 1 : 0;
    for (let i = first; i < children.length; i++) {
      const node = children[i]!;
      if (node.type === 'section') {
        visit(node, [...path, node]);
        continue;
      }
      if (node.type !== 'transition') continue;
      const file = node.position.file;
      if (i === first) {
        const start = parent.type === 'section' ? parent.position.start : null;
        if (!messageIn(file, start, node.position.start)) {
          report(ctx, 'ERROR', 'Document or section may not begin with a transition.', node.position);
        }
      } else if (children[i - 1]!.type === 'transition' && !messageIn(file, children[i - 1]!.position.end, node.position.start)) {
        report(ctx, 'ERROR', 'At least one body element must separate transitions; adjacent transitions are not allowed.', node.position);
      }
      if (i === children.length - 1) moves.push({ node, from: parent, path });
    }
  };
  visit(root, [root]);
  for (const { node, from, path } of moves) {
    // Climb while the current node is the last child of its parent.
    let k = path.length - 1;
    while (k > 0 && last(path[k - 1]!) === path[k]) k--;
    const target = k > 0 ? path[k - 1]! : null;
    const next = target ? (target.children as Block[])[(target.children as Block[]).indexOf(path[k] as Block) + 1] : undefined;
    if (messageIn(node.position.file, node.position.end, next && next.position.file === node.position.file ? next.position.start : null)) {
      continue; // a system message follows it in docutils: not last, stays
    }
    if (!target) {
      report(ctx, 'ERROR', 'Document may not end with a transition.', node.position);
      continue;
    }
    const kids = from.children as Block[];
    kids.splice(kids.indexOf(node), 1);
    const siblings = target.children as Block[];
    siblings.splice(siblings.indexOf(path[k] as Block) + 1, 0, node);
  }
}

function last(c: Container): Block | undefined {
  const kids = c.children as Block[];
  return kids[kids.length - 1];
}
