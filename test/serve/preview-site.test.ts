/** Incremental rebuilds of the preview: what a change re-renders, and findings replaced, never doubled or lost. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PreviewSite } from '../../src/serve/preview-site.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { renderSite } from '../../src/site/build.js';
import { finalFindings } from '../../src/rules/findings.js';
import { copyExample, edit } from './example-copy.js';

function fresh(): { src: string; site: PreviewSite } {
  const src = copyExample();
  const site = new PreviewSite({ source: src, cwd: src });
  site.build();
  return { src, site };
}

/** What a from-scratch build of the same tree finds, for comparison. */
function buildFindings(src: string): string[] {
  const bag = new DiagnosticBag();
  const config = loadConfig({ source: src, cwd: src }, bag);
  const built = renderSite(config, bag);
  return finalFindings(bag.list, config, built.site.files, config.baselineFile ?? null).map((d) => JSON.stringify(d));
}

const html = (site: PreviewSite, p: string) => String(site.file(p));

describe('PreviewSite', () => {
  it('first build: every page and asset in memory, findings as a full build has them', () => {
    const { src, site } = fresh();
    expect(site.site.pages.map((p) => p.path)).toEqual(expect.arrayContaining(['index.html', 'v2/index.html', 'concepts.html']));
    expect(site.file('_static/apiref.js')).toBeDefined();
    expect(html(site, 'v2/index.html')).not.toContain('/_apiref/');
    expect(site.diagnostics.map((d) => JSON.stringify(d))).toEqual(buildFindings(src));
  });

  it('an edit to one .inc re-renders only the page that includes it', () => {
    const { src, site } = fresh();
    const inc = path.join(src, 'v2', 'volumes.inc');
    edit(inc, 'Lists the volumes of a project, newest first.', 'Lists the volumes, EDITED-INC.');
    const r = site.update([{ file: inc, event: 'change' }]);
    expect(r.kind).toBe('partial');
    expect(r.rendered).toEqual(['v2/index.html']);
    expect(html(site, 'v2/index.html')).toContain('EDITED-INC');
  });

  it('an edit to a sample re-renders the pages that show it', () => {
    const { src, site } = fresh();
    const sample = path.join(src, 'v2', 'samples', 'volume-create-req.json');
    edit(sample, '{', '{\n    "edited_sample_key": 1,');
    const r = site.update([{ file: sample, event: 'change' }]);
    expect(r.rendered.sort()).toEqual(['index.html', 'v2/index.html']);
    expect(html(site, 'v2/index.html')).toContain('edited_sample_key');
    expect(html(site, 'index.html')).toContain('edited_sample_key');
  });

  it('an edit to parameters.yaml re-renders the pages whose tables use it', () => {
    const { src, site } = fresh();
    const params = path.join(src, 'v2', 'parameters.yaml');
    edit(params, 'The UUID of the project.', 'The UUID of the project, EDITED-PARAM.');
    const r = site.update([{ file: params, event: 'change' }]);
    expect(r.rendered).toEqual(['v2/index.html']);
    expect(html(site, 'v2/index.html')).toContain('EDITED-PARAM');
    expect(site.diagnostics.map((d) => JSON.stringify(d))).toEqual(buildFindings(src));
  });

  it('a new finding replaces the old list, and fixing it removes it (no duplicates, none lost)', () => {
    const { src, site } = fresh();
    const before = site.diagnostics.length;
    const inc = path.join(src, 'v2', 'volumes.inc');
    const original = fs.readFileSync(inc, 'utf8');
    fs.writeFileSync(inc, `${original}\n.. no-such-directive:: x\n`);
    site.update([{ file: inc, event: 'change' }]);
    site.update([{ file: inc, event: 'change' }]);
    expect(site.diagnostics.filter((d) => d.ruleId === 'unknown-directive')).toHaveLength(1);
    expect(site.diagnostics.map((d) => JSON.stringify(d))).toEqual(buildFindings(src));
    fs.writeFileSync(inc, original);
    site.update([{ file: inc, event: 'change' }]);
    expect(site.diagnostics).toHaveLength(before);
  });

  it('a change that adds errors keeps the last good page served, with the finding listed for it', () => {
    const { src, site } = fresh();
    const inc = path.join(src, 'v2', 'volumes.inc');
    const good = html(site, 'v2/index.html');
    edit(inc, 'Lists the volumes of a project, newest first.', 'BROKEN-VERSION\n\n.. rest_parameters:: missing.yaml\n\n   - a: b\n');
    const r = site.update([{ file: inc, event: 'change' }]);
    expect(r.kept).toEqual(['v2/index.html']);
    expect(html(site, 'v2/index.html')).toBe(good);
    expect(site.diagnosticsFor('v2/index.html').some((d) => d.severity === 'error' && d.file === inc)).toBe(true);
    // Fixed: the new version is served.
    edit(inc, 'BROKEN-VERSION\n\n.. rest_parameters:: missing.yaml\n\n   - a: b\n', 'FIXED-VERSION');
    const r2 = site.update([{ file: inc, event: 'change' }]);
    expect(r2.kept).toEqual([]);
    expect(html(site, 'v2/index.html')).toContain('FIXED-VERSION');
  });

  it('a new section title (a label\'s text) re-links every page that refers to it', () => {
    const { src, site } = fresh();
    const concepts = path.join(src, 'concepts.rst');
    const text = fs.readFileSync(concepts, 'utf8');
    const m = /\.\. _auth-tokens:\n\n(.+)\n([=\-~^"+*]+)\n/.exec(text)!;
    expect(m).not.toBeNull();
    fs.writeFileSync(concepts, text.replace(m[0], `.. _auth-tokens:\n\nRenamed Tokens\n${m[2]![0]!.repeat(14)}\n`));
    const r = site.update([{ file: concepts, event: 'change' }]);
    expect(r.rendered.sort()).toEqual(site.site.pages.map((p) => p.path).sort());
    expect(html(site, 'v2/index.html')).toContain('Renamed Tokens');
    // Re-linked in place, the pages are those of a build from scratch.
    const full = new PreviewSite({ source: src, cwd: src });
    full.build();
    for (const p of full.site.pages) expect(html(site, p.path)).toBe(html(full, p.path));
  });

  it('an edit to conf.py rebuilds everything with the new settings', () => {
    const { src, site } = fresh();
    const conf = path.join(src, 'conf.py');
    fs.appendFileSync(conf, "\nproject = 'Renamed Project'\n");
    const r = site.update([{ file: conf, event: 'change' }]);
    expect(r.kind).toBe('full');
    expect(site.config.project).toBe('Renamed Project');
  });

  it('a new or deleted .rst document rebuilds everything', () => {
    const { src, site } = fresh();
    const extra = path.join(src, 'extra.rst');
    fs.writeFileSync(extra, 'Extra page\n==========\n\nHello.\n');
    const r = site.update([{ file: extra, event: 'add' }]);
    expect(r.kind).toBe('full');
    expect(html(site, 'extra.html')).toContain('Hello.');
    fs.rmSync(extra);
    const r2 = site.update([{ file: extra, event: 'unlink' }]);
    expect(r2.kind).toBe('full');
    expect(site.file('extra.html')).toBeUndefined();
  });

  it('a deleted or half-written include is a finding, not a crash; restoring it restores the page', () => {
    const { src, site } = fresh();
    const inc = path.join(src, 'v2', 'snapshots.inc');
    const original = fs.readFileSync(inc);
    fs.rmSync(inc);
    site.update([{ file: inc, event: 'unlink' }]);
    expect(site.diagnostics.some((d) => d.ruleId === 'file-unreadable')).toBe(true);
    fs.writeFileSync(inc, Buffer.concat([original.subarray(0, 40), Buffer.from([0xc3])]));
    site.update([{ file: inc, event: 'add' }]);
    expect(site.diagnostics.some((d) => d.message.includes('not valid UTF-8'))).toBe(true);
    fs.writeFileSync(inc, original);
    site.update([{ file: inc, event: 'change' }]);
    expect(site.diagnostics.map((d) => JSON.stringify(d))).toEqual(buildFindings(src));
  });

  it('a file no page reads changes nothing', () => {
    const { src, site } = fresh();
    const other = path.join(src, 'notes.txt');
    fs.writeFileSync(other, 'x');
    expect(site.update([{ file: other, event: 'change' }]).kind).toBe('none');
  });

  it('watches the source tree and the configuration', () => {
    const { src, site } = fresh();
    expect(site.watchPaths()).toContain(src);
  });
});

const SHARED = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared');
const MASAKARI = path.join(SHARED, 'corpus', 'masakari');
const HAS_MASAKARI = fs.existsSync(path.join(MASAKARI, 'api-ref', 'source', 'index.rst'));
if (!HAS_MASAKARI) console.warn('corpus part of the preview tests skipped: ../shared/corpus/masakari is absent');

describe.skipIf(!HAS_MASAKARI)('PreviewSite on a corpus tree with samples outside the source (masakari)', () => {
  it('watches the outside samples; an edit to one gives the same pages and findings as a full build', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-serve-masakari-'));
    fs.cpSync(MASAKARI, dir, { recursive: true });
    const src = path.join(dir, 'api-ref', 'source');
    const site = new PreviewSite({ source: src, cwd: dir });
    site.build();
    const sample = path.join(dir, 'doc', 'api_samples', 'segments', 'segment-create-req.json');
    expect(site.watchPaths()).toContain(sample);
    edit(sample, '{', '{\n    "edited_outside": 1,');
    const r = site.update([{ file: sample, event: 'change' }]);
    expect(r.rendered).toEqual(['index.html']);
    expect(html(site, 'index.html')).toContain('edited_outside');

    const full = new PreviewSite({ source: src, cwd: dir });
    full.build();
    expect(html(site, 'index.html')).toBe(html(full, 'index.html'));
    expect(site.diagnostics).toEqual(full.diagnostics);
    expect(site.diagnostics.map((d) => JSON.stringify(d))).toEqual(buildFindings(src));
  });
});
