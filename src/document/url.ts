/**
 * The placeholders of a rest_method URL: `{name}` (os-api-ref's path parameters) and `<name>`, which os-api-ref
 * prints unescaped, so that the browser takes it for a tag. The page and the rules go by these definitions.
 */

/** Every `{...}` placeholder of a URL, whatever its spelling (`{volume-id}` too). */
export function urlPlaceholders(url: string): Set<string> {
  return new Set([...url.matchAll(/\{([^{}\s]+)\}/g)].map((m) => m[1]!));
}

/**
 * A `<name>` a browser takes for an HTML tag: `<`, an ASCII letter, then anything up to whitespace, `/` or `>`
 * (render/operation.ts draws it; url-angle-placeholder and path-parameter-not-in-url read it).
 */
export const TAG_PLACEHOLDER = /<([A-Za-z][^\s/<>]*)>/g;

/** The names of a URL's `<name>` placeholders (see TAG_PLACEHOLDER). */
export function tagPlaceholders(url: string): string[] {
  return [...url.matchAll(TAG_PLACEHOLDER)].map((m) => m[1]!);
}
