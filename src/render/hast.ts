/** Tiny hast builders: every piece of input text goes through `text()`, so hast-util-to-html escapes it. */
import type { Element, ElementContent, Properties, Text } from 'hast';

export function h(tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}

/** Sphinx puts a newline after most block-level start/end tags; mirroring it keeps text extraction identical. */
export const nl: Text = { type: 'text', value: '\n' };

export function nlText(): Text {
  return { type: 'text', value: '\n' };
}

/** Interleave block children with newlines, as Sphinx's writer does between block elements. */
export function lines(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [nlText()];
  for (const c of children) {
    out.push(c);
    out.push(nlText());
  }
  return out;
}
