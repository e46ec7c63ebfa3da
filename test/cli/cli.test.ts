import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeTree } from '../helpers/tree.js';

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd,
    env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
}

const GOOD = {
  'api-ref/source/index.rst': 'Orbit\n=====\n\n.. toctree::\n\n   v2/index\n',
  'api-ref/source/v2/index.rst': 'V2\n==\n\nList\n----\n\n.. rest_method:: GET /v2/things\n\n.. rest_status_code:: success ../status.yaml\n\n   - 200\n',
  'api-ref/source/status.yaml': '200:\n  default: OK then.\n',
};

describe('apiref build', () => {
  it('builds ./api-ref/source into api-ref/build/html at Sphinx page paths, exit 0, one summary line', async () => {
    const dir = writeTree(GOOD);
    const r = await run(['build'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^apiref: 2 pages, 1 operations, 0 warnings, 0 errors in \d+ ms → api-ref\/build\/html\/index.html\n$/);
    const out = path.join(dir, 'api-ref/build/html');
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'v2/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, '_static/apiref.js'))).toBe(true);
    // Nothing loaded from the network.
    const html = fs.readFileSync(path.join(out, 'v2/index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('exits 1 when the tree has errors, and with --strict on warnings', async () => {
    const dir = writeTree({ ...GOOD, 'api-ref/source/v2/index.rst': 'V2\n==\n\n.. nosuchdirective::\n' });
    expect((await run(['build'], dir)).code).toBe(1);
    const warn = writeTree({ ...GOOD, 'api-ref/source/index.rst': 'Orbit\n=====\n\nA *broken emphasis\n\n.. toctree::\n\n   v2/index\n' });
    expect((await run(['build'], warn)).code).toBe(0);
    expect((await run(['build', '--strict'], warn)).code).toBe(1);
  });

  it('exits 2 for an unreadable source directory or a bad configuration, never for problems inside the tree', async () => {
    const dir = writeTree(GOOD);
    const missing = await run(['build', 'nope'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/source directory not found/);
    fs.writeFileSync(path.join(dir, 'apiref.config.json'), '{"rules": {"raw-html": "loud"}}');
    const bad = await run(['build'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\/rules\/raw-html/);
    expect((await run(['build', '--bogus'], dir)).code).toBe(2);
  });

});

describe('apiref lint', () => {
  it('prints findings as JSON with 1-based positions relative to the working directory, exit 1 on errors', async () => {
    const dir = writeTree({ ...GOOD, 'api-ref/source/v2/index.rst': 'V2\n==\n\nList\n----\n\n.. rest_method:: GET /v2/things\n\n.. rest_status_code:: success ../status.yaml\n\n   - 201\n' });
    const r = await run(['lint', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { file: string; line: number; column: number; ruleId: string; severity: string }[];
    expect(findings).toContainEqual(expect.objectContaining({ file: 'api-ref/source/v2/index.rst', line: 11, ruleId: 'status-code-not-found', severity: 'error' }));
  });

  it('reports a finding once when it repeats exactly (a description used by three rows: octavia printed 29 copies)', async () => {
    const rows = '.. rest_parameters:: ../parameters.yaml\n\n   - a: status\n   - b: status\n   - c: status\n';
    const dir = writeTree({
      ...GOOD,
      'api-ref/source/v2/index.rst': `V2\n==\n\nList\n----\n\n.. rest_method:: GET /v2/things\n\n${rows}\nShow\n----\n\n.. rest_method:: GET /v2/things/x\n\n${rows}`,
      'api-ref/source/parameters.yaml': 'status:\n  description: See :ref:`nowhere`.\n  in: body\n  required: true\n  type: string\n',
    });
    const findings = JSON.parse((await run(['lint', '--format', 'json'], dir)).stdout) as { ruleId: string; file: string; line: number }[];
    expect(findings.filter((f) => f.ruleId === 'broken-reference').map((f) => [f.file, f.line])).toEqual([['api-ref/source/parameters.yaml', 2]]);
  });

  it("leaves out docutils' INFO-level messages, as Sphinx does, unless the configuration names their rule", async () => {
    const dir = writeTree({ ...GOOD, 'api-ref/source/index.rst': 'Orbit\n=====\n\n3. three\n4. four\n\n.. toctree::\n\n   v2/index\n' });
    const lint = async () => (JSON.parse((await run(['lint', '--format', 'json'], dir)).stdout) as { ruleId: string; severity: string; message: string }[]).map((f) => [f.ruleId, f.severity, f.message]);
    expect(await lint()).toEqual([]);
    fs.writeFileSync(path.join(dir, 'apiref.config.json'), '{"rules": {"rst-syntax": "warn"}}');
    expect(await lint()).toEqual([['rst-syntax', 'warn', 'Enumerated list start value not ordinal-1: "3" (ordinal 3)']]);
  });

  it('honours --max-warnings and per-rule severities from the configuration', async () => {
    const dir = writeTree({ ...GOOD, 'api-ref/source/index.rst': 'Orbit\n=====\n\nA *broken emphasis\n\n.. toctree::\n\n   v2/index\n' });
    expect((await run(['lint', '--max-warnings', '0'], dir)).code).toBe(1);
    expect((await run(['lint', '--max-warnings', '5'], dir)).code).toBe(0);
    expect((await run(['lint', '--max-warnings', 'x'], dir)).code).toBe(2);
    fs.writeFileSync(path.join(dir, 'apiref.config.json'), '{"rules": {"rst-syntax": "error"}}');
    expect((await run(['lint'], dir)).code).toBe(1);
    fs.writeFileSync(path.join(dir, 'apiref.config.json'), '{"rules": {"rst-syntax": "off"}}');
    const off = await run(['lint', '--format', 'json', '--max-warnings', '0'], dir);
    expect(JSON.parse(off.stdout)).toEqual([]);
    expect(off.code).toBe(0);
  });

  it('writes the report to --output and logs to stderr only', async () => {
    const dir = writeTree(GOOD);
    const r = await run(['lint', '--format', 'sarif', '--output', 'report.sarif'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('--fix sorts parameters.yaml into os-api-ref order, and a second --fix changes nothing', async () => {
    const dir = writeTree({
      ...GOOD,
      'api-ref/source/v2/index.rst': 'V2\n==\n\nList\n----\n\n.. rest_method:: GET /v2/{id}\n\n.. rest_parameters:: ../parameters.yaml\n\n   - id: id\n   - name: name\n',
      'api-ref/source/parameters.yaml': '# header\nname:\n  in: body\n  type: string\n  description: n\n  min_version: 2.10\nid:\n  in: path\n  required: true\n  type: string\n  description: i\n',
    });
    const file = path.join(dir, 'api-ref/source/parameters.yaml');
    await run(['lint', '--fix'], dir);
    const fixed = fs.readFileSync(file, 'utf8');
    expect(fixed).toBe("# header\nid:\n  in: path\n  required: true\n  type: string\n  description: i\nname:\n  in: body\n  type: string\n  description: n\n  min_version: '2.10'\n");
    await run(['lint', '--fix'], dir);
    expect(fs.readFileSync(file, 'utf8')).toBe(fixed);
  });
});

describe('adopting apiref on a tree with existing problems', () => {
  const TREE = {
    ...GOOD,
    'api-ref/source/index.rst': 'Orbit\n=====\n\nA *broken emphasis\n\n.. toctree::\n\n   v2/index\n',
  };

  it('a baseline of known findings hides them, and new findings still show', async () => {
    const dir = writeTree(TREE);
    fs.writeFileSync(path.join(dir, 'apiref.config.json'), '{"baseline": "known.json"}');
    await run(['lint', '--write-baseline'], dir);
    expect(fs.existsSync(path.join(dir, 'known.json'))).toBe(true);
    expect(JSON.parse((await run(['lint', '--format', 'json'], dir)).stdout)).toEqual([]);
    // Lines added above the known finding: it is still known. A new problem is reported.
    fs.writeFileSync(path.join(dir, 'api-ref/source/index.rst'), 'Orbit\n=====\n\nNew *trouble\n\nA *broken emphasis\n\n.. toctree::\n\n   v2/index\n');
    const findings = JSON.parse((await run(['lint', '--format', 'json'], dir)).stdout);
    // Known findings are counted per file, rule and message (not line), so one of the two is new.
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'rst-syntax', severity: 'warn' });
  });

  it('an inline comment silences one rule on the next line', async () => {
    const dir = writeTree({
      ...TREE,
      'api-ref/source/index.rst': 'Orbit\n=====\n\n.. apiref-disable-next-line rst-syntax\n\nA *broken emphasis\n\nAnother *broken one\n\n.. toctree::\n\n   v2/index\n',
    });
    const findings = JSON.parse((await run(['lint', '--format', 'json'], dir)).stdout);
    expect(findings.map((f: { line: number }) => f.line)).toEqual([8]);
  });
});
