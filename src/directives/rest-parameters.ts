/**
 * `.. rest_parameters:: parameters.yaml` with a list of `- display_name: key`: the Name / In / Type /
 * Description table, rows in the order listed. A row is "(Optional)" unless `required` is literally true; the
 * description is RST (with the page's substitutions); min/max versions add "New in version X" /
 * "Available until version X" and the row classes.
 */
import type * as D from '../document/nodes.js';
import type * as S from '../rst/syntax.js';
import { linesOf } from '../rst/parse.js';
import { scalarLines } from '../data/scalar-lines.js';
import type { ParameterEntry } from '../data/parameters.js';
import { displayPath } from '../load/source-files.js';
import type { DirectiveContext, DirectiveHandler } from './types.js';
import { readDirectiveList } from './directive-yaml.js';
import { plainText } from '../resolve/text.js';

/**
 * Characters that can make a cell's RST differ from its text: escapes, inline markup, roles, references and
 * targets, standalone links and addresses, what smart quotes change, and line breaks.
 */
const MAY_HAVE_MARKUP = /[\\*`|[\]:<>'"@&\n]|_(?![A-Za-z0-9])|--|\.\.\./;

export const restParameters: DirectiveHandler = {
  names: ['rest_parameters'],
  run(node: S.Directive, ctx: DirectiveContext): D.DocBlock[] {
    const written = node.argument.trim();
    if (!written) {
      ctx.diagnostics.report('rest-parameters-syntax', 'error', 'rest_parameters needs the parameters file: `.. rest_parameters:: parameters.yaml`.', node.position);
      return [];
    }
    // os-api-ref checks this first and renders nothing: no table, only the error.
    if (!node.content.some((l) => l.text.trim())) {
      ctx.diagnostics.report('rest-parameters-syntax', 'error', 'No parameters defined: list the rows as `- name: reference` under the directive.', node.position);
      return [];
    }
    const file = ctx.resolvePath(written);
    // Worked out only for a message: most tables have none.
    const shown = () => displayPath(file, ctx.config.sourceDir);
    const items = readDirectiveList(node, ctx, 'rest_parameters');
    const table: D.ParameterTable = { type: 'parameterTable', path: written, file, rows: [], skippedNames: [], problem: null, position: node.position };
    ctx.dependsOn(file);
    const params = ctx.data.parameters(file, node.position);
    if (!params || !params.entries.length) {
      table.problem = params ? `Parameters file ${shown()} is empty.` : `Parameters file ${shown()} not found.`;
      return [table];
    }
    // Set at the first row os-api-ref cannot build (see unbuildableCell): it drops that row and every row after it.
    let stoppedAt: string | null = null;
    for (const item of items) {
      if (item.value === null || item.value === '') {
        ctx.diagnostics.report(
          'invalid-list-item',
          'error',
          `Invalid parameter definition \`\`${item.key}\`\`. Expected format: \`\`name: reference\`\`. Skipping.`,
          item.span,
        );
        continue;
      }
      const entry = params.byKey.get(item.value);
      if (!entry) {
        ctx.diagnostics.report(
          'parameter-not-found',
          'error',
          `No field definition for \`\`${item.value}\`\` found in \`\`${shown()}\`\`. Skipping.`,
          item.span,
        );
        table.skippedNames.push(item.key);
        continue;
      }
      if (stoppedAt === null) {
        const cell = unbuildableCell(entry);
        if (cell) {
          stoppedAt = item.key;
          ctx.diagnostics.report(
            'parameter-cell-not-text',
            'warn',
            `Parameter \`\`${item.value}\`\` has ${cell}: os-api-ref stops building this table here, so the row ` +
              `\`\`${item.key}\`\` and every row after it are left out. Give the entry a text \`\`in\`\` and \`\`type\`\`.`,
            item.span,
          );
        }
      }
      // Rows left out are still written in the directive: rules that look for a row by name treat them like
      // rows whose definition is missing.
      if (stoppedAt !== null) {
        table.skippedNames.push(item.key);
        (table.droppedUses ??= []).push({ definedAt: entry.keySpan, usedAt: item.span });
        continue;
      }
      table.rows.push(row(item.key, entry, item.span, ctx));
    }
    return [table];
  },
};

/**
 * Why os-api-ref cannot build this entry's row, or null. It splits the In, Type and Description values into lines;
 * a value that is absent (In, Type) or not a string (a YAML null, number or boolean) makes that fail, and the
 * failure ends the whole table (a "Failure on key" warning).
 */
function unbuildableCell(entry: ParameterEntry): string | null {
  // Without `in` at all os-api-ref fails before any table (parameter-missing-in reports that); the page is still
  // worth showing whole, so that case is left to that diagnostic.
  if (!entry.fields.has('in')) return null;
  for (const name of ['in', 'type'] as const) {
    const field = entry.fields.get(name);
    if (!field) return `no \`\`${name}\`\``;
    if (typeof field.value !== 'string') return `a \`\`${name}\`\` that is not text`;
  }
  const desc = entry.fields.get('description');
  if (desc && typeof desc.value !== 'string') return 'a ``description`` that is not text';
  return null;
}

function row(name: string, entry: ParameterEntry, usedAt: D.ParameterRow['usedAt'], ctx: DirectiveContext): D.ParameterRow {
  const descField = entry.fields.get('description');
  let description: D.DocBlock[] = [];
  if (entry.description) {
    const text = entry.description;
    // Parsed where it is written, so that its diagnostics point into parameters.yaml.
    description = ctx.resolveSharedBlocks(`parameter\0${entry.keySpan.file}\0${entry.key}\0${text}`, () =>
      scalarLines(text, descField?.span ?? entry.keySpan, ctx.files.tryRead(entry.keySpan.file)?.text),
    );
  }
  // os-api-ref parses the Name, In and Type cells as RST too: escapes and inline markup apply there (tacker writes
  // `\>id` for a nested key). Most cells are a plain word, which needs no parsing.
  const inline = (text: string, at: D.ParameterRow['usedAt']): D.DocInline[] => {
    if (!text) return [];
    if (!MAY_HAVE_MARKUP.test(text)) return [{ type: 'text', value: text, position: at }];
    return ctx.resolveInline(linesOf(text, at.file).map((l) => ({ ...l, line: at.start.line, column: at.start.column, offset: at.start.offset })));
  };
  const cells = { name: inline(name, usedAt), in: inline(entry.in ?? '', entry.keySpan), type: inline(entry.type ?? '', entry.keySpan) };
  return {
    name: name.includes('\\') ? plainText(cells.name) : name,
    cells,
    in: entry.in ?? '',
    type: entry.type ?? '',
    optional: entry.required.isFalseOrAbsent,
    description,
    minVersion: entry.minVersion,
    maxVersion: entry.maxVersion,
    definedAt: entry.keySpan,
    usedAt,
  };
}

