/** Samples against the tables of their operation: input tree → sample-* findings. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf, lintTree, operationPage } from './lint.js';
import { sampleVersion, isIdentifierKey } from '../../src/rules/sample-check.js';
import { sideOfHeading } from '../../src/rules/site-index.js';

const PARAMS = `volume:
  in: body
  type: object
  required: true
  description: A volume.
name:
  in: body
  type: string
  required: true
  description: The name.
size:
  in: body
  type: integer
  required: true
  description: Size in GiB.
description:
  in: body
  type: string
  required: false
  description: Free text.
metadata:
  in: body
  type: object
  required: false
  description: A set of key/value pairs.
`;

const page = (requestSample: string, responseSample = '{"volume": {"name": "a", "size": 1}}', requestRows = ['volume', 'name', 'size', 'description', 'metadata']) =>
  lintTree({
    'index.rst': operationPage(
      'POST',
      '/v3/volumes',
      [
        'Request',
        '-------',
        '',
        '.. rest_parameters:: parameters.yaml',
        '',
        ...requestRows.map((r) => `   - ${r}: ${r.slice(r.lastIndexOf('.') + 1)}`),
        '',
        'Request Example',
        '---------------',
        '',
        '.. literalinclude:: samples/create-request.json',
        '   :language: javascript',
        '',
        'Response Parameters',
        '-------------------',
        '',
        '.. rest_parameters:: parameters.yaml',
        '',
        '   - volume: volume',
        '   - name: name',
        '   - size: size',
        '',
        'Response Example',
        '----------------',
        '',
        '.. literalinclude:: samples/create-response.json',
        '   :language: javascript',
      ].join('\n'),
    ),
    'parameters.yaml': PARAMS,
    'samples/create-request.json': requestSample,
    'samples/create-response.json': responseSample,
  });

const messages = (r: ReturnType<typeof lintTree>, rule: string) => findingsOf(r, rule).map((d) => `${path.basename(d.file)}:${d.line}: ${d.message}`);

describe('sample-undocumented-key', () => {
  it('reports a key the matching table lacks, at the key in the sample', () => {
    const r = page('{"volume": {"name": "a", "size": 1, "colour": "red"}}', '{"volume": {"name": "a", "size": 1, "status": "ok"}}');
    expect(messages(r, 'sample-undocumented-key')).toEqual([
      'create-request.json:1:' + ' Key "volume.colour" of this request sample is not in the request parameters of POST /v3/volumes: add a row for it to the request table (or correct the sample).',
      'create-response.json:1:' + ' Key "volume.status" of this response sample is not in the response parameters of POST /v3/volumes: add a row for it to the response table (or correct the sample).',
    ]);
    expect(findingsOf(r, 'sample-undocumented-key')[0]!.column).toBe(37);
  });
  it('checks a response sample against the response table only', () => {
    // `description` is documented for the request, not the response.
    const r = page('{"volume": {"name": "a", "size": 1}}', '{"volume": {"name": "a", "size": 1, "description": "x"}}');
    expect(messages(r, 'sample-undocumented-key')).toHaveLength(1);
    expect(messages(r, 'sample-undocumented-key')[0]).toContain('create-response.json');
  });
  it('does not look inside free-form maps, nor inside objects most of whose keys are undocumented', () => {
    const r = page('{"volume": {"name": "a", "size": 1, "metadata": {"anything": "goes"}}}', '{"volume": {"name": "a", "size": 1, "links": [{"href": "x", "rel": "self"}]}}');
    expect(messages(r, 'sample-undocumented-key')).toEqual([expect.stringContaining('Key "volume.links"')]);
  });
  it('says which to change when the only object row names a body the sample has unwrapped (murano, monasca)', () => {
    const r = page('{"name": "a", "size": 1}', undefined, ['volume']);
    expect(messages(r, 'sample-undocumented-key')).toEqual([
      expect.stringContaining('the table documents the body as the object ``volume``, which the sample does not have. If the sample is the value of ``volume``, document its keys in the request table (``volume.name``)'),
    ]);
    // A map keyed by data is that object's value: nothing to document key by key (searchlight's facets).
    expect(messages(page('{"OS::Nova::Server": [], "OS::Glance::Image": []}', undefined, ['metadata']), 'sample-undocumented-key')).toEqual([]);
    // Following that advice settles it: `volume.name` documents the sample's `name`.
    const fixed = page('{"name": "a", "size": 1}', undefined, ['volume', 'volume.name', 'volume.size']);
    expect(messages(fixed, 'sample-undocumented-key')).toEqual([]);
  });
  it('takes a key named after a free-form row beside it as one of its pairs (blazar: extra_capability_sample)', () => {
    // `metadata` is free-form ("A set of key/value pairs"); `metadata_colour` is one such pair, flattened.
    expect(messages(page('{"volume": {"name": "a", "size": 1, "metadata_colour": "red"}}'), 'sample-undocumented-key')).toEqual([]);
    expect(messages(page('{"volume": {"name": "a", "size": 1, "colour_metadata": "red"}}'), 'sample-undocumented-key')).toEqual([
      expect.stringContaining('Key "volume.colour_metadata"'),
    ]);
  });
  it('treats UUID keys as data, and reports a sample the table does not describe at all once', () => {
    const uuid = '{"volume": {"name": "a", "size": 1, "metadata": {}}, "4e061c03-611e-4caa-bf26-999dcff4284e": {"name": "b"}}';
    expect(messages(page(uuid), 'sample-undocumented-key')).toEqual([]);
    const r = page('{"volume": {"name": "a", "size": 1}}', '{"CPU %": 3, "MEM": 4}');
    expect(messages(r, 'sample-undocumented-key')).toEqual([expect.stringMatching(/None of the keys of this response sample \("CPU %", "MEM"\)/)]);
  });
  it('skips JSON Patch request bodies', () => {
    const r = page('[{"op": "replace", "path": "/name", "value": "b"}]');
    expect(findingsOf(r, 'sample-undocumented-key')).toEqual([]);
    expect(findingsOf(r, 'sample-missing-required')).toEqual([]);
  });
  it('matches a key against a row named with a placeholder', () => {
    const params = `${PARAMS}gigabytes_type:\n  in: body\n  type: integer\n  required: false\n  description: Per type.\n`;
    const r = lintTree({
      'index.rst': operationPage('GET', '/q', 'Response\n--------\n\n.. rest_parameters:: parameters.yaml\n\n   - volume: volume\n   - size: size\n   - gigabytes_{volume_type}: gigabytes_type\n\nResponse Example\n----------------\n\n.. literalinclude:: r.json\n'),
      'parameters.yaml': params,
      'r.json': '{"volume": {"size": 1, "gigabytes_lvm": 3, "gigabytes___DEFAULT__": "x"}}',
    });
    expect(findingsOf(r, 'sample-undocumented-key')).toEqual([]);
    expect(messages(r, 'sample-type-mismatch')).toEqual([expect.stringContaining('"gigabytes___DEFAULT__" is a string in this sample but the parameter is declared ``integer``')]);
  });
});

describe('sample-missing-required', () => {
  it('reports a required body parameter the request sample lacks, at the table row', () => {
    const r = page('{"volume": {"name": "a"}}');
    const f = findingsOf(r, 'sample-missing-required');
    expect(f.map((d) => [path.basename(d.file), d.line])).toEqual([['index.rst', 17]]);
    expect(f[0]!.message).toBe(
      'Required body parameter "size" of POST /v3/volumes does not appear in the request sample samples/create-request.json: add it to the sample, or mark the parameter `required: false` if it is optional.',
    );
  });
  it('does not ask for a required body row named like a {placeholder} of the URL (the value goes in the URL: karbor)', () => {
    const body = '.. rest_parameters:: parameters.yaml\n\n   - name: name\n   - size: size\n\nRequest Example\n---------------\n\n.. literalinclude:: samples/r.json\n';
    const tree = (url: string) => lintTree({ 'index.rst': operationPage('PUT', url, `Request\n-------\n\n${body}`), 'parameters.yaml': PARAMS, 'samples/r.json': '{"name": "a"}' });
    expect(findingsOf(tree('/v3/volumes/{size}'), 'sample-missing-required')).toEqual([]);
    expect(findingsOf(tree('/v3/volumes/{id}'), 'sample-missing-required')).toHaveLength(1);
  });
  it('accepts a sample with every required parameter, optional ones left out', () => {
    expect(findingsOf(page('{"volume": {"name": "a", "size": 1}}'), 'sample-missing-required')).toEqual([]);
  });
  it('in a flat table, does not ask for the required fields of an optional object the sample leaves out (tacker)', () => {
    // `metadata` (optional object) is listed right before `name`/`size` here, so in this flat table they read as
    // its fields: absent together with it, not missing. `volume` brings the next key of the sample's top level.
    const sample = '{"volume": {"description": "x"}}';
    expect(findingsOf(page(sample, undefined, ['volume', 'description', 'metadata', 'name', 'size']), 'sample-missing-required')).toEqual([]);
    // Listed before the optional object, they are the body's own fields: missing.
    expect(findingsOf(page(sample, undefined, ['volume', 'name', 'size', 'description', 'metadata']), 'sample-missing-required')).toHaveLength(2);
  });
});

describe('sample-type-mismatch', () => {
  it('reports a value whose JSON type disagrees with the declared type, at the value', () => {
    const r = page('{"volume": {"name": 5, "size": "10"}}');
    expect(messages(r, 'sample-type-mismatch')).toEqual([
      'create-request.json:1: "name" is an integer in this sample but the parameter is declared ``string``: correct the sample value or the parameter type.',
      'create-request.json:1: "size" is a string in this sample but the parameter is declared ``integer``: correct the sample value or the parameter type.',
    ]);
  });
  it('allows null anywhere and integers for floats', () => {
    expect(findingsOf(page('{"volume": {"name": null, "size": 1}}'), 'sample-type-mismatch')).toEqual([]);
  });
  it('does not re-report invalid JSON (literalinclude does)', () => {
    const r = page('{"volume": ');
    expect(r.findings.filter((d) => d.ruleId.startsWith('sample-'))).toEqual([]);
  });
});

describe('matching helpers', () => {
  it('reads the side from a heading', () => {
    expect(['Request Example', 'Response Parameters', 'Request and response', 'Example'].map(sideOfHeading)).toEqual(['request', 'response', null, null]);
    // Both words: the first names the side, unless the two are named together.
    expect(
      ['Example response: get details of a specific accelerator request', 'Example request: create a response plan', 'Request/Response Example', 'Responses or requests'].map(sideOfHeading),
    ).toEqual(['response', 'request', null, null]);
  });
  it('reads the microversion from a sample path', () => {
    expect(sampleVersion('/s/allocations/update-request-1.28.json')).toEqual([1, 28]);
    expect(sampleVersion('/s/volumes/v3.65/show-response.json')).toEqual([3, 65]);
    expect(sampleVersion('/s/volume-show-response.json')).toBeNull();
  });
  it('knows data keys from names', () => {
    expect(['4e061c03-611e-4caa-bf26-999dcff4284e', '12', 'key1', 'name'].map(isIdentifierKey)).toEqual([true, true, true, false]);
    expect(['OS::Nova::Server', 'OS::Glance::Image', 'hw:numa_nodes', 'a::'].map(isIdentifierKey)).toEqual([true, true, false, false]);
  });
});

describe('sample-undocumented-key: nested objects documented as a whole', () => {
  it('a nested key that repeats a key of the enclosing object is no sign that the nested object is documented (neutron-lib)', () => {
    const params = ['thing', 'id', 'description', 'rules'].map((n) => `${n}:\n  in: body\n  type: ${n === 'thing' ? 'object' : n === 'rules' ? 'array' : 'string'}\n  required: true\n  description: The ${n}.\n`).join('');
    const body = ['Response Parameters', '-------------------', '', '.. rest_parameters:: parameters.yaml', '', ...['thing', 'id', 'description', 'rules'].map((n) => `   - ${n}: ${n}`), '', 'Response Example', '----------------', '', '.. literalinclude:: show.json', '   :language: javascript', ''].join('\n');
    const sample = '{"thing": {"id": "1", "description": "d", "rules": [{"id": "r1", "description": "", "direction": "egress", "protocol": null}]}}';
    const r = lintTree({ 'index.rst': operationPage('GET', '/things/{id}', body), 'parameters.yaml': params, 'show.json': sample });
    expect(findingsOf(r, 'sample-undocumented-key')).toEqual([]);
  });
});

describe('samples of a key/value pair', () => {
  it('are not compared key by key when the table has rows named key and value (nova extra specs)', () => {
    const params = 'key:\n  in: body\n  type: string\n  required: true\n  description: The spec name.\nvalue:\n  in: body\n  type: string\n  required: true\n  description: The spec value.\n';
    const body = ['Request', '-------', '', '.. rest_parameters:: parameters.yaml', '', '   - key: key', '   - value: value', '', 'Request Example', '---------------', '', '.. literalinclude:: req.json', '   :language: javascript', ''].join('\n');
    const r = lintTree({ 'index.rst': operationPage('PUT', '/flavors/{flavor_id}/os-extra-specs/{key}', body), 'parameters.yaml': params, 'req.json': '{"hw:numa_nodes": "1"}' });
    expect(r.all.filter((d) => d.ruleId.startsWith('sample-'))).toEqual([]);
  });
});

describe('sample-undocumented-key and rows whose reference is undefined', () => {
  it('a sample key named like such a row is left to parameter-not-found (the row is there, its definition is not)', () => {
    const r = page('{"volume": {"name": "a", "size": 1, "status": "x"}}', undefined, ['volume', 'name', 'size', 'description', 'metadata', 'status']);
    expect(r.all.filter((d) => d.ruleId === 'parameter-not-found')).toHaveLength(1);
    expect(findingsOf(r, 'sample-undocumented-key')).toEqual([]);
  });
  it('a sample all of whose keys are such rows is not reported as undescribed by the table', () => {
    // mogan's remote console request: rows `protocol` and `type` point at entries parameters.yaml lacks.
    const r = page('{"protocol": "serial", "console": "shellinabox"}', undefined, ['volume', 'protocol', 'console']);
    expect(r.all.filter((d) => d.ruleId === 'parameter-not-found')).toHaveLength(2);
    expect(findingsOf(r, 'sample-undocumented-key')).toEqual([]);
  });
});

