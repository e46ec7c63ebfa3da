/**
 * `.. rest_status_code:: success|error status.yaml` with `- 200` or `- 409: reason_key`: the Code / Reason table,
 * rows in the order listed, `200 - OK` with the standard phrase, the reason rendered as RST. A code missing from
 * the status file, or a missing reason key, is a diagnostic and the row still renders with the default reason
 * (or apiref's built-in one) instead of crashing as os-api-ref does.
 */
import type * as D from '../document/nodes.js';
import type * as S from '../rst/syntax.js';
import { scalarLines } from '../data/scalar-lines.js';
import { reasonPhrase } from '../data/http-status.js';
import { builtinStatus } from '../data/builtin-status.js';
import { displayPath } from '../load/source-files.js';
import type { DirectiveContext, DirectiveHandler } from './types.js';
import { readDirectiveList } from './directive-yaml.js';

export const restStatusCode: DirectiveHandler = {
  names: ['rest_status_code'],
  run(node: S.Directive, ctx: DirectiveContext): D.DocBlock[] {
    const [kindWord = '', written = ''] = node.argument.trim().split(/\s+/);
    const kind = kindWord.toLowerCase();
    if (kind !== 'success' && kind !== 'error') {
      ctx.diagnostics.report(
        'rest-status-code-syntax',
        'error',
        `rest_status_code: type "${kindWord}" is not one of success, error: \`.. rest_status_code:: success status.yaml\`.`,
        node.position,
      );
      return [];
    }
    if (!written) {
      ctx.diagnostics.report('rest-status-code-syntax', 'error', 'rest_status_code needs the status file: `.. rest_status_code:: success status.yaml`.', node.position);
      return [];
    }
    const file = ctx.resolvePath(written);
    // Worked out only for a message: most tables have none.
    const shown = () => displayPath(file, ctx.config.sourceDir);
    ctx.dependsOn(file);
    const status = ctx.data.status(file, node.position);
    const table: D.StatusTable = { type: 'statusTable', kind, path: written, file, rows: [], position: node.position };
    for (const item of readDirectiveList(node, ctx, 'rest_status_code')) {
      const code = /^-?\d+$/.test(item.key.trim()) ? Number.parseInt(item.key, 10) : item.key;
      const key = item.value === null || item.value === '' ? 'default' : item.value;
      const entry = typeof code === 'number' ? status?.codes.get(code) : undefined;
      let reason: string | null = null;
      // A code that is not an HTTP status is the status-code-invalid rule's finding; say it once.
      const isHttpCode = typeof code === 'number' && code >= 100 && code <= 599;
      if (status && !entry && isHttpCode) {
        ctx.diagnostics.report('status-code-not-found', 'error', `Status code ${item.key} is not defined in ${shown()}.`, item.span);
      } else if (entry) {
        reason = entry.reasons.get(key)?.text ?? null;
        if (reason === null && key !== 'default') {
          ctx.diagnostics.report('status-reason-not-found', 'error', `Could not find reason "${key}" for code ${item.key} in ${shown()}; using its default.`, item.span);
          reason = entry.default;
        }
      }
      if (reason === null && typeof code === 'number') reason = builtinStatus(code);
      const at = entry?.reasons.get(key)?.span ?? node.position;
      const reasonText = reason;
      const reasonBlocks =
        reasonText === null ? [] : ctx.resolveSharedBlocks(`status\0${at.file}\0${at.start.offset}\0${reasonText}`, () =>
              scalarLines(reasonText, at, ctx.files.tryRead(at.file)?.text),
            );
      table.rows.push({ code, phrase: typeof code === 'number' ? reasonPhrase(code) : 'Unknown', reason: reasonBlocks, usedAt: item.span });
    }
    return [table];
  },
};

