/** The directive registry: name (lower case) → handler. rest_method and include are handled by the resolver and parser. */
import type { DirectiveHandler } from './types.js';
import { admonition } from './admonition.js';
import { codeBlock, highlight } from './code-block.js';
import { listTable } from './list-table.js';
import { csvTable } from './csv-table.js';
import { tableDirective } from './table.js';
import { figureDirective, imageDirective } from './image.js';
import { literalinclude } from './literalinclude.js';
import { container, rubric, silent, topic } from './misc.js';
import { contents, sectnum } from './contents.js';
import { raw } from './raw.js';
import { restExpandAll } from './rest-expand-all.js';
import { restParameters } from './rest-parameters.js';
import { restStatusCode } from './rest-status-code.js';
import { toctree } from './toctree.js';
import { versionModified } from './version-modified.js';

const all: DirectiveHandler[] = [
  restParameters,
  restStatusCode,
  restExpandAll,
  admonition,
  versionModified,
  codeBlock,
  highlight,
  literalinclude,
  toctree,
  listTable,
  csvTable,
  tableDirective,
  imageDirective,
  figureDirective,
  raw,
  rubric,
  container,
  topic,
  silent,
  contents,
  sectnum,
];

export const directiveHandlers = new Map<string, DirectiveHandler>();
for (const h of all) for (const n of h.names) directiveHandlers.set(n, h);
