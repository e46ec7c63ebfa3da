import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { resolveSite } from '../../src/resolve/site.js';
import type * as D from '../../src/document/nodes.js';
import { configFor, writeTree } from '../helpers/tree.js';

const PARAMS = `
project_id:
  in: path
  required: true
  type: string
  description: The project.
limit:
  in: query
  required: false
  type: integer
  description: |
    At most this many.
  min_version: 3.60
name:
  in: body
  required: True
  type: string
  description: The name.
`;
const STATUS = `
200:
  default: Request was successful.
404:
  default: Not there.
  gone: It was deleted.
`;

function build(files: Record<string, string>) {
  const dir = writeTree(files);
  const diagnostics = new DiagnosticBag();
  const site = resolveSite(configFor(dir), diagnostics);
  return { site, diagnostics, dir };
}

function find<T extends D.DocBlock['type']>(blocks: D.DocBlock[], type: T): Extract<D.DocBlock, { type: T }>[] {
  const out: D.DocBlock[] = [];
  const walk = (list: D.DocBlock[]) => {
    for (const b of list) {
      if (b.type === type) out.push(b);
      if ('children' in b && Array.isArray(b.children)) walk(b.children as D.DocBlock[]);
    }
  };
  walk(blocks);
  return out as Extract<D.DocBlock, { type: T }>[];
}

