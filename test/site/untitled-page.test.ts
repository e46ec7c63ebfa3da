/**
 * A document without a section title, as Sphinx treats it: titled "<no title>", and left out of the toctrees and
 * the navigation that list it (with a warning), while it is still built and keeps its place in the reading order.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { renderSite } from '../../src/site/build.js';
import { configFor, writeTree } from '../helpers/tree.js';

describe('a document without a title', () => {
  const dir = writeTree({
    'index.rst': 'Home\n====\n\n.. toctree::\n\n   note\n   other\n',
    'note.rst': 'Just a paragraph, NOTE-TEXT.\n',
    'other.rst': 'Other\n=====\n\nOTHER-TEXT\n',
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const diagnostics = new DiagnosticBag();
  const result = renderSite(configFor(dir), diagnostics);
  const page = (p: string) => String(result.files.find((f) => f.path === p)!.content);

  it('is built, titled "<no title>" as Sphinx titles it', () => {
    expect(page('note.html')).toContain('NOTE-TEXT');
    expect(page('note.html')).toMatch(/<title>&lt;no title&gt;/);
  });

  it('gets no toctree entry and no navigation link, and a warning says why', () => {
    const index = page('index.html');
    const toctree = /<div class="toctree-wrapper compound">[\s\S]*?<\/div>/.exec(index)![0];
    expect(toctree).toContain('href="other.html"');
    expect(toctree).not.toContain('note.html');
    expect(page('other.html')).not.toMatch(/<li[^>]*><a href="note\.html"/);
    // It keeps its place in the reading order, as in Sphinx (the next link reads "<no title>").
    expect(index).toMatch(/<a class="relbar-next" href="note\.html"/);
    const found = diagnostics.list.filter((d) => d.ruleId === 'toctree-untitled');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('note');
  });
});
