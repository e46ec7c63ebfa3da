/** Rules over operations, tables and files: input tree → findings of one rule. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { Operation, Page } from '../../src/document/nodes.js';
import type { Site } from '../../src/resolve/site.js';
import { duplicateOperationAnchor } from '../../src/rules/duplicate-operation-anchor.js';
import { findingsOf, lintTree, operationPage } from './lint.js';

const PARAMS = `project_id:
  in: path
  type: string
  required: true
  description: The project.
volume_id:
  in: path
  type: string
  required: true
  description: The volume.
name:
  in: body
  type: string
  required: true
  description: A name.
`;

const table = (rows: string[]) => `Request\n-------\n\n.. rest_parameters:: parameters.yaml\n\n${rows.map((r) => `   - ${r}`).join('\n')}\n`;

describe('path-parameter-missing', () => {
  it('reports a {param} of the URL that no table lists, once, at the first table', () => {
    const r = lintTree({
      'index.rst': operationPage('GET', '/v3/{project_id}/volumes/{volume_id}', table(['project_id: project_id'])),
      'parameters.yaml': PARAMS,
    });
    const f = findingsOf(r, 'path-parameter-missing');
    expect(f.map((d) => d.message.split('.')[0])).toEqual(['No path parameter ``volume_id`` found in rest_parameter stanza']);
    expect(f[0]!.line).toBe(13);
    expect(f[0]!.related?.[0]?.line).toBe(8);
  });
  it('says nothing when every {param} has a row, or when the operation has no table', () => {
    const both = table(['project_id: project_id', 'volume_id: volume_id']);
    expect(findingsOf(lintTree({ 'index.rst': operationPage('GET', '/v3/{project_id}/volumes/{volume_id}', both), 'parameters.yaml': PARAMS }), 'path-parameter-missing')).toEqual([]);
    expect(findingsOf(lintTree({ 'index.rst': operationPage('GET', '/v3/{project_id}', 'No tables.') }), 'path-parameter-missing')).toEqual([]);
  });
  it('says nothing when the parameters file cannot be read (its tables have no rows to compare: ceilometer)', () => {
    const r = lintTree({ 'index.rst': operationPage('GET', '/v3/{project_id}/volumes/{volume_id}', table(['project_id: project_id'])), 'parameters.yaml': '{}\nproject_id:\n  in: path\n' });
    expect(findingsOf(r, 'path-parameter-missing')).toEqual([]);
    expect(r.all.some((d) => d.ruleId === 'yaml-syntax')).toBe(true);
  });
  it('counts a listed name whose reference is undefined (only parameter-not-found reports it)', () => {
    const r = lintTree({
      'index.rst': operationPage('GET', '/v3/{project_id}/things?kind={kind}', table(['project_id: project_id', 'kind: no_such_entry'])),
      'parameters.yaml': PARAMS,
    });
    expect(findingsOf(r, 'path-parameter-missing')).toEqual([]);
    expect(r.all.filter((d) => d.ruleId === 'parameter-not-found').map((d) => d.message)).toEqual([
      'No field definition for ``no_such_entry`` found in ``parameters.yaml``. Skipping.',
    ]);
  });
});

describe('path-parameter-not-in-url', () => {
  it('reports a request row with in: path whose name the URL lacks, at the .inc line, the entry as related', () => {
    const r = lintTree({ 'index.rst': operationPage('GET', '/v3/{project_id}/volumes', table(['project_id: project_id', 'volume_id: volume_id'])), 'parameters.yaml': PARAMS });
    const [f, ...rest] = findingsOf(r, 'path-parameter-not-in-url');
    expect(rest).toEqual([]);
    expect(f!.message).toContain('Path parameter ``volume_id`` is not in the URL /v3/{project_id}/volumes (its path parameters are {project_id})');
    expect(f!.line).toBe(16);
    expect(f!.related?.some((l) => l.file.endsWith('parameters.yaml') && l.line === 6)).toBe(true);
  });
  it('takes a `<name>` in the URL as naming its parameter (adjutant writes /v1/tasks/<task_id>)', () => {
    const r = lintTree({ 'index.rst': operationPage('GET', '/v3/<project_id>/volumes', table(['project_id: project_id', 'volume_id: volume_id'])), 'parameters.yaml': PARAMS });
    expect(findingsOf(r, 'path-parameter-not-in-url').map((d) => d.message.split(' is not')[0])).toEqual(['Path parameter ``volume_id``']);
    expect(findingsOf(r, 'url-angle-placeholder')).toHaveLength(1);
  });
  it('says the In column is wrong for a response row that uses a path entry', () => {
    const body = `${table(['project_id: project_id'])}\nResponse Parameters\n-------------------\n\n.. rest_parameters:: parameters.yaml\n\n   - id: volume_id\n`;
    const [f] = findingsOf(lintTree({ 'index.rst': operationPage('GET', '/v3/{project_id}', body), 'parameters.yaml': PARAMS }), 'path-parameter-not-in-url');
    expect(f!.message).toMatch(/^Response parameter ``id`` uses an entry with ``in: path``/);
  });
});

describe('path-parameter-not-in-url: optional URL prefixes', () => {
  const OPTIONAL = `${PARAMS}project_id_optional:\n  in: path\n  type: string\n  required: false\n  description: The project (optional since 2.60).\ncascade:\n  in: path\n  type: boolean\n  required: false\n  description: Also delete the children.\n`;
  const page = (url: string, rows: string[]) =>
    `=====\nAPI\n=====\n\nOld\n===\n\n.. rest_method:: GET /v2/{project_id}/things\n\n${table(['project_id: project_id'])}\nNew\n===\n\n.. rest_method:: GET ${url}\n\n${table(rows)}`;

  it('leaves a not-required row named like a URL prefix placeholder alone (manila: {project_id} optional)', () => {
    const r = lintTree({ 'index.rst': page('/v2/things', ['project_id: project_id_optional']), 'parameters.yaml': OPTIONAL });
    expect(findingsOf(r, 'path-parameter-not-in-url')).toEqual([]);
  });
  it('still reports a required one, and a not-required one that is no URL prefix (a query parameter marked path)', () => {
    const r = lintTree({ 'index.rst': page('/v2/things', ['project_id: project_id', 'cascade: cascade']), 'parameters.yaml': OPTIONAL });
    expect(findingsOf(r, 'path-parameter-not-in-url').map((d) => d.message.split(' is not')[0])).toEqual([
      'Path parameter ``project_id``',
      'Path parameter ``cascade``',
    ]);
  });
  it('lists only the path part of the URL as its path parameters', () => {
    const r = lintTree({ 'index.rst': operationPage('GET', '/v3/{project_id}/volumes?host={host}', table(['project_id: project_id', 'volume_id: volume_id'])), 'parameters.yaml': PARAMS });
    expect(findingsOf(r, 'path-parameter-not-in-url')[0]!.message).toContain('(its path parameters are {project_id})');
  });
});

describe('status-code-invalid', () => {
  it('reports a listed code outside 100-599, and not a valid one', () => {
    const body = 'Response codes\n--------------\n\n.. rest_status_code:: success status.yaml\n\n   - 200\n   - 999\n';
    const r = lintTree({ 'index.rst': operationPage('GET', '/v1', body), 'status.yaml': '200:\n  default: OK\n' });
    expect(findingsOf(r, 'status-code-invalid').map((d) => [d.line, d.message])).toEqual([
      [16, '``999`` is not an HTTP status code: list a number from 100 to 599, as ``- 404`` or ``- 409: reason_key``.'],
    ]);
  });
});

describe('unknown-http-method', () => {
  it('reports a lower-case method and an unknown one, at the rest_method line', () => {
    const page = `API\n===\n\nOne\n---\n\n.. rest_method:: get /a\n\nTwo\n---\n\n.. rest_method:: FETCH /b\n\nThree\n-----\n\n.. rest_method:: PATCH /c\n`;
    const f = findingsOf(lintTree({ 'index.rst': page }), 'unknown-http-method');
    expect(f.map((d) => [d.line, d.message])).toEqual([
      [7, 'HTTP method "get" must be written in capitals: ``.. rest_method:: GET /a``.'],
      [12, '"FETCH" is not an HTTP method (expected one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, ...). Write `.. rest_method:: METHOD /url`.'],
    ]);
  });
});

describe('a rest_method without an HTTP method (sahara: `.. rest_method:: /v2/jobs`)', () => {
  it('is one finding, which says the method is missing, not three', () => {
    const r = lintTree({ 'index.rst': operationPage('/v2/jobs/{job_id}', '', '.. rest_parameters:: parameters.yaml\n\n   - volume_id: volume_id\n'), 'parameters.yaml': PARAMS });
    const found = r.all.filter((d) => d.ruleId !== 'parameter-unused').map((d) => [d.ruleId, d.message]);
    expect(found).toEqual([['rest-method-syntax', 'rest_method "/v2/jobs/{job_id}" has no HTTP method: write `.. rest_method:: GET /v2/jobs/{job_id}` (or the method it is).']]);
  });
});

describe('url-angle-placeholder', () => {
  it('reports <name> placeholders in the URL, at the rest_method line, with the {name} spelling', () => {
    const page = `API\n===\n\nOne\n---\n\n.. rest_method:: GET /v2/modules/<module_id>\n\nTwo\n---\n\n.. rest_method:: GET /v2/modules/{module_id}\n`;
    const f = findingsOf(lintTree({ 'index.rst': page }), 'url-angle-placeholder');
    expect(f.map((d) => d.line)).toEqual([7]);
    expect(f[0]!.message).toContain('``.. rest_method:: GET /v2/modules/{module_id}``');
  });
  it('goes by what a browser takes for a tag, as the page does: <a.b> is one, <_x> and <1x> are text', () => {
    const page = `API\n===\n\nOne\n---\n\n.. rest_method:: GET /v2/<a.b>/x\n\nTwo\n---\n\n.. rest_method:: GET /v2/<_x>/<1x>\n`;
    const f = findingsOf(lintTree({ 'index.rst': page }), 'url-angle-placeholder');
    expect(f.map((d) => d.line)).toEqual([7]);
    expect(f[0]!.message).toContain('``.. rest_method:: GET /v2/{a.b}/x``');
  });
});

describe('duplicate-operation-title', () => {
  it('reports the second operation with a title already used on the page', () => {
    const page = `API\n===\n\nList\n----\n\n.. rest_method:: GET /a\n\nList\n----\n\n.. rest_method:: GET /b\n\nShow\n----\n\n.. rest_method:: GET /c\n`;
    const f = findingsOf(lintTree({ 'index.rst': page }), 'duplicate-operation-title');
    expect(f.map((d) => d.line)).toEqual([9]);
    expect(f[0]!.related?.[0]?.line).toBe(4);
  });
});

describe('duplicate-operation-anchor', () => {
  // docutils keeps section ids unique, so a duplicate needs a hand-made page (a resolver bug would make one).
  const op = (anchor: string, line: number): Operation => ({
    type: 'operation', depth: 2, method: 'GET', url: `/${anchor}${line}`, title: [], anchor, extraIds: [], minVersion: null, maxVersion: null, children: [],
    position: { file: '/src/index.rst', start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } },
  });
  const siteWith = (ops: Operation[]): Site => {
    const page: Page = { docname: 'index', path: 'index.html', file: '/src/index.rst', title: 'API', titleInline: [], children: ops, tocdepth: null, orphan: false, dependencies: [] };
    return { pages: [page], files: { tryRead: () => null } } as unknown as Site;
  };
  const run = (site: Site) => {
    const out: number[] = [];
    duplicateOperationAnchor.check(site, (_m, span) => out.push(span.start.line), { parameterTypes: [] });
    return out;
  };
  it('reports the second operation with an anchor already used on the page', () => {
    expect(run(siteWith([op('list', 3), op('show', 9), op('list', 15)]))).toEqual([15]);
  });
  it('says nothing about distinct anchors', () => {
    expect(run(siteWith([op('list', 3), op('show', 9)]))).toEqual([]);
  });
});

describe('unused-include', () => {
  it('reports an .inc file no document includes, not one that is included, nor files in _ folders', () => {
    const r = lintTree({
      'index.rst': 'API\n===\n\n.. include:: used.inc\n',
      'used.inc': 'Used\n----\n\ntext\n',
      'stale.inc': 'Stale\n-----\n',
      '_templates/skip.inc': 'x\n',
    });
    const f = findingsOf(r, 'unused-include');
    expect(f.map((d) => path.basename(d.file))).toEqual(['stale.inc']);
    expect(f[0]!.message).toBe('stale.inc is not included by any document: include it from index.rst (``.. include:: stale.inc``) or delete it.');
    expect(fs.existsSync(f[0]!.file)).toBe(true);
  });
  it('suggests an include line that works from where it would be written (paths are relative to the document)', () => {
    const r = lintTree({
      'index.rst': 'API\n===\n\n.. toctree::\n\n   v2/index\n',
      'v2/index.rst': 'V2\n==\n',
      'v2/stale.inc': 'x\n',
      'parts/orphan.inc': 'y\n',
    });
    expect(findingsOf(r, 'unused-include').map((d) => d.message.split('any document: ')[1])).toEqual([
      'include it (``.. include:: /parts/orphan.inc``) or delete it.',
      'include it from v2/index.rst (``.. include:: stale.inc``) or delete it.',
    ]);
  });
  it('counts an .inc file as included when a document includes it through a symbolic link', async () => {
    const { configFor, writeTree } = await import('../helpers/tree.js');
    const { resolveSite } = await import('../../src/resolve/site.js');
    const { runRules } = await import('../../src/rules/index.js');
    const dir = writeTree({ 'index.rst': 'API\n===\n\n.. include:: link.txt\n', 'real.inc': 'Real\n----\n\ntext\n', 'stale.inc': 'x\n' });
    fs.symlinkSync(path.join(dir, 'real.inc'), path.join(dir, 'link.txt'));
    const bag = new DiagnosticBag();
    runRules(resolveSite(configFor(dir), bag), bag);
    expect(bag.list.filter((d) => d.ruleId === 'unused-include').map((d) => path.basename(d.file))).toEqual(['stale.inc']);
  });
});

describe('runRules', () => {
  it('skips a rule turned off in the configuration', async () => {
    const { resolveSite } = await import('../../src/resolve/site.js');
    const { runRules } = await import('../../src/rules/index.js');
    const { configFor, writeTree } = await import('../helpers/tree.js');
    const dir = writeTree({ 'index.rst': 'API\n===\n', 'stale.inc': 'x\n' });
    const bag = new DiagnosticBag();
    runRules(resolveSite(configFor(dir, { rules: { 'unused-include': 'off' } }), bag), bag);
    expect(bag.list.filter((d) => d.ruleId === 'unused-include')).toEqual([]);
  });
});
