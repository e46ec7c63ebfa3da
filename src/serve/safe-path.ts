/**
 * Request path → output path of the built site, refusing anything that could name a file elsewhere. The server
 * only ever looks names up in the in-memory site, so this is defence in depth and a clear answer (400) for
 * hostile requests: `..` segments (plain or encoded), encoded slashes, backslashes, NUL and other control
 * characters are all refused before any lookup.
 */
import { ownValue } from '../util/records.js';

export type SafePath = { ok: true; path: string } | { ok: false; status: 400 | 404 };

export function outputPathFor(requestUrl: string): SafePath {
  const q = requestUrl.search(/[?#]/);
  const raw = q < 0 ? requestUrl : requestUrl.slice(0, q);
  if (!raw.startsWith('/')) return { ok: false, status: 400 };
  // Encoded separators and dots are never needed to name a page of the site: refuse them before decoding.
  if (/%(2f|5c|2e|00)/i.test(raw) || raw.includes('\\')) return { ok: false, status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { ok: false, status: 400 };
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 400 };
  if (segments.slice(0, -1).some((s) => s === '')) return { ok: false, status: 404 };
  let out = segments.join('/');
  if (out === '' || out.endsWith('/')) out += 'index.html';
  return { ok: true, path: out };
}

export function contentType(p: string): string {
  const ext = p.slice(p.lastIndexOf('.') + 1).toLowerCase();
  return ownValue(CONTENT_TYPES, ext) ?? 'application/octet-stream';
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  txt: 'text/plain; charset=utf-8',
};
