/** versionadded, versionchanged, deprecated, versionremoved: `.. versionadded:: 3.1` with optional text. */
import { appendAll } from '../util/arrays.js';
import type * as S from '../rst/syntax.js';
import type { DocBlock } from '../document/nodes.js';
import type { DirectiveHandler } from './types.js';

export const versionModified: DirectiveHandler = {
  names: ['versionadded', 'versionchanged', 'deprecated', 'versionremoved'],
  run(node, ctx) {
    const [first, ...restArg] = node.argumentLines;
    if (!first || !first.text.trim()) {
      ctx.diagnostics.report('directive-syntax', 'error', `The "${node.rawName}" directive needs a version: \`.. ${node.rawName}:: 2.1\`.`, node.position);
      return [];
    }
    const m = /^(\s*)(\S+)(\s*)(.*)$/.exec(first.text)!;
    const version = m[2]!;
    const lines: S.Line[] = [];
    if (m[4]) {
      const skip = m[1]!.length + m[2]!.length + m[3]!.length;
      lines.push({ ...first, text: m[4], column: first.column + skip, offset: first.offset + skip });
    }
    appendAll(lines, restArg);
    const children: DocBlock[] = [];
    if (lines.length) {
      children.push({ type: 'paragraph' as const, children: ctx.resolveInline(lines), position: node.position });
    }
    // concat, not push(...): a body of 100,000+ blocks would overflow the argument list.
    const body = node.content.length ? children.concat(ctx.resolveBlocks(node.content)) : children;
    return [{ type: 'versionModified', kind: node.name as 'versionadded', version, children: body, position: node.position }];
  },
};
