/**
 * `.. rest_method:: GET /v3/{project_id}/volumes` turns its section into an operation: the section title becomes
 * the operation title (inline markup kept), the section id its anchor, and the rest of the section its detail.
 *
 * Accepted forms (all found in real trees): method and URL on the directive line or on the next line, extra
 * spaces, `min_version:` / `max_version:` lines in the content, any HTTP method. Unlike os-api-ref, two
 * rest_method in one section, or one outside a section, is a diagnostic instead of a crash.
 */
import type * as D from '../document/nodes.js';
import type * as S from '../rst/syntax.js';
import type { PageResolver } from '../resolve/page.js';
import { bodyLines, linesSpan } from './types.js';

export interface MethodSpec {
  method: string;
  url: string;
  minVersion: string | null;
  maxVersion: string | null;
}

/** Reads the directive's lines: the first non-blank line is `METHOD URL`, then `min_version:` / `max_version:`. */
export function parseRestMethod(node: S.Directive, page: Pick<PageResolver, 'diagnostics'>): MethodSpec {
  const lines = bodyLines(node).filter((l) => l.text.trim() !== '');
  const spec: MethodSpec = { method: '', url: '', minVersion: null, maxVersion: null };
  const first = lines[0];
  if (!first) {
    page.diagnostics.report('rest-method-syntax', 'error', 'rest_method needs a method and a URL: `.. rest_method:: GET /path`.', node.position);
    return spec;
  }
  const words = first.text.trim().split(/\s+/);
  spec.method = words[0] ?? '';
  spec.url = words.slice(1).join(' ');
  if (!spec.url && spec.method.startsWith('/')) {
    // `.. rest_method:: /v2/jobs` (sahara): the URL is there, the method is not.
    page.diagnostics.report(
      'rest-method-syntax',
      'error',
      `rest_method "${spec.method}" has no HTTP method: write \`.. rest_method:: GET ${spec.method}\` (or the method it is).`,
      linesSpan([first], node.position),
    );
  } else if (!spec.url) {
    page.diagnostics.report('rest-method-syntax', 'error', `rest_method "${spec.method}" has no URL.`, linesSpan([first], node.position));
  }
  for (const line of lines.slice(1)) {
    // os-api-ref takes any content line holding `min_version: ` (a `- min_version: 1.2` list item too).
    const m = /^\s*(?:-\s+)?(min_version|max_version)\s*:\s*(\S*)\s*$/.exec(line.text);
    if (m) {
      if (m[1] === 'min_version') spec.minVersion = m[2] || null;
      else spec.maxVersion = m[2] || null;
    } else {
      page.diagnostics.report(
        'rest-method-syntax',
        'warn',
        `Unexpected line in rest_method: "${line.text.trim()}" (only min_version: and max_version: lines may follow the URL).`,
        linesSpan([line], node.position),
      );
    }
  }
  return spec;
}

export function operationFromSection(
  page: PageResolver,
  section: S.Section,
  methods: S.Directive[],
  anchor: string,
  extraIds: string[],
  title: D.DocInline[],
  resolveBlocks: (blocks: S.Block[]) => D.DocBlock[],
): D.Operation {
  const [first, ...others] = methods as [S.Directive, ...S.Directive[]];
  for (const extra of others) {
    page.diagnostics.report(
      'misplaced-rest-method',
      'error',
      'A section can hold one rest_method; this second one is ignored. Give each operation its own section.',
      extra.position,
    );
  }
  const spec = parseRestMethod(first, page);
  const body = section.children.slice(1).filter((b) => !(b.type === 'directive' && b.name === 'rest_method')) as S.Block[];
  const outer = page.currentOperation;
  page.currentOperation = { method: spec.method, url: spec.url, anchor };
  const children = resolveBlocks(body);
  page.currentOperation = outer;
  return {
    type: 'operation',
    depth: section.depth,
    method: spec.method,
    url: spec.url,
    title,
    anchor,
    extraIds,
    minVersion: spec.minVersion,
    maxVersion: spec.maxVersion,
    children,
    position: section.position,
  };
}
