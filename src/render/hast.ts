/** Tiny hast builders: every piece of input text goes through `text()`, so hast-util-to-html escapes it. */
import type { Element, ElementContent, Properties, Text } from 'hast';

export function h(tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}
