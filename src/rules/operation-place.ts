/** Where to point findings about an operation: its `.. rest_method::` line when it can be found, else its section. */
import type { Span } from '../diagnostics/diagnostic.js';
import type { Operation } from '../document/nodes.js';
import type { Site } from '../resolve/site.js';

const DIRECTIVE = /\.\.[ \t]+rest_method[ \t]*::/i;

export function restMethodSpan(site: Site, op: Operation): Span {
  const loaded = site.files.tryRead(op.position.file);
  if (!loaded) return op.position;
  const { start, end } = op.position;
  const slice = loaded.text.slice(start.offset, Math.max(start.offset, end.offset));
  const m = DIRECTIVE.exec(slice);
  if (!m) return op.position;
  const offset = start.offset + m.index;
  const lineStart = loaded.text.lastIndexOf('\n', offset - 1) + 1;
  let line = start.line;
  for (let i = loaded.text.lastIndexOf('\n', start.offset - 1) + 1; i < lineStart; i++) if (loaded.text.charCodeAt(i) === 10) line++;
  const lineEnd = loaded.text.indexOf('\n', offset);
  const endOffset = lineEnd < 0 ? loaded.text.length : lineEnd;
  return {
    file: op.position.file,
    start: { line, column: offset - lineStart + 1, offset },
    end: { line, column: endOffset - lineStart + 1, offset: endOffset },
  };
}

/** `{name}` placeholders of a URL, as os-api-ref finds them (a letter, then letters, digits, underscores). */
export function urlPathParameters(url: string): string[] {
  return [...url.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!);
}

