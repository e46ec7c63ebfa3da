/**
 * URIs from the tree that would run code in the reader's browser when clicked (`javascript:`, `vbscript:`,
 * `data:`): they are never made links.
 */
export function scriptScheme(uri: string): 'javascript' | 'vbscript' | 'data' | null {
  // Browsers ignore control characters and whitespace inside the scheme: `java\tscript:` still runs.
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(uri.replace(/[\u0000-\u001f\u007f\s]+/g, ''))?.[1]?.toLowerCase();
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data' ? scheme : null;
}
