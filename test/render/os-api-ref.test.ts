/** os-api-ref nodes against the HTML contract (/tmp/brief/markup.md) and os-api-ref's table markup. */
import { describe, expect, it } from 'vitest';
import type * as D from '../../src/document/nodes.js';
import { em, html, p, pos, section, t } from './builders.js';

const operation = (over: Partial<D.Operation> = {}): D.Operation => ({
  type: 'operation', depth: 3, method: 'GET', url: '/v3/{project_id}/volumes', title: [t('List volumes '), em(t('with')), t(' markup kept')],
  anchor: 'list-volumes', extraIds: [], minVersion: null, maxVersion: null, children: [], position: pos, ...over,
});

describe('operation', () => {
  it('renders the row and the collapsible detail', () => {
    const out = html([operation({ minVersion: '3.1', maxVersion: '3.5', children: [p('Lists volumes.')] })]);
    expect(out).toBe(
      '<section class="detail-control" id="list-volumes">\n' +
        '<div class="operation-grp rp_min_ver_3_1 rp_max_ver_3_5" data-min-version="3.1" data-max-version="3.5">\n' +
        '<div class="operation">\n<a class="operation-anchor" href="#list-volumes" aria-label="Link to this operation"><span class="operation-anchor-glyph" aria-hidden="true"></span></a>\n' +
        '<span class="badge label-GET" data-method="GET">GET</span>\n</div>\n' +
        '<div class="endpoint-container">\n<div class="endpoint-url">/v3/<span class="path_parameter">{project_id}</span>/volumes</div>\n' +
        '<div class="endpoint-title"><p class="url-subtitle">List volumes <em>with</em> markup kept</p></div>\n</div>\n' +
        '<button type="button" class="btn btn-info btn-sm btn-detail" id="list-volumes-detail-btn" data-bs-toggle="collapse" data-bs-target="#list-volumes-detail" aria-controls="list-volumes-detail" aria-expanded="false" aria-label="detail: GET /v3/{project_id}/volumes, List volumes with markup kept">detail</button>\n' +
        '</div>\n</section>\n' +
        '<section class="api-detail collapse" id="list-volumes-detail">\n<p>Lists volumes.</p>\n</section>\n',
    );
  });
  it('gives a <name> in the URL the page text os-api-ref has (none: it is an HTML tag there) and draws it with CSS', () => {
    const out = html([operation({ url: '/v1/users/<user_id>/roles?x=<1>' })]);
    expect(out).toContain(
      '<div class="endpoint-url">/v1/users/<span class="path_parameter url-tag-placeholder" data-placeholder="<user_id>"></span>/roles?x=&#x3C;1></div>',
    );
  });
  it('has no version classes or data attributes without versions', () => {
    const out = html([operation()]);
    expect(out).toContain('<div class="operation-grp">');
    expect(out).not.toContain('data-min-version');
  });
  it('puts extra ids in spans before the row', () => {
    expect(html([operation({ extraIds: ['my-label'] })])).toMatch(/^<span id="my-label"><\/span>\n<section class="detail-control" id="list-volumes">/);
  });
  it('keeps the depth of sections in the detail', () => {
    const out = html([operation({ children: [section(4, ['request'], 'Request')] })]);
    expect(out).toContain('<h4>Request<a class="headerlink" href="#request"');
  });
});

const text = (value: string): D.DocInline[] => (value ? [{ type: 'text', value, position: pos }] : []);
const row = (over: Partial<D.ParameterRow>): D.ParameterRow => {
  const r = { name: 'shared', in: 'body', type: 'bool', optional: false, description: [p('True if the zone is shared with another project.')], minVersion: null, maxVersion: null, definedAt: null, usedAt: pos, ...over };
  return { ...r, cells: over.cells ?? { name: text(r.name), in: text(r.in), type: text(r.type) } };
};
const ptable = (rows: D.ParameterRow[], problem: string | null = null): D.ParameterTable => ({ type: 'parameterTable', path: 'parameters.yaml', file: '/x/parameters.yaml', rows, problem, position: pos });

