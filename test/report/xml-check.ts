/**
 * A tiny XML 1.0 well-formedness check for the JUnit tests: it tokenizes the document, checks that tags nest,
 * attributes are quoted and unique, `<` and `&` appear only as markup or valid references, and no character
 * XML forbids is present. It returns the element tree with references decoded, so tests can read values back.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;

export function parseXml(doc: string): XmlElement {
  if (FORBIDDEN.test(doc)) throw new Error('character not allowed in XML 1.0');
  let i = 0;
  if (doc.startsWith('<?xml')) {
    const end = doc.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (i < doc.length) {
    const lt = doc.indexOf('<', i);
    const textEnd = lt < 0 ? doc.length : lt;
    // End-of-line handling: a raw CR reads back as LF, only &#13; keeps it.
    stack[stack.length - 1]!.text += decode(doc.slice(i, textEnd).replace(/\r\n?/g, '\n'));
    if (lt < 0) break;
    if (doc.startsWith('</', lt)) {
      const gt = doc.indexOf('>', lt);
      const name = doc.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new Error(`mismatched </${name}>`);
      i = gt + 1;
      continue;
    }
    const m = NAME.exec(doc.slice(lt + 1));
    if (!m) throw new Error(`bad tag at ${lt}`);
    const el: XmlElement = { name: m[0], attributes: {}, children: [], text: '' };
    i = lt + 1 + m[0].length;
    for (;;) {
      const ws = /^\s*/.exec(doc.slice(i))![0];
      i += ws.length;
      if (doc.startsWith('/>', i) || doc[i] === '>') break;
      if (!ws) throw new Error(`attributes must be separated by space at ${i}`);
      const attr = /^([A-Za-z_:][A-Za-z0-9_:.-]*)="([^"<]*)"/.exec(doc.slice(i));
      if (!attr) throw new Error(`bad attribute at ${i}: ${doc.slice(i, i + 30)}`);
      if (attr[1]! in el.attributes) throw new Error(`duplicate attribute ${attr[1]}`);
      // Attribute-value normalization: raw tab and line breaks read back as spaces, references survive.
      el.attributes[attr[1]!] = decode(attr[2]!.replace(/\r\n|[\t\n\r]/g, ' '));
      i += attr[0].length;
    }
    if (stack.length === 1 && root.children.length > 0) throw new Error('more than one root element');
    stack[stack.length - 1]!.children.push(el);
    if (doc.startsWith('/>', i)) i += 2;
    else {
      i += 1;
      stack.push(el);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.text.trim() !== '') throw new Error('text outside the root element');
  if (root.children.length !== 1) throw new Error('no root element');
  return root.children[0]!;
}

/** Decodes the five predefined entities and character references; anything else with `&` is an error. */
function decode(s: string): string {
  if (s.includes('>') && /\]\]>/.test(s)) throw new Error(']]> in text');
  return s.replace(/&([^;]*);|&/g, (all, ref: string | undefined) => {
    if (ref === undefined) throw new Error('bare & in text');
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref in named) return named[ref]!;
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!num) throw new Error(`unknown reference &${ref};`);
    const code = num[1] ? parseInt(num[1], 16) : parseInt(num[2]!, 10);
    const c = String.fromCodePoint(code);
    if (FORBIDDEN.test(c)) throw new Error(`reference to forbidden character &${ref};`);
    return c;
  });
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}
