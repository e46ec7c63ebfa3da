/** Local table of contents and the page entry point. */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type * as D from '../../src/document/nodes.js';
import { localToc, renderPage } from '../../src/render/index.js';
import { ctx, em, p, pos, section, t } from './builders.js';

const op: D.Operation = {
  type: 'operation', depth: 3, method: 'GET', url: '/v2/zones', title: [t('List Zones')], anchor: 'list-zones', extraIds: [],
  minVersion: null, maxVersion: null, children: [section(4, ['request'], 'Request')], position: pos,
};
const page: D.Page = {
  docname: 'index', path: 'index.html', file: '/t/index.rst', title: 'DNS API', titleInline: [t('DNS API')], tocdepth: null, orphan: false, dependencies: [],
  children: [section(1, ['dns-api'], 'DNS API', p('intro'), section(2, ['zone'], [t('Zone '), em(t('ops'))], op))],
};

describe('localToc', () => {
  it('nests section titles, the page title linking to #, operations by title without their detail sections', () => {
    expect(toHtml(localToc(page)!)).toBe(
      '<ul>\n<li><a class="reference internal" href="#">DNS API</a><ul>\n' +
        '<li><a class="reference internal" href="#zone">Zone ops</a><ul>\n' +
        '<li><a class="reference internal" href="#list-zones">List Zones</a></li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>',
    );
  });
  it('stops at maxDepth', () => {
    expect(toHtml(localToc(page, 2)!)).toBe(
      '<ul>\n<li><a class="reference internal" href="#">DNS API</a><ul>\n<li><a class="reference internal" href="#zone">Zone ops</a></li>\n</ul>\n</li>\n</ul>',
    );
  });
  it('returns null for a page without sections', () => {
    expect(localToc({ ...page, children: [p('x')] })).toBeNull();
  });
});

describe('renderPage', () => {
  it('returns a root holding the page content', () => {
    const root = renderPage(page, ctx);
    expect(root.type).toBe('root');
    const out = toHtml(root);
    expect(out).toMatch(/^<section id="dns-api">\n<h1>DNS API/);
    expect(out).toContain('<section class="detail-control" id="list-zones">');
    expect(out).toContain('<h4>Request<a class="headerlink" href="#request"');
  });
});
