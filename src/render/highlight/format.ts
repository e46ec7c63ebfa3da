/**
 * Tokens → hast, as Pygments' HtmlFormatter lays them out: adjacent tokens of one class merge, newlines stay
 * outside spans, and an emphasized line is wrapped whole (newline included) in `span.hll`.
 */
import type { ElementContent } from 'hast';
import { h, text } from '../hast.js';
import type { Token } from './token.js';

interface Part { cls: string; value: string }

export function formatTokens(tokens: Token[], emphasize: ReadonlySet<number> = new Set()): ElementContent[] {
  // Split into lines of merged parts.
  const lines: { parts: Part[]; nl: boolean }[] = [{ parts: [], nl: false }];
  for (const [cls, value] of tokens) {
    const pieces = value.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) {
        lines[lines.length - 1]!.nl = true;
        lines.push({ parts: [], nl: false });
      }
      if (!piece) return;
      const parts = lines[lines.length - 1]!.parts;
      const last = parts[parts.length - 1];
      if (last && last.cls === cls) last.value += piece;
      else parts.push({ cls, value: piece });
    });
  }
  if (lines.length > 1 && lines[lines.length - 1]!.parts.length === 0) lines.pop();

  const out: ElementContent[] = [];
  const push = (target: ElementContent[], node: ElementContent) => {
    const last = target[target.length - 1];
    if (node.type === 'text' && last && last.type === 'text') last.value += node.value;
    else target.push(node);
  };
  lines.forEach((line, i) => {
    const content: ElementContent[] = [];
    for (const p of line.parts) push(content, p.cls ? h('span', { className: [p.cls] }, [text(p.value)]) : text(p.value));
    if (line.nl) push(content, text('\n'));
    if (emphasize.has(i + 1)) out.push(h('span', { className: ['hll'] }, content));
    else for (const c of content) push(out, c);
  });
  return out;
}
