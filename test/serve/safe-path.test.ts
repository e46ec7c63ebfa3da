import { describe, expect, it } from 'vitest';
import { outputPathFor } from '../../src/serve/safe-path.js';

describe('outputPathFor', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/v2/', 'v2/index.html'],
    ['/v2/index.html?expanded=list-volumes-detail#x', 'v2/index.html'],
    ['/_static/apiref.js', '_static/apiref.js'],
    ['/a%20b.html', 'a b.html'],
  ])('%s → %s', (url, out) => {
    expect(outputPathFor(url)).toEqual({ ok: true, path: out });
  });

  it.each([
    '/../etc/passwd',
    '/v2/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/v2%2f..%2f..%2fsecret',
    '/..\\..\\etc\\passwd',
    '/%5c..%5cetc',
    '/index.html%00.js',
    '/a\u0000b',
    '/./index.html',
    '/%zz',
    'index.html',
    'http://evil/',
  ])('refuses %j with 400', (url) => {
    expect(outputPathFor(url)).toEqual({ ok: false, status: 400 });
  });

  it('an empty segment in the middle names nothing', () => {
    expect(outputPathFor('//etc/passwd')).toEqual({ ok: false, status: 404 });
  });
});
