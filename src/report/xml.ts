/** Escaping text for XML 1.0, which cannot carry some characters at all, not even as `&#…;` references. */

// Forbidden in XML 1.0: C0 controls other than tab, LF and CR; U+FFFE and U+FFFF; lone surrogates (they have no
// UTF-8 encoding). They become U+FFFD so the document stays well-formed.
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** For element content; CR as a reference because parsers turn a raw CR into LF. */
export function xmlText(s: string): string {
  return s
    .replace(FORBIDDEN, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** For an attribute value in double quotes; tab and line breaks as references so parsers do not fold them. */
export function xmlAttribute(s: string): string {
  return xmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}
