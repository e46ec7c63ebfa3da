/**
 * `.. contents::` and `.. sectnum::` as docutils' Contents and SectNum transforms and Sphinx 5.3's HTML5 writer
 * make them (fujitsu-k5's api-ref uses both). The expected body was recorded from Sphinx 5.3 on the same source.
 */
import { describe, expect, it } from 'vitest';
import { pageBody, renderTree } from '../helpers/render-tree.js';

const SOURCE = "=====\nGuide\n=====\n\n.. sectnum::\n   :depth: 2\n\n.. contents:: **Table of Contents**\n   :depth: 2\n\nIntro\n=====\n\nText.\n\nDetails\n-------\n\nMore.\n\nDeep\n~~~~\n\nDeepest.\n\nUsage `link <http://x.org>`_\n============================\n\n.. contents::\n   :local:\n   :backlinks: none\n\nStep one\n--------\n\nOne.\n";

const SPHINX_BODY = "<section id=\"guide\">\n<h1><a class=\"toc-backref\" href=\"#id1\" role=\"doc-backlink\"><span class=\"sectnum\">1 </span>Guide</a><a class=\"headerlink\" href=\"#guide\" title=\"Permalink to this heading\">\u00b6</a></h1>\n<nav class=\"contents\" id=\"table-of-contents\">\n<p class=\"topic-title\"><strong>Table of Contents</strong></p>\n<ul class=\"auto-toc simple\">\n<li><p><a class=\"reference internal\" href=\"#guide\" id=\"id1\"><span class=\"sectnum\">1 </span>Guide</a></p>\n<ul class=\"auto-toc\">\n<li><p><a class=\"reference internal\" href=\"#intro\" id=\"id2\"><span class=\"sectnum\">1.1 </span>Intro</a></p></li>\n<li><p><a class=\"reference internal\" href=\"#usage-link\" id=\"id3\"><span class=\"sectnum\">1.2 </span>Usage link</a></p></li>\n</ul>\n</li>\n</ul>\n</nav>\n<section id=\"intro\">\n<h2><a class=\"toc-backref\" href=\"#id2\" role=\"doc-backlink\"><span class=\"sectnum\">1.1 </span>Intro</a><a class=\"headerlink\" href=\"#intro\" title=\"Permalink to this heading\">\u00b6</a></h2>\n<p>Text.</p>\n<section id=\"details\">\n<h3>Details<a class=\"headerlink\" href=\"#details\" title=\"Permalink to this heading\">\u00b6</a></h3>\n<p>More.</p>\n<section id=\"deep\">\n<h4>Deep<a class=\"headerlink\" href=\"#deep\" title=\"Permalink to this heading\">\u00b6</a></h4>\n<p>Deepest.</p>\n</section>\n</section>\n</section>\n<section id=\"usage-link\">\n<h2><span class=\"sectnum\">1.2 </span>Usage <a class=\"reference external\" href=\"http://x.org\">link</a><a class=\"headerlink\" href=\"#usage-link\" title=\"Permalink to this heading\">\u00b6</a></h2>\n<nav class=\"contents local\" id=\"contents\">\n<ul class=\"simple\">\n<li><p><a class=\"reference internal\" href=\"#step-one\" id=\"id4\">Step one</a></p></li>\n</ul>\n</nav>\n<section id=\"step-one\">\n<h3>Step one<a class=\"headerlink\" href=\"#step-one\" title=\"Permalink to this heading\">\u00b6</a></h3>\n<p>One.</p>\n</section>\n</section>\n</section>";

describe('contents and sectnum', () => {
  it('number the sections, list them with backlinks, and a local table lists its own section, as Sphinx', () => {
    const { file } = renderTree({ 'index.rst': SOURCE });
    expect(pageBody(file('index.html')!)).toBe(SPHINX_BODY);
  });
  it('numbers the page title in <title> and a plain contents takes the id "contents"', () => {
    const { file } = renderTree({ 'index.rst': 'Guide\n=====\n\n.. sectnum::\n\n.. contents::\n\nOne\n---\n\nText.\n' });
    const html = file('index.html')!;
    expect(html).toContain('<title>1 Guide');
    expect(html).toContain('<nav class="contents" id="contents">\n<p class="topic-title">Contents</p>');
    expect(html).toContain('<a class="reference internal" href="#one" id="id2"><span class="sectnum">1.1 </span>One</a>');
  });
  it('leaves out, as docutils: a table with nothing to list, one inside a body element (an error), a bad :depth:', () => {
    const { file, diagnostics } = renderTree({
      'index.rst': '.. contents::\n\n.. sectnum::\n   :depth: x\n\nText.\n\n* .. contents:: In a list\n     :local:\n',
    });
    // Sphinx 5.3's body for the same source: the paragraph and the list with an empty item.
    const html = file('index.html')!;
    expect(html.slice(html.indexOf('<p>Text.'), html.indexOf('</ul>') + 5)).toBe('<p>Text.</p>\n<ul class="simple">\n<li></li>\n</ul>');
    expect(html).not.toContain('class="contents');
    expect(diagnostics.list.map((d) => [d.ruleId, d.line, d.message.split(':')[0]])).toEqual([
      ['directive-syntax', 3, 'Error in "sectnum" directive'],
      ['directive-syntax', 8, 'The "contents" directive may not be used within topics or body elements.'],
    ]);
  });
});
