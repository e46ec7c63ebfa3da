/**
 * Serializes the hast trees our renderer builds to HTML, byte for byte as hast-util-to-html does with its default
 * options (every attribute double-quoted, `<` and `&` in text and `"&'\`` in attributes as hexadecimal character
 * references, void elements without a closing tag or slash). The general library looks every property up in a
 * schema and builds escaping options per attribute; on the large trees that was a fifth of the build. Here the
 * attribute name comes from a small table and escaping is one regex per value. test/render/to-html.test.ts
 * checks the two agree on every corpus page.
 */
import type { Nodes, Properties } from 'hast';

export interface ToHtmlOptions {
  /** Write `raw` nodes as they are (else they are escaped like text), as hast-util-to-html's option. */
  allowDangerousHtml?: boolean;
}

export function toHtml(tree: Nodes | Nodes[], options: ToHtmlOptions = {}): string {
  const raw = options.allowDangerousHtml === true;
  let html = '';
  // String concatenation: V8 joins the pieces as ropes, cheaper than collecting an array of small strings.
  for (const node of Array.isArray(tree) ? tree : [tree]) html += serialize(node, null, raw);
  return html;
}

/** html-void-elements: these never have a closing tag. */
const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

function serialize(node: Nodes, parentTag: string | null, raw: boolean): string {
  switch (node.type) {
    case 'root': {
      let html = '';
      for (const c of node.children) html += serialize(c, null, raw);
      return html;
    }
    case 'element': {
      const tag = node.tagName;
      const children = tag === 'template' && node.content ? node.content.children : node.children;
      let content = '';
      for (const c of children) content += serialize(c, tag, raw);
      const open = `<${tag}${attributes(node.properties)}>`;
      // A void element gets a closing tag only when it has content (as the library does).
      return VOID.has(tag.toLowerCase()) && !content ? open : `${open}${content}</${tag}>`;
    }
    case 'text':
      return parentTag === 'script' || parentTag === 'style' ? node.value : escapeText(node.value);
    case 'comment':
      return `<!--${node.value.replace(COMMENT_UNSAFE, (s) => s.replace(/[<>]/g, hex))}-->`;
    case 'doctype':
      return '<!doctype html>';
    default: {
      // `raw` (HTML from `.. raw:: html`, only with allowRaw).
      const value = (node as { value?: unknown }).value;
      if (typeof value !== 'string') return '';
      return raw || parentTag === 'script' || parentTag === 'style' ? value : escapeText(value);
    }
  }
}

const COMMENT_UNSAFE = /^>|^->|<!--|-->|--!>|<!-$/g;

function hex(c: string): string {
  return `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
}

// Tested without the g flag (a global regex's test() keeps state between calls); most values need no escaping.
const TEXT_UNSAFE = /[<&]/;
const ATTRIBUTE_UNSAFE = /[\0"&'`]/;

function escapeText(value: string): string {
  return TEXT_UNSAFE.test(value) ? value.replace(/[<&]/g, hex) : value;
}

function escapeAttribute(value: string): string {
  return ATTRIBUTE_UNSAFE.test(value) ? value.replace(/[\0"&'`]/g, hex) : value;
}

function attributes(properties: Properties | undefined): string {
  let html = '';
  if (!properties) return html;
  for (const key in properties) {
    let value = properties[key];
    if (value === null || value === undefined) continue;
    const name = attributeName(key);
    if (OVERLOADED_BOOLEAN.has(name) && (value === name || value === '')) value = true;
    else if ((BOOLEAN.has(name) || OVERLOADED_BOOLEAN.has(name)) && (typeof value !== 'string' || value === name || value === '')) {
      value = Boolean(value);
    }
    if (value === false || (typeof value === 'number' && Number.isNaN(value))) continue;
    if (value === true) {
      html += ` ${name}`;
      continue;
    }
    const text = Array.isArray(value) ? value.join(COMMA_SEPARATED.has(name) ? ', ' : ' ').trim() : String(value);
    html += ` ${name}="${escapeAttribute(text)}"`;
  }
  return html;
}

/** Property names whose attribute is not simply the name in lower case (property-information's html schema). */
const SPECIAL_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
};

function attributeName(key: string): string {
  const special = SPECIAL_NAMES[key];
  if (special) return special;
  // dataBsToggle → data-bs-toggle; ariaLabelledBy → aria-labelledby (ARIA names are one word).
  if (key.length > 4 && /[A-Z]/.test(key[4]!)) {
    if (key.startsWith('data')) return `data${key.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (key.startsWith('aria')) return `aria-${key.slice(4).toLowerCase()}`;
  }
  return key.toLowerCase();
}

/** Attributes that are present or absent (a string equal to the name, or empty, counts as present/absent). */
const BOOLEAN = new Set([
  'allowfullscreen', 'allowpaymentrequest', 'allowusermedia', 'alpha', 'async', 'autofocus', 'autoplay', 'checked',
  'controls', 'default', 'defer', 'disabled', 'formnovalidate', 'inert', 'ismap', 'itemscope', 'loop', 'multiple',
  'muted', 'nomodule', 'novalidate', 'open', 'playsinline', 'readonly', 'required', 'reversed', 'scoped', 'seamless',
  'selected', 'typemustmatch', 'compact', 'declare', 'noresize', 'nohref', 'noshade', 'nowrap',
]);
const OVERLOADED_BOOLEAN = new Set(['download', 'hidden']);
const COMMA_SEPARATED = new Set(['accept', 'coords', 'exportparts']);
