/**
 * Every parameters*.yaml, status.yaml and JSON sample of the ten real api-ref trees in ../shared/corpus.
 * The expected warnings below are what those files really contain (checked by hand against the files).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadParameters, type ParameterFile } from '../../src/data/parameters.js';
import { loadStatus, type StatusFile } from '../../src/data/status.js';
import { checkParameterFile, checkStatusFile } from '../../src/data/schema-check.js';
import { parseJsonSample } from '../../src/data/samples.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const present = existsSync(corpus);

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

describe.skipIf(!present)('corpus data files (needs ../shared/corpus; skipped without it)', () => {
  const all = present ? walk(corpus).sort() : [];
  const yamlFiles = all.filter((f) => /parameters[^/]*\.yaml$|\/status\.yaml$/.test(f));
  const rel = (f: string) => path.relative(corpus, f);
  const params = new Map<string, ParameterFile>();
  const statuses = new Map<string, StatusFile>();
  const diags: Diagnostic[] = [];
  for (const f of yamlFiles) {
    const bag = new DiagnosticBag();
    const text = readFileSync(f, 'utf8');
    if (f.endsWith('/status.yaml')) {
      const sf = loadStatus(f, text, bag);
      checkStatusFile(sf, bag);
      statuses.set(rel(f), sf);
    } else {
      const pf = loadParameters(f, text, bag);
      checkParameterFile(pf, bag);
      params.set(rel(f), pf);
    }
    diags.push(...bag.list);
  }

  it('finds all 20 files', () => {
    expect(params.size).toBe(15);
    expect(statuses.size).toBe(5);
  });

  it('loads every file without errors; the warnings are the real mistakes in the files', () => {
    expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
    // No corpus file has duplicate keys (verified with PyYAML); all warnings are schema findings.
    expect(diags.map((d) => `${rel(d.file)}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'cinder/api-ref/source/v2/parameters.yaml:1332:3 Unknown field ``require`` in ``os-show_image_metadata`` (did you mean ``required``?).',
      'cinder/api-ref/source/v3/parameters.yaml:427:1 Missing field ``type`` in ``migration_status_query``.',
      'cinder/api-ref/source/v3/parameters.yaml:1209:3 Unknown field ``requered`` in ``dependents`` (did you mean ``required``?).',
      'cinder/api-ref/source/v3/parameters.yaml:1330:3 Unknown field ``requered`` in ``desired_capacity`` (did you mean ``required``?).',
      'cinder/api-ref/source/v3/parameters.yaml:2494:3 Unknown field ``require`` in ``os-show_image_metadata`` (did you mean ``required``?).',
      'cinder/api-ref/source/v3/parameters.yaml:2500:3 Unknown field ``require`` in ``os-terminate_connection`` (did you mean ``required``?).',
      'cinder/api-ref/source/v3/parameters.yaml:3238:1 Missing field ``description`` in ``timeout``.',
      'cinder/api-ref/source/v3/parameters.yaml:3239:3 Unknown field ``descripition`` in ``timeout`` (did you mean ``description``?).',
      'trove/api-ref/source/parameters.yaml:516:3 Unknown field ``require`` in ``instance_hostname`` (did you mean ``required``?).',
      'trove/api-ref/source/parameters.yaml:528:3 Unknown field ``require`` in ``instance_ip_address`` (did you mean ``required``?).',
      'trove/api-ref/source/parameters.yaml:536:3 Unknown field ``require`` in ``instance_ip_addresses`` (did you mean ``required``?).',
      'zun/api-ref/source/parameters.yaml:1283:13 ``required`` in ``project_id_container_action`` must be boolean.',
    ]);
  });

  it('cinder v3: `min_version: 3.60` stays "3.60"', () => {
    const e = params.get('cinder/api-ref/source/v3/parameters.yaml')!.byKey.get('filter_created_at')!;
    expect(e.minVersion).toBe('3.60');
    expect(e.in).toBe('query');
    expect(e.keySpan.start.line).toBe(299);
  });

  it('placement: merge keys carry the anchored fields', () => {
    const e = params.get('placement/api-ref/source/parameters.yaml')!.byKey.get('allocation_candidates_in_tree_granular')!;
    expect(e).toMatchObject({ in: 'query', type: 'string', minVersion: '1.31' });
    expect(e.required.isFalseOrAbsent).toBe(true);
    expect(e.description).toMatch(/^A string representing a resource provider uuid. The parameter key is/);
  });

  it('zun: `required: ture` is not optional for os-api-ref 2.3.0', () => {
    const e = params.get('zun/api-ref/source/parameters.yaml')!.byKey.get('project_id_container_action')!;
    expect(e.required).toEqual({ value: 'ture', isTrue: false, isFalseOrAbsent: false });
  });

  it('trove: `require: false` leaves required absent (so the row is optional)', () => {
    const e = params.get('trove/api-ref/source/parameters.yaml')!.byKey.get('instance_hostname')!;
    expect(e.required.value).toBeUndefined();
    expect(e.required.isFalseOrAbsent).toBe(true);
  });

  it('heat status.yaml: a one-space indented 409 still has both reasons', () => {
    const c = statuses.get('heat/api-ref/source/v1/status.yaml')!.codes.get(409)!;
    expect(c.default).toBe('This operation conflicted with another operation on this resource.\n');
    expect(c.reasons.get('duplicate_zone')!.text).toBe('There is already a zone with this name.\n');
  });

  // PyYAML with os-api-ref's float-as-text rule is what os-api-ref sees: compare the whole data, key order included.
  const pyOk =
    present &&
    (() => {
      try {
        execFileSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    })();
  it.skipIf(!pyOk)('reads every file exactly as PyYAML does (needs python3 with PyYAML; skipped without it)', () => {
    const script = [
      'import json, sys, yaml',
      'class Loader(yaml.SafeLoader): pass',
      "Loader.add_constructor('tag:yaml.org,2002:float', yaml.constructor.SafeConstructor.construct_yaml_str)",
      'print(json.dumps({f: yaml.load(open(f), Loader) for f in sys.argv[1:]}))',
    ].join('\n');
    const py = JSON.parse(execFileSync('python3', ['-c', script, ...yamlFiles], { maxBuffer: 1 << 28 }).toString());
    for (const f of yamlFiles) {
      const ours = (params.get(rel(f)) ?? statuses.get(rel(f)))!.data;
      expect(JSON.stringify(ours), rel(f)).toBe(JSON.stringify(py[f]));
    }
  });

  it('JSON samples: four are really invalid, reported where Python json also fails', () => {
    const bag = new DiagnosticBag();
    let ok = 0;
    const samples = all.filter((f) => f.endsWith('.json'));
    for (const f of samples) if (parseJsonSample(f, readFileSync(f, 'utf8'), bag).ok) ok++;
    expect(samples.length - ok).toBe(4);
    expect(bag.list.map((d) => `${rel(d.file)}:${d.line}:${d.column}`).sort()).toEqual([
      'heat/api-ref/source/v1/samples/configs-list-response.json:7:5',
      'zun/api-ref/source/samples/capsule-create-req.json:77:9',
      'zun/api-ref/source/samples/host-get-all-resp.json:27:13',
      'zun/api-ref/source/samples/host-get-resp.json:22:5',
    ]);
  });
});
