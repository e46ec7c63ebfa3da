/**
 * The ten real trees in ../shared/corpus: apiref builds each one, writes the same page paths as os-api-ref's
 * reference build, and ../shared/conformance/compare.py scores it at least 98 overall with no category below 95.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { buildSite } from '../../src/site/build.js';
import { SHARED, hasShared } from '../helpers/tree.js';

const projects = hasShared
  ? fs.readdirSync(path.join(SHARED, 'corpus')).filter((p) => fs.statSync(path.join(SHARED, 'corpus', p)).isDirectory())
  : [];
const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (!hasShared) it.skip('corpus conformance: ../shared/corpus not found, nothing to measure', () => {});

describe.skipIf(!hasShared)('corpus builds', () => {
  it.each(projects)('%s: builds without a crash, at the reference page paths, scoring ≥ 98', (project) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `apiref-${project}-`));
    const diagnostics = new DiagnosticBag();
    const config = loadConfig({ source: path.join(SHARED, 'corpus', project, 'api-ref/source'), out: path.join(out, 'html'), cwd: process.cwd() }, diagnostics);
    const result = buildSite(config, diagnostics);
    const reference = JSON.parse(fs.readFileSync(path.join(SHARED, 'reference', `${project}.model.json`), 'utf8'));
    expect(result.site.pages.map((p) => p.path).sort()).toEqual(Object.keys(reference.pages).sort());
    if (!hasPython) return;
    const model = path.join(out, 'model.json');
    fs.writeFileSync(model, execFileSync('python3', [path.join(SHARED, 'conformance/extract.py'), path.join(out, 'html')], { maxBuffer: 1 << 28 }));
    const report = execFileSync('python3', [path.join(SHARED, 'conformance/compare.py'), path.join(SHARED, 'reference', `${project}.model.json`), model], {
      encoding: 'utf8',
    });
    const overall = Number(/CONFORMANCE ([\d.]+)/.exec(report)![1]);
    const categories = [...report.matchAll(/^(\S[\w ]+?)\s+\d+\/\d+\s+([\d.]+)%$/gm)].filter((m) => !m[1]!.includes('(info)'));
    expect(categories.length).toBeGreaterThan(5);
    for (const [, name, pct] of categories) expect.soft(Number(pct), `${project} ${name}`).toBeGreaterThanOrEqual(95);
    expect(overall).toBeGreaterThanOrEqual(98);
  });
});
