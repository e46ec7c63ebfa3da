import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = fs.readFileSync(path.resolve(here, '../../assets/apiref.js'), 'utf8');

interface Helpers {
  parseVersion(text: string): [number, number] | null;
  compareVersions(a: string, b: string): number;
  classVersion(cls: string, prefix: string): string | null;
  visibleAt(className: string, version: string): boolean;
  parseQuery(search: string): [string, string][];
  readState(search: string): { expanded: string[]; mv: string };
  withParams(search: string, updates: Record<string, string>): string;
  operationIdOf(id: string): string;
}

/** Evaluates the page script with a tiny fake window/document; returns the helpers and the <html> classes. */
function load(): { helpers: Helpers; htmlClasses: Set<string> } {
  const htmlClasses = new Set<string>();
  const hook: { helpers?: Helpers } = {};
  const window: Record<string, unknown> = {
    __APIREF_TEST__: hook,
    document: { documentElement: { classList: { add: (c: string) => htmlClasses.add(c) } } },
  };
  window.window = window;
  vm.runInNewContext(source, window, { filename: 'apiref.js' });
  return { helpers: hook.helpers!, htmlClasses };
}

const { helpers: h, htmlClasses } = load();

describe('apiref.js bootstrap', () => {
  it('adds class js on <html> first thing', () => {
    expect([...htmlClasses]).toEqual(['js']);
  });

  it('is plain ES2019 in one IIFE (no modules, no optional chaining, no network)', () => {
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\?\.|\?\?/);
    expect(source).not.toMatch(/https?:\/\//);
    expect(source).not.toMatch(/pushState/);
    expect(() => new vm.Script(source)).not.toThrow();
  });
});

describe('version comparison', () => {
  it.each([
    ['2.1', [2, 1]],
    ['2.10', [2, 10]],
    [' 3.60 ', [3, 60]],
    ['2', null],
    ['2.x', null],
    ['latest', null],
    ['', null],
  ])('parseVersion(%j) → %j', (text, expected) => {
    expect(h.parseVersion(text)).toEqual(expected);
  });

  it.each([
    ['2.10', '2.9', 1],
    ['2.9', '2.10', -1],
    ['2.1', '2.10', -1],
    ['3.0', '2.99', 1],
    ['2.5', '2.5', 0],
    ['bad', '2.5', 0],
  ])('compareVersions(%s, %s) has sign %d', (a, b, sign) => {
    expect(Math.sign(h.compareVersions(a, b))).toBe(sign);
  });

  it.each([
    ['rp_min_ver_2_10', 'rp_min_ver_', '2.10'],
    ['rp_max_ver_3_1', 'rp_max_ver_', '3.1'],
    ['rp_max_ver_3_1', 'rp_min_ver_', null],
    ['rp_min_ver_2', 'rp_min_ver_', null],
    ['row-even', 'rp_min_ver_', null],
  ])('classVersion(%s, %s) → %j', (cls, prefix, expected) => {
    expect(h.classVersion(cls, prefix)).toBe(expected);
  });
});

describe('microversion visibility', () => {
  const grp = 'operation-grp rp_min_ver_2_3 rp_max_ver_2_10';
  it.each([
    ['', true], // All
    ['2.1', false], // before min
    ['2.3', true], // at min
    ['2.9', true], // 2.9 < 2.10
    ['2.10', true], // at max
    ['2.11', false], // after max
    ['nonsense', true],
  ])('%s at %j → %s', (version, expected) => {
    expect(h.visibleAt(grp, version)).toBe(expected);
  });

  it('an element without version classes is always shown', () => {
    expect(h.visibleAt('row-even', '2.1')).toBe(true);
  });

  it('a row added in 2.10 is hidden at 2.9 and shown at 2.10', () => {
    expect(h.visibleAt('rp_min_ver_2_10 row-odd', '2.9')).toBe(false);
    expect(h.visibleAt('rp_min_ver_2_10 row-odd', '2.10')).toBe(true);
  });
});

describe('address state', () => {
  it('parses os-api-ref expanded lists and our mv', () => {
    expect(h.readState('?expanded=list-volumes-detail,show-volume-detail&mv=2.5')).toEqual({
      expanded: ['list-volumes-detail', 'show-volume-detail'],
      mv: '2.5',
    });
  });

  it('tolerates empty, repeated and encoded values', () => {
    expect(h.readState('')).toEqual({ expanded: [], mv: '' });
    expect(h.readState('?expanded=&mv=')).toEqual({ expanded: [], mv: '' });
    expect(h.readState('?expanded=a%2Cb&expanded=b,c')).toEqual({ expanded: ['a', 'b', 'c'], mv: '' });
    expect(h.readState('?expanded=%E0%A4%A')).toEqual({ expanded: ['%E0%A4%A'], mv: '' });
  });

  it('parses queries in order, with + as space and bare keys', () => {
    expect(h.parseQuery('?a=1&b=x+y&flag&c=%26')).toEqual([
      ['a', '1'],
      ['b', 'x y'],
      ['flag', ''],
      ['c', '&'],
    ]);
  });

  it('sets, replaces and removes parameters, keeping the others as written', () => {
    expect(h.withParams('', { expanded: 'a-detail,b-detail' })).toBe('?expanded=a-detail,b-detail');
    expect(h.withParams('?x=1&expanded=old&y=%20', { expanded: 'new', mv: '2.5' })).toBe('?x=1&y=%20&expanded=new&mv=2.5');
    expect(h.withParams('?expanded=a&mv=2.5', { expanded: '', mv: '' })).toBe('');
    expect(h.withParams('?mv=2.1', { mv: '2.10' })).toBe('?mv=2.10');
  });

  it('round-trips through readState', () => {
    const search = h.withParams('?lang=en', { expanded: 'a-detail,b-detail', mv: '2.12' });
    expect(h.readState(search)).toEqual({ expanded: ['a-detail', 'b-detail'], mv: '2.12' });
  });

  it('maps a detail id to its operation id', () => {
    expect(h.operationIdOf('list-volumes-detail')).toBe('list-volumes');
    expect(h.operationIdOf('list-volumes')).toBe('list-volumes');
  });
});
