import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `file` relative to `cwd`, with forward slashes so the same report reads the same on every OS (GitHub
 * annotations and SARIF want repository-style paths). Paths that are not absolute (`<stdin>`) pass through.
 */
export function relativePath(cwd: string, file: string): string {
  // A report names the same few files hundreds of times: each pair is worked out once.
  const key = `${cwd}\0${file}`;
  let rel = relativeMemo.get(key);
  if (rel === undefined) {
    rel = computeRelativePath(cwd, file);
    if (relativeMemo.size > 10_000) relativeMemo.clear();
    relativeMemo.set(key, rel);
  }
  return rel;
}

const relativeMemo = new Map<string, string>();

function computeRelativePath(cwd: string, file: string): string {
  if (!path.isAbsolute(file)) return file.split(path.sep).join('/');
  const rel = path.relative(cwd, file);
  if (rel === '') return path.basename(file);
  return rel.split(path.sep).join('/');
}

/** True when `file` lies inside `cwd` (so a relative URI against `cwd` can name it). */
export function isInside(cwd: string, file: string): boolean {
  if (!path.isAbsolute(file)) return true;
  const rel = path.relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * A relative URI reference for a forward-slash path: each segment percent-encoded (UTF-8), so spaces, `%`, `#`,
 * `?`, `:` and non-ASCII characters cannot be read as URI syntax.
 */
export function relativeUri(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}

/** `file:` URI of a directory, ending in `/` as SARIF requires of a base URI. */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}

/** `file:` URI of an absolute file (for files outside the base directory). */
export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}
