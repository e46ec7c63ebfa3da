/**
 * The order of a labelled section's ids, as Sphinx 5.3's SortIds leaves it: the first id moves last when it
 * starts with "id" (meant for automatic `idN` ids, but "IdP Initiated" qualifies too: otc-iam). Expected
 * sections recorded from Sphinx 5.3 on the same source.
 */
import { describe, expect, it } from 'vitest';
import { renderTree } from '../helpers/render-tree.js';

describe('section ids as Sphinx sorts them', () => {
  it('puts the label first when the title id starts with "id", and after a duplicate title', () => {
    const { file } = renderTree({
      'index.rst': 'Top\n===\n\n.. _iam_02_0002:\n\nIdP Initiated\n-------------\n\n.. _lab_b:\n\nIam Thing\n---------\n\nResponse\n--------\n\n.. _lab_c:\n\nResponse\n--------\n',
    });
    const html = file('index.html')!;
    const opened = [...html.matchAll(/<section id="([^"]*)">\n(?:<span id="([^"]*)"><\/span>)?/g)].map((m) => [m[1], m[2] ?? null]);
    expect(opened).toEqual([
      ['top', null],
      ['iam-02-0002', 'idp-initiated'],
      ['iam-thing', 'lab-b'],
      ['response', null],
      ['lab-c', 'id1'],
    ]);
  });
});
