/** os-api-ref's behaviour, from RST source to the HTML page. */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { renderSite } from '../../src/site/build.js';
import { writeTree } from '../helpers/tree.js';

const TREE = {
  'api-ref/source/conf.py': "project = 'Orbit'\nos_api_ref_min_microversion = '2.1'\nos_api_ref_max_microversion = '2.6'\nos_api_ref_release_microversions = {\n    '2.1': 'Kilo',\n    '2.5': 'Ocata',\n}\n",
  'api-ref/source/index.rst': [
    'Orbit',
    '=====',
    '',
    '.. rest_expand_all::',
    '',
    'Create a widget',
    '---------------',
    '',
    '.. rest_method:: POST /v2/{project_id}/widgets',
    '   min_version: 2.3',
    '',
    '.. rest_status_code:: success status.yaml',
    '',
    '   - 202',
    '   - 200',
    '',
    '.. rest_status_code:: error status.yaml',
    '',
    '   - 409: name_taken',
    '   - 400',
    '',
    'Request',
    '~~~~~~~',
    '',
    '.. rest_parameters:: parameters.yaml',
    '',
    '   - project_id: project_id',
    '   - name: widget_name',
    '   - colour: colour',
    '',
  ].join('\n'),
  'api-ref/source/parameters.yaml': [
    'project_id:',
    '  in: path',
    '  required: true',
    '  type: string',
    '  description: The project <b>.',
    'colour:',
    '  in: body',
    '  required: false',
    '  type: string',
    '  description: A colour.',
    '  min_version: 2.5',
    '  max_version: 2.6',
    'widget_name:',
    '  in: body',
    '  required: true',
    '  type: string',
    '  description: |',
    '    The *name*.',
    '',
  ].join('\n'),
  'api-ref/source/status.yaml': '200:\n  default: Fine.\n202:\n  default: Accepted for later.\n400:\n  default: Bad.\n409:\n  default: Conflict.\n  name_taken: The name is taken.\n',
};

function build() {
  const dir = writeTree(TREE);
  const diagnostics = new DiagnosticBag();
  const config = loadConfig({ cwd: dir }, diagnostics);
  const result = renderSite(config, diagnostics);
  const html = String(result.files.find((f) => f.path === 'index.html')!.content);
  return { html, diagnostics };
}

describe('os-api-ref pages', () => {
  const { html, diagnostics } = build();

  it('builds without errors', () => {
    expect(diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('places the expand-all button and the microversion selector with release names', () => {
    expect(html).toMatch(/<button[^>]*id="expand-all"[^>]*>Show All<\/button>/);
    const options = [...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
    expect(options).toEqual([
      ['', 'All'],
      ['2.1', '2.1 - Kilo'],
      ['2.2', '2.2'],
      ['2.3', '2.3'],
      ['2.4', '2.4'],
      ['2.5', '2.5 - Ocata'],
      ['2.6', '2.6'],
    ]);
  });

  it('renders the operation row: badge, URL with path parameters, title, anchor, detail toggle, version class', () => {
    expect(html).toContain('<section class="detail-control" id="create-a-widget">');
    expect(html).toMatch(/<div class="operation-grp rp_min_ver_2_3"[^>]*>/);
    expect(html).toContain('<span class="badge label-POST" data-method="POST">POST</span>');
    expect(html).toContain('<div class="endpoint-url">/v2/<span class="path_parameter">{project_id}</span>/widgets</div>');
    expect(html).toContain('<p class="url-subtitle">Create a widget</p>');
    expect(html).toContain('<a class="operation-anchor" href="#create-a-widget"');
    expect(html).toMatch(/<button[^>]*class="btn btn-info btn-sm btn-detail"[^>]*data-bs-target="#create-a-widget-detail"[^>]*>detail<\/button>/);
    expect(html).toContain('<section class="api-detail collapse" id="create-a-widget-detail">');
  });

  it('renders status tables in listed order, with phrases and the named reason', () => {
    const codes = [...html.matchAll(/<code>(\d+ - [^<]+)<\/code>/g)].map((m) => m[1]);
    expect(codes).toEqual(['202 - Accepted', '200 - OK', '409 - Conflict', '400 - Bad Request']);
    expect(html).toContain('The name is taken.');
    expect(html.match(/<section id="Success">/g)).toHaveLength(1);
    expect(html.match(/<section id="Error">/g)).toHaveLength(1);
  });

  it('renders the parameter table: rows in listed order, (Optional), RST descriptions, version rows, escaped text', () => {
    const rows = [...html.matchAll(/<tr class="([^"]*)"><td><p>([^<]*)<\/p><\/td>/g)].map((m) => [m[2], m[1]]);
    expect(html).toContain('<th class="head"><p>Name</p></th>');
    expect(rows).toEqual([
      ['project_id', 'row-even'],
      ['name', 'row-odd'],
      ['colour (Optional)', 'rp_min_ver_2_5 rp_max_ver_2_6 row-even'],
    ]);
    expect(html).toContain('The <em>name</em>.');
    expect(html).toContain('The project &#x3C;b>.');
    expect(html).toContain('<strong>New in version 2.5</strong>');
    expect(html).toContain('<strong>Available until version 2.6</strong>');
  });
});

describe('os-api-ref crash case: a non-numeric microversion setting', () => {
  it('is a positioned diagnostic, and the page builds without a selector', () => {
    const dir = writeTree({
      ...TREE,
      'api-ref/source/conf.py': "os_api_ref_min_microversion = 2.1\nos_api_ref_max_microversion = '2.6'\n",
    });
    const diagnostics = new DiagnosticBag();
    const result = renderSite(loadConfig({ cwd: dir }, diagnostics), diagnostics);
    const html = String(result.files.find((f) => f.path === 'index.html')!.content);
    expect(html).toMatch(/id="expand-all"/);
    expect(html).not.toMatch(/id="mv_select"/);
    expect(diagnostics.list).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/conf\.py$/), line: 1 }));
  });
});
