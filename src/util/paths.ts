/**
 * Path helpers for the hot paths of a build. Node's path.resolve and path.join normalize character by character
 * in JavaScript, which in a one-shot process runs cold: on cinder they took ~20 ms of a ~600 ms lint for a few
 * thousand calls on paths that were already absolute and normalized. These return such paths as they are, and
 * hand everything else to Node.
 */
import path from 'node:path';

/** `//`, `/./`, `/../`, or a trailing `/`, `/.`, `/..`: what normalizing would change in an absolute POSIX path. */
const NOT_NORMAL = /\/\/|\/\.\.?(?:\/|$)|.\/$/;

/** path.resolve(p), with absolute normalized POSIX paths (most calls) returned as they are. */
export function absolutePath(p: string): string {
  if (path.sep === '/' && p.charCodeAt(0) === 0x2f && !NOT_NORMAL.test(p)) return p;
  return path.resolve(p);
}

/** path.join(dir, name) for a normalized absolute `dir` and a plain file or folder name. */
export function childPath(dir: string, name: string): string {
  if (path.sep === '/' && name !== '' && name !== '.' && name !== '..' && !name.includes('/') && dir.charCodeAt(0) === 0x2f && !NOT_NORMAL.test(dir)) {
    return dir === '/' ? `/${name}` : `${dir}/${name}`;
  }
  return path.join(dir, name);
}

/**
 * `dir/rel` for a normalized absolute `dir` and a relative path with no `.`, `..` or empty segments (`samples/x.json`),
 * which path.resolve would return unchanged; null for anything else.
 */
export function joinBelow(dir: string, rel: string): string | null {
  if (path.sep !== '/' || rel === '' || rel.charCodeAt(0) === 0x2f || dir.charCodeAt(0) !== 0x2f || NOT_NORMAL.test(dir)) return null;
  if (NOT_NORMAL.test(`/${rel}`)) return null;
  return dir === '/' ? `/${rel}` : `${dir}/${rel}`;
}