describe('parameter table', () => {
  it('renders os-api-ref rows with versions appended to the description', () => {
    const out = html([ptable([row({ minVersion: '2.1' }), row({ name: 'links', optional: true, type: 'array', description: [p('Links.')], maxVersion: '2.9' })])]);
    expect(out).toBe(
      '<table class="docutils align-default api-parameters">\n<thead>\n' +
        '<tr class="row-odd"><th class="head"><p>Name</p></th>\n<th class="head"><p>In</p></th>\n<th class="head"><p>Type</p></th>\n<th class="head"><p>Description</p></th>\n</tr>\n</thead>\n<tbody>\n' +
        // As Sphinx rendered designate's `shared` row:
        '<tr class="rp_min_ver_2_1 row-even"><td><p>shared</p></td>\n<td><p>body</p></td>\n<td><p>bool</p></td>\n<td><p>True if the zone is shared with another project.</p>\n<p><strong>New in version 2.1</strong></p>\n</td>\n</tr>\n' +
        '<tr class="rp_max_ver_2_9 row-odd"><td><p>links (Optional)</p></td>\n<td><p>body</p></td>\n<td><p>array</p></td>\n<td><p>Links.</p>\n<p><strong>Available until version 2.9</strong></p>\n</td>\n</tr>\n' +
        '</tbody>\n</table>\n',
    );
  });
  it('says which file is missing when there is a problem', () => {
    const out = html([ptable([], 'missing')]);
    expect(out).toContain('<tr class="no_yaml row-even"><td><p>No yaml found parameters.yaml</p></td>\n<td></td>\n<td></td>\n<td></td>\n</tr>');
  });
});

describe('status table', () => {
  const stable = (kind: 'success' | 'error', rows: D.StatusRow[]): D.StatusTable => ({ type: 'statusTable', kind, path: 'status.yaml', file: null, rows, position: pos });
  it('renders a Success subsection one level below its section', () => {
    const out = html([section(4, ['response-codes'], 'Response codes', stable('success', [{ code: 200, phrase: 'OK', reason: [p('Request was successful.')], usedAt: pos }]))]);
    expect(out).toContain(
      '<section id="Success">\n<h5>Success<a class="headerlink" href="#Success" title="Permalink to this heading">¶</a></h5>\n' +
        '<table class="docutils align-default api-status">\n<thead>\n<tr class="row-odd"><th class="head"><p>Code</p></th>\n<th class="head"><p>Reason</p></th>\n</tr>\n</thead>\n<tbody>\n' +
        '<tr class="row-even"><td><code>200 - OK</code></td>\n<td><p>Request was successful.</p></td>\n</tr>\n</tbody>\n</table>\n</section>',
    );
  });
  it('renders an Error subsection', () => {
    const out = html([stable('error', [{ code: '404', phrase: 'Not Found', reason: [], usedAt: pos }])]);
    expect(out).toMatch(/^<section id="Error">\n<h1>Error/);
    expect(out).toContain('<td><code>404 - Not Found</code></td>');
  });
});

describe('expand all', () => {
  it('renders only the button without microversions', () => {
    expect(html([{ type: 'expandAll', microversions: null, position: pos }])).toBe(
      '<div class="expand-all-row">\n<button type="button" id="expand-all" class="btn btn-info btn-sm btn-expand-all" aria-expanded="false">Show All</button>\n</div>\n',
    );
  });
  it('lists every microversion with its release name', () => {
    const out = html([{ type: 'expandAll', microversions: { min: '2.1', max: '2.3', releases: { '2.1': 'Kilo' } }, position: pos }]);
    expect(out).toContain(
      '<label for="mv_select">Microversion</label>\n<select id="mv_select" data-min="2.1" data-max="2.3"><option value="">All</option><option value="2.1">2.1 - Kilo</option><option value="2.2">2.2</option><option value="2.3">2.3</option></select>\n',
    );
  });
});