describe('rest_method, rest_parameters, rest_status_code', () => {
  it('turns a section into an operation with its tables, resolving paths from the top-level document', () => {
    const { site, diagnostics } = build({
      'index.rst': 'Service\n=======\n\n.. include:: v3/volumes.inc\n',
      'v3/volumes.inc': [
        'List volumes',
        '------------',
        '',
        '.. rest_method:: GET /v3/{project_id}/volumes',
        '',
        'Lists them.',
        '',
        '.. rest_status_code:: success status.yaml',
        '',
        '   - 200',
        '',
        '.. rest_status_code:: error status.yaml',
        '',
        '   - 404: gone',
        '',
        '.. rest_parameters:: parameters.yaml',
        '',
        '   - project_id: project_id',
        '   - limit: limit',
        '   - name: name',
        '',
      ].join('\n'),
      // Relative to index.rst (the top-level document), not to v3/volumes.inc.
      'parameters.yaml': PARAMS,
      'status.yaml': STATUS,
    });
    expect(diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
    const [op] = find(site.pages[0]!.children, 'operation');
    expect(op).toMatchObject({ method: 'GET', url: '/v3/{project_id}/volumes', anchor: 'list-volumes' });
    const [table] = find(op!.children, 'parameterTable');
    expect(table!.rows.map((r) => [r.name, r.in, r.type, r.optional, r.minVersion])).toEqual([
      ['project_id', 'path', 'string', false, null],
      ['limit', 'query', 'integer', true, '3.60'],
      ['name', 'body', 'string', false, null],
    ]);
    const status = find(op!.children, 'statusTable');
    expect(status.map((t) => [t.kind, t.rows.map((r) => [r.code, r.phrase])])).toEqual([
      ['success', [[200, 'OK']]],
      ['error', [[404, 'Not Found']]],
    ]);
    expect(status[1]!.rows[0]!.reason).toMatchObject([{ type: 'paragraph', children: [{ type: 'text', value: 'It was deleted.' }] }]);
  });

  it('reads the method and URL from the next line, with min_version and max_version', () => {
    const { site } = build({
      'index.rst': 'T\n=\n\nShow\n----\n\n.. rest_method::\n   POST  /v2/servers/{id}/action\n   min_version: 2.10\n   max_version: 2.90\n',
    });
    const [op] = find(site.pages[0]!.children, 'operation');
    expect(op).toMatchObject({ method: 'POST', url: '/v2/servers/{id}/action', minVersion: '2.10', maxVersion: '2.90' });
  });

  it('reports os-api-ref crash cases as positioned diagnostics and keeps going', () => {
    const { site, diagnostics } = build({
      'index.rst': [
        '.. rest_method:: GET /outside',
        '',
        '.. rest_parameters:: parameters.yaml',
        '',
        '   - name: name',
        '',
        'T',
        '=',
        '',
        'Twice',
        '-----',
        '',
        '.. rest_method:: GET /a',
        '',
        '.. rest_method:: GET /b',
        '',
        '.. rest_parameters:: parameters.yaml',
        '',
        '   - [broken',
        '',
        '.. rest_parameters:: parameters.yaml',
        '',
        '   - notmapping: notmapping',
        '   - noin: noin',
        '   - missing: missing',
        '   - just-a-string',
        '',
        '.. rest_status_code:: success status.yaml',
        '',
        '   - 201',
        '   - 404: nosuchreason',
        '   - "teapot"',
        '',
      ].join('\n'),
      'parameters.yaml': 'name:\n  in: body\n  type: string\n  description: x\nnotmapping: just text\nnoin:\n  type: string\n  description: y\n',
      'status.yaml': STATUS,
    });
    const got = diagnostics.list.map((d) => `${d.ruleId}@${d.line}`);
    expect(got).toContain('misplaced-rest-method@1');
    expect(got).toContain('misplaced-rest-method@15');
    expect(got).toContain('directive-yaml@19');
    // The message leaves out the YAML library's place, which counts from the directive's content, not the file.
    const yamlMessage = diagnostics.list.find((d) => d.ruleId === 'directive-yaml')!.message;
    expect(yamlMessage).toMatch(/^rest_parameters: invalid YAML in the directive's list: /);
    expect(yamlMessage).not.toMatch(/at line \d+/);
    expect(got).toContain('parameter-not-found@25');
    expect(got).toContain('invalid-list-item@26');
    expect(got).toContain('status-code-not-found@30');
    expect(got).toContain('status-reason-not-found@31');
    expect(got).not.toContain('status-code-not-found@32'); // not an HTTP code: status-code-invalid says so
    expect(diagnostics.list.some((d) => d.ruleId === 'parameter-not-mapping')).toBe(true);
    // The page still renders: the operation and its tables are there.
    const [op] = find(site.pages[0]!.children, 'operation');
    expect(op!.url).toBe('/a');
    const tables = find(op!.children, 'parameterTable');
    expect(tables[1]!.rows.map((r) => r.name)).toEqual(['notmapping', 'noin']);
    const [status] = find(op!.children, 'statusTable');
    expect(status!.rows.map((r) => [r.code, r.phrase])).toEqual([
      [201, 'Created'],
      [404, 'Not Found'],
      ['teapot', 'Unknown'],
    ]);
  });

  it('renders nothing for a rest_parameters without rows, with os-api-ref\'s error', () => {
    const { site, diagnostics } = build({ 'index.rst': 'T\n=\n\nOp\n--\n\n.. rest_method:: GET /a\n\n.. rest_parameters:: parameters.yaml\n\nText.\n', 'parameters.yaml': PARAMS });
    expect(find(site.pages[0]!.children, 'parameterTable')).toEqual([]);
    expect(diagnostics.list.map((d) => [d.ruleId, d.line, d.message])).toEqual([
      ['rest-parameters-syntax', 9, 'No parameters defined: list the rows as `- name: reference` under the directive.'],
    ]);
  });
  it('says which parameters file is missing, relative to the source', () => {
    const { site, diagnostics } = build({
      'index.rst': 'T\n=\n\nOp\n--\n\n.. rest_method:: GET /\n\n.. rest_parameters:: nope/parameters.yaml\n\n   - a: a\n',
    });
    const [table] = find(site.pages[0]!.children, 'parameterTable');
    expect(table!.problem).toBe('Parameters file nope/parameters.yaml not found.');
    expect(diagnostics.list.find((d) => d.ruleId === 'file-unreadable')).toMatchObject({ line: 9 });
  });
});

describe('a directive written with one colon', () => {
  it('is reported at the comment it really is, for directives whose text is not prose', () => {
    const { diagnostics, dir } = build({
      'index.rst':
        'Title\n=====\n\n.. rest_status_code: error status.yaml\n\n   - 404\n\n.. LiteralInclude: x.json\n\n.. TODO: a remark\n\n.. note: see router.py\n\n.. note:: fine\n',
      'status.yaml': STATUS,
    });
    const found = diagnostics.list.filter((d) => d.ruleId === 'comment-looks-like-directive');
    expect(found.map((d) => [d.file, d.line, d.column, d.endColumn])).toEqual([
      [`${dir}/index.rst`, 4, 1, 21],
      [`${dir}/index.rst`, 8, 1, 19],
    ]);
    expect(found[0]!.message).toContain('``.. rest_status_code::`` (two colons)');
  });
});

describe('a directive written without the space after the dots', () => {
  it('is reported at the paragraph it really is; prose that starts with two dots is not', () => {
    const { diagnostics, dir } = build({
      'index.rst': 'Title\n=====\n\n..rest_method:: GET /v2/jobs\n\n..note:: is prose here\n\n... and so on\n',
    });
    const found = diagnostics.list.filter((d) => d.ruleId === 'directive-missing-space');
    expect(found.map((d) => [d.file, d.line, d.column, d.endColumn])).toEqual([[`${dir}/index.rst`, 4, 1, 16]]);
    expect(found[0]!.message).toContain('Write ``.. rest_method::``');
  });
});

describe('literalinclude: which samples are checked as JSON', () => {
  it('.json files and extensionless files labelled JSON; not a .txt labelled javascript (a form-encoded body)', () => {
    const include = (file: string) => `.. literalinclude:: ${file}\n   :language: javascript\n\n`;
    const { diagnostics, dir } = build({
      'index.rst': `Title\n=====\n\n${include('token.txt')}${include('bad.json')}${include('bad-sample')}`,
      'token.txt': 'oauth_token=29971f&oauth_token_secret=238eb8\n',
      'bad.json': '{"a": 1,}\n',
      'bad-sample': '{"a": }\n',
    });
    const invalid = diagnostics.list.filter((d) => d.ruleId === 'sample-invalid-json').map((d) => d.file);
    expect(invalid).toEqual([`${dir}/bad.json`, `${dir}/bad-sample`]);
  });
  it('not a .json file holding a curl command (cyborg keeps the command beside the body it sends)', () => {
    const include = (file: string) => `.. literalinclude:: ${file}\n   :language: javascript\n\n`;
    const { diagnostics, dir } = build({
      'index.rst': `Title\n=====\n\n${include('create-curl.json')}${include('curl-like.json')}`,
      'create-curl.json': 'curl -g -i -X POST $endpoint/device_profiles \\\n  -H "Accept: application/json" \\\n  -d \'[{"name": "x"}]\'\n',
      'curl-like.json': 'curly: 1\n',
    });
    const invalid = diagnostics.list.filter((d) => d.ruleId === 'sample-invalid-json').map((d) => d.file);
    expect(invalid).toEqual([`${dir}/curl-like.json`]);
  });
});

describe('list items and rest_method lines os-api-ref also reads', () => {
  it('a list item with a second key on a continuation line gives a row per key, as os-api-ref', () => {
    const { site, diagnostics } = build({
      'index.rst': 'API\n===\n\nList\n----\n\n.. rest_method:: GET /things\n\n.. rest_parameters:: parameters.yaml\n\n  - name: name\n    limit: limit\n',
      'parameters.yaml': PARAMS,
    });
    const [table] = find(site.pages[0]!.children, 'parameterTable');
    expect(table!.rows.map((r) => r.name)).toEqual(['name', 'limit']);
    expect(diagnostics.list.filter((d) => d.ruleId === 'invalid-list-item')).toEqual([]);
  });
  it('a `- min_version: X` content line of rest_method sets the version, as os-api-ref', () => {
    const { site, diagnostics } = build({ 'index.rst': 'API\n===\n\nAttrs\n-----\n\n.. rest_method:: GET /v1/attrs\n\n  - min_version: 1.2\n' });
    const [op] = find(site.pages[0]!.children, 'operation');
    expect(op!.minVersion).toBe('1.2');
    expect(diagnostics.list.filter((d) => d.ruleId === 'rest-method-syntax')).toEqual([]);
  });
});

describe('parameter table cells', () => {
  it('Name, In and Type are read as RST, as os-api-ref does (escapes, literals), and lint sees the name unescaped', () => {
    const { site } = build({
      'index.rst': 'API\n===\n\nList\n----\n\n.. rest_method:: GET /things\n\n.. rest_parameters:: parameters.yaml\n\n  - \\>status: status\n  - name: name\n',
      'parameters.yaml': `${PARAMS}status:\n  in: body\n  required: false\n  type: "\`\`string\`\`"\n  description: The status.\n`,
    });
    const [table] = find(site.pages[0]!.children, 'parameterTable');
    const [status, name] = table!.rows;
    expect(status!.name).toBe('>status');
    expect(status!.cells!.name).toEqual([expect.objectContaining({ type: 'text', value: '>status' })]);
    expect(status!.cells!.type).toEqual([expect.objectContaining({ type: 'literal' })]);
    expect(name!.cells!.name).toEqual([expect.objectContaining({ type: 'text', value: 'name' })]);
  });
});

describe('parameter descriptions used by many rows', () => {
  const params = [
    'plain:',
    '  in: body',
    '  type: string',
    '  description: A *plain* text with ``code`` and a link to https://example.org/x.',
    'labelled:',
    '  in: body',
    '  type: string',
    '  description: See :ref:`there` and `the docs <https://example.org/d>`_.',
    '',
  ].join('\n');
  const table = (n: number) => `.. rest_parameters:: parameters.yaml\n\n  - a${n}: plain\n  - b${n}: labelled\n`;
  const files = {
    'index.rst': `Service\n=======\n\n.. _there:\n\nOne\n---\n\n${table(1)}\nTwo\n---\n\n${table(2)}\n.. toctree::\n\n   other\n`,
    'other.rst': `Other\n=====\n\n${table(3)}`,
    'parameters.yaml': params,
  };

  it('resolve a context-free description once and share it between rows and pages', () => {
    const { site, diagnostics } = build(files);
    const rows = site.pages.flatMap((p) => find(p.children, 'parameterTable')).flatMap((t) => t.rows);
    const plain = rows.filter((r) => r.name.startsWith('a'));
    expect(plain).toHaveLength(3);
    expect(plain[1]!.description).toBe(plain[0]!.description);
    expect(plain[2]!.description).toBe(plain[0]!.description);
    expect(JSON.stringify(plain[0]!.description)).toContain('https://example.org/x');
    expect(diagnostics.list.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('resolve a description with roles or named links on every use: each row gets its own ids and links', () => {
    const { site } = build(files);
    const labelled = site.pages.flatMap((p) => find(p.children, 'parameterTable')).flatMap((t) => t.rows).filter((r) => r.name.startsWith('b'));
    expect(labelled).toHaveLength(3);
    expect(labelled[1]!.description).not.toBe(labelled[0]!.description);
    // The :ref: is resolved per page: on the other page it links back to index.html.
    const hrefs = labelled.map((r) => JSON.stringify(r.description).match(/"href":"([^"]*#there)"/)?.[1]);
    expect(hrefs).toEqual(['#there', '#there', 'index.html#there']);
  });
});

describe('diagnostics inside a description or a reason point where the text is written', () => {
  it('at the line and column in parameters.yaml and status.yaml: block, plain and quoted scalars (octavia)', () => {
    const { diagnostics, dir } = build({
      'index.rst': `Title\n=====\n\nOp\n--\n\n.. rest_method:: GET /x\n\n.. rest_parameters:: parameters.yaml\n\n   - a: a\n   - b: b\n   - c: c\n\n.. rest_status_code:: error status.yaml\n\n   - 404\n`,
      'parameters.yaml':
        'a:\n  description: |\n    Text here.\n      See :ref:`one`.\n  in: body\n  required: true\n  type: string\n' +
        'b:\n  description: Text here. See :ref:`two`.\n  in: body\n  required: true\n  type: string\n' +
        'c:\n  description: "Quoted. See :ref:`three`."\n  in: body\n  required: true\n  type: string\n',
      'status.yaml': '404:\n  default: >\n    Not there, see :ref:`four`.\n',
    });
    const found = diagnostics.list.filter((d) => d.ruleId === 'broken-reference').map((d) => [d.file.slice(dir.length + 1), d.line, d.column]);
    expect(found).toEqual([
      ['parameters.yaml', 4, 11],
      ['parameters.yaml', 9, 31],
      ['parameters.yaml', 14, 29],
      ['status.yaml', 3, 20],
    ]);
  });
});
