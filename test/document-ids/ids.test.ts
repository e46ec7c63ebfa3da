/** docutils' id rules; expectations recorded from docutils 0.19 (`make_id`, `rst2pseudoxml --auto-id-prefix=id`). */
import { describe, expect, it } from 'vitest';
import { IdRegistry, fullyNormalizeName, makeId, whitespaceNormalizeName } from '../../src/document/ids.js';

describe('makeId', () => {
  it.each([
    ['Create Volume', 'create-volume'],
    ['1. Intro', 'intro'],
    ['  List  servers (detailed)  ', 'list-servers-detailed'],
    ['Ünïcødé Straße Łódź', 'unicode-strasze-lodz'],
    ['Æsir œuvre', 'aesir-oeuvre'],
    ['đ ħ ı ł ŧ ƀ ƒ ȷ ɏ', 'd-h-i-l-t-b-f-j-y'],
    ['ﬁle ①', 'file-1'],
    ['日本語', ''],
    ['!!!', ''],
    ['123', ''],
    ['-x-', 'x'],
    ['v2.1_microversion', 'v2-1-microversion'],
    ['a\tb\nc', 'a-b-c'],
    ['GET /servers/{server_id}', 'get-servers-server-id'],
  ])('%j → %j', (input, id) => {
    expect(makeId(input)).toBe(id);
  });
});

describe('name normalization', () => {
  it('collapses whitespace and lower-cases', () => {
    expect(fullyNormalizeName('  My\n  Target\tName ')).toBe('my target name');
    expect(whitespaceNormalizeName('  My\n  Target ')).toBe('My Target');
  });
});

describe('IdRegistry', () => {
  it('assigns section ids the way docutils does for a document', () => {
    const ids = new IdRegistry();
    const titles = [
      'Intro',
      '1. Intro',
      'Response codes',
      'Response codes',
      'Ünïcødé Straße Łódź',
      '!!!',
      'id3',
      '123',
      'Response codes',
    ];
    expect(titles.map((t) => ids.setId(fullyNormalizeName(t)))).toEqual([
      'intro',
      'id1',
      'response-codes',
      'id2',
      'unicode-strasze-lodz',
      'id3',
      'id4',
      'id5',
      'id6',
    ]);
  });

  it('takes the first free name of several and falls back to the counter', () => {
    const ids = new IdRegistry();
    expect(ids.setId(['labelled', 'my-label'])).toBe('labelled');
    expect(ids.setId(['labelled', 'my-label'])).toBe('my-label');
    expect(ids.setId(['labelled', 'my-label'])).toBe('id1');
    expect(ids.setId([])).toBe('id2');
    expect(ids.setId(null)).toBe('id3');
    expect(ids.autoId()).toBe('id4');
    expect(ids.setExplicitId('my label')).toBe('id5');
  });

  it('reserves ids set directly without moving the counter', () => {
    const ids = new IdRegistry();
    expect(ids.reserve('Success')).toBe(true);
    expect(ids.reserve('Success')).toBe(false);
    expect(ids.setId('request')).toBe('request');
    expect(ids.setId('request')).toBe('id1');
    expect(ids.counter).toBe(1);
    expect(ids.reserve('id2')).toBe(true);
    expect(ids.setId('request')).toBe('id3');
    expect(ids.has('id2')).toBe(true);
  });

  it('honours an id prefix, allowing names that start with digits', () => {
    const ids = new IdRegistry('p-');
    expect(ids.setId('1. Intro')).toBe('p-1-intro');
    expect(ids.setId('!!!')).toBe('p-id1');
  });
});
