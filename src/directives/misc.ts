/** Small directives: rubric, container, topic/sidebar (as admonition-like boxes), and ones with no HTML output. */
import type { DirectiveHandler } from './types.js';
import { bodyLines } from './types.js';

export const rubric: DirectiveHandler = {
  names: ['rubric'],
  run(node, ctx) {
    return [{ type: 'rubric', children: ctx.resolveInline(node.argumentLines), position: node.position }];
  },
};

export const container: DirectiveHandler = {
  names: ['container', 'compound', 'cssclass', 'rst-class'],
  run(node, ctx) {
    // compound takes no argument (its first line is content); the others take classes.
    return ctx.resolveBlocks(node.name === 'compound' ? bodyLines(node) : node.content);
  },
};

export const topic: DirectiveHandler = {
  names: ['topic', 'sidebar'],
  run(node, ctx) {
    return [
      {
        type: 'admonition',
        kind: node.name,
        title: ctx.resolveInline(node.argumentLines),
        classes: [],
        children: ctx.resolveBlocks(node.content),
        position: node.position,
      },
    ];
  },
};

/** Directives that produce nothing in an HTML page (index entries, metadata, a table of contents we draw ourselves). */
export const silent: DirectiveHandler = {
  names: ['index', 'meta', 'tabularcolumns', 'default-role', 'role', 'todo', 'comment', 'title'],
  run() {
    return [];
  },
};
