/**
 * A small HTML tokenizer for the safety tests: finds every start tag and its attributes the way a browser's
 * tokenizer would (quoted, unquoted and bare attributes; comments; raw-text elements), so that a test can tell
 * text that merely mentions `<script>` inside an escaped attribute value from a real element or attribute.
 */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** For <script>/<style>: the raw text up to the closing tag. */
  text?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt + 1);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(html[lt + 1] ?? '')) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < n && !/[\s/>]/.test(html[j]!)) j++;
    const tag: Tag = { name: html.slice(lt + 1, j).toLowerCase(), attrs: new Map() };
    // Attributes.
    while (j < n) {
      while (j < n && /[\s/]/.test(html[j]!)) j++;
      if (j >= n || html[j] === '>') break;
      let k = j;
      while (k < n && !/[\s/>=]/.test(html[k]!)) k++;
      if (k === j) k++; // a lone `=` starts a name in the spec
      const name = html.slice(j, k).toLowerCase();
      j = k;
      while (j < n && /\s/.test(html[j]!)) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < n && /\s/.test(html[j]!)) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          value = html.slice(j + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else {
          let e = j;
          while (e < n && !/[\s>]/.test(html[e]!)) e++;
          value = html.slice(j, e);
          j = e;
        }
      }
      if (!tag.attrs.has(name)) tag.attrs.set(name, decodeEntities(value));
    }
    i = j + 1;
    if (RAW_TEXT.has(tag.name)) {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, i);
      tag.text = html.slice(i, close < 0 ? n : close);
      i = close < 0 ? n : close;
    }
    tags.push(tag);
  }
  return tags;
}

/** Numeric and the few named character references that matter for spotting `javascript:` in a URL. */
export function decodeEntities(s: string): string {
  // One pass, as a browser decodes: `&#x26;#115;` is `&#115;` as text, not `s`.
  const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', quot: '"', lt: '<', gt: '>', amp: '&', apos: "'" };
  return s.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));?/gi, (m, hex?: string, dec?: string, name?: string) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number.parseInt(dec, 10));
    return named[name!.toLowerCase()] ?? m;
  });
}

/** The chrome's search boxes: a GET form to the site's own search page (src/site/search-page.ts), nothing else. */
function isOurSearchForm(tag: { name: string; attrs: Map<string, string> }): boolean {
  return tag.name === 'form' && /^(\.\.\/)*search\.html$/.test(tag.attrs.get('action') ?? '') && (tag.attrs.get('method') ?? 'get').toLowerCase() === 'get';
}

const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background']);

/** What a browser would run or load from a page: problems as readable strings (empty when the page is safe). */
export function unsafeParts(html: string, ourScripts: (src: string) => boolean = (src) => /(^|\/)_static\/[\w.-]+\.js$/.test(src)): string[] {
  const problems: string[] = [];
  for (const tag of startTags(html)) {
    if (tag.name === 'script') {
      const src = tag.attrs.get('src');
      if (src === undefined || !ourScripts(src)) problems.push(`<script> element: src=${src ?? '(inline)'} ${tag.text?.slice(0, 80) ?? ''}`);
    }
    if (['iframe', 'object', 'embed', 'svg', 'math', 'base', 'form', 'meta'].includes(tag.name) && !(tag.name === 'meta' && !tag.attrs.has('http-equiv')) && !isOurSearchForm(tag)) {
      problems.push(`<${tag.name}> element`);
    }
    for (const [name, value] of tag.attrs) {
      if (name.startsWith('on')) problems.push(`<${tag.name} ${name}=…> event handler attribute`);
      if (name === 'style' && /expression|url\s*\(/i.test(value)) problems.push(`<${tag.name} style=${value}>`);
      // Browsers drop ASCII whitespace and control characters before looking at the scheme.
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
      if (URL_ATTRS.has(name) && scheme && ['javascript', 'vbscript', 'data'].includes(scheme)) problems.push(`<${tag.name} ${name}="${value}">`);
      if (!/^[a-z_:][-a-z0-9_:.]*$/.test(name)) problems.push(`<${tag.name}> has a strange attribute name ${JSON.stringify(name)} (a break-out?)`);
    }
    if (!/^[a-z][a-z0-9-]*$/.test(tag.name)) problems.push(`strange tag name ${JSON.stringify(tag.name)}`);
  }
  return problems;
}
