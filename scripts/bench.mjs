#!/usr/bin/env node
/**
 * Benchmarks apiref on the shared corpus (../shared/corpus/<project>/api-ref/source), whole process, as people run
 * it: `apiref build SRC -o TMP -q` and `apiref lint SRC --format json`, several runs each, median quoted, peak
 * memory of the child, pages and operations per second; and, where os-api-ref is installed, the Sphinx build of
 * the same tree in the same run, alternating with ours so that machine load hits both alike.
 *
 *   npm run bench [-- --runs 5] [--no-sphinx] [--only cinder[,glance]] [--profile | --profile-only] [--json FILE]
 *
 * --profile also writes a CPU profile of the cinder build (node --cpu-prof) and prints where the time goes,
 * grouped by pipeline stage (the tables in docs/performance.md come from it).
 * Run `npm run build` first: the benchmark runs the compiled CLI in dist/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(REPO, '../shared/corpus');
const CLI = path.join(REPO, 'bin/apiref.js');
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const TARGET_RATIO = 50;
const TARGET_TOTAL_MS = 1500;
const TARGET_RSS_MB = 300;

function parseArgs(argv) {
  const o = { runs: 3, sphinx: true, only: null, profile: false, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Math.max(1, Number.parseInt(argv[++i], 10) || 1);
    else if (a === '--no-sphinx') o.sphinx = false;
    else if (a === '--only') o.only = new Set(argv[++i].split(','));
    else if (a === '--profile') o.profile = true;
    else if (a === '--profile-only') o.profileOnly = o.profile = true;
    else if (a === '--json') o.json = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/bench.mjs [--runs N] [--no-sphinx] [--only a,b] [--profile | --profile-only] [--json FILE]');
      process.exit(0);
    } else {
      console.error(`bench: unknown option ${a}`);
      process.exit(2);
    }
  }
  return o;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const hasTime = fs.existsSync(TIME);

/**
 * Runs a command to completion; wall time from our side, peak RSS (KB) and CPU time (user + system, ms) of the
 * child from /usr/bin/time (Node cannot see a spawned child's rusage). Exit codes 0 and 1 (findings) are both
 * normal runs.
 */
function run(cmd, args, opts = {}) {
  const rssFile = path.join(os.tmpdir(), `apiref-bench-rss-${process.pid}`);
  const [file, argv] = hasTime ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssKb = NaN;
  let cpuMs = NaN;
  if (hasTime) {
    try {
      const [rss, user, sys] = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ');
      rssKb = Number.parseInt(rss, 10);
      cpuMs = (Number(user) + Number(sys)) * 1000;
    } catch {
      /* no figure */
    }
    fs.rmSync(rssFile, { force: true });
  }
  if (r.error || r.status === null || r.status > 1) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${(r.stderr ?? '').slice(-2000)}`);
  }
  return { ms, rssKb, cpuMs, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function sphinxAvailable() {
  return spawnSync(PYTHON, ['-c', 'import os_api_ref'], { stdio: 'ignore' }).status === 0;
}

function projects(only) {
  if (!fs.existsSync(CORPUS)) return [];
  return fs
    .readdirSync(CORPUS)
    .filter((p) => fs.existsSync(path.join(CORPUS, p, 'api-ref/source/index.rst')))
    .filter((p) => !only || only.has(p))
    .sort();
}

function benchTree(project, o, withSphinx) {
  const src = path.join(CORPUS, project, 'api-ref/source');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `apiref-bench-${project}-`));
  const builds = [];
  const lints = [];
  const sphinx = [];
  let pages = 0;
  let operations = 0;
  try {
    for (let i = 0; i < o.runs; i++) {
      // Alternate who goes first so that a burst of load elsewhere does not always land on the same tool.
      const order = i % 2 ? ['sphinx', 'build', 'lint'] : ['build', 'lint', 'sphinx'];
      for (const what of order) {
        if (what === 'build') {
          // Without -q the summary line carries the page and operation counts; findings go to stderr (ignored).
          const r = run(process.execPath, [CLI, 'build', src, '-o', path.join(tmp, 'html'), '-q']);
          const m = /(\d+) pages, (\d+) operations/.exec(r.stdout);
          if (m) [pages, operations] = [Number(m[1]), Number(m[2])];
          builds.push(r);
        } else if (what === 'lint') {
          lints.push(run(process.execPath, [CLI, 'lint', src, '--format', 'json']));
        } else if (withSphinx) {
          const out = path.join(tmp, `sphinx-${i}`);
          sphinx.push(
            run(PYTHON, ['-m', 'sphinx', '-b', 'html', '-C', '-q', '-D', 'extensions=os_api_ref', '-D', 'master_doc=index', src, out]),
          );
          fs.rmSync(out, { recursive: true, force: true });
        }
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const buildMs = median(builds.map((r) => r.ms));
  return {
    project,
    pages,
    operations,
    buildMs,
    lintMs: median(lints.map((r) => r.ms)),
    lintCpuMs: median(lints.map((r) => r.cpuMs)),
    buildRssMb: Math.max(...builds.map((r) => r.rssKb)) / 1024,
    lintRssMb: Math.max(...lints.map((r) => r.rssKb)) / 1024,
    pagesPerS: pages / (buildMs / 1000),
    opsPerS: operations / (buildMs / 1000),
    sphinxMs: sphinx.length ? median(sphinx.map((r) => r.ms)) : null,
    sphinxRssMb: sphinx.length ? Math.max(...sphinx.map((r) => r.rssKb)) / 1024 : null,
  };
}

const fmt = (n, d = 0) => (n === null || Number.isNaN(n) ? '-' : n.toFixed(d));

function printTable(rows) {
  const head = ['tree', 'pages', 'ops', 'build ms', 'lint ms', 'peak MB', 'pages/s', 'ops/s', 'sphinx ms', 'sphinx MB', '× faster'];
  const body = rows.map((r) => [
    r.project,
    fmt(r.pages),
    fmt(r.operations),
    fmt(r.buildMs),
    fmt(r.lintMs),
    fmt(Math.max(r.buildRssMb, r.lintRssMb)),
    fmt(r.pagesPerS, 1),
    fmt(r.opsPerS),
    fmt(r.sphinxMs),
    fmt(r.sphinxRssMb),
    r.sphinxMs ? fmt(r.sphinxMs / r.buildMs, 1) : '-',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(head));
  for (const b of body) console.log(line(b));
}

/**
 * The in-process incremental rebuild after a one-file edit, through the preview server's PreviewSite
 * (src/serve/preview-site.ts: build() once, then update([{ file, event }])). Works on a temporary copy of the
 * tree so the corpus is never touched. Skipped when that API is absent or has changed shape.
 */
async function incremental(list, runs) {
  const mod = path.join(REPO, 'dist/serve/preview-site.js');
  if (!fs.existsSync(mod)) {
    console.log('\nincremental rebuild: skipped (no src/serve/ yet)');
    return;
  }
  const { PreviewSite } = await import(pathToFileURL(mod).href);
  if (typeof PreviewSite !== 'function' || typeof PreviewSite.prototype.update !== 'function') {
    console.log('\nincremental rebuild: skipped (src/serve/preview-site.ts has no PreviewSite.update)');
    return;
  }
  console.log('\nincremental rebuild (in process, as apiref serve runs it: PreviewSite.update with the rules deferred, then check(), after appending a paragraph to one .inc file):');
  for (const project of list) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `apiref-incr-${project}-`));
    try {
      fs.cpSync(path.join(CORPUS, project), path.join(tmp, project), { recursive: true });
      const src = path.join(tmp, project, 'api-ref/source');
      const incs = [];
      const walk = (d) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          if (e.isDirectory()) walk(path.join(d, e.name));
          else if (e.name.endsWith('.inc')) incs.push(path.join(d, e.name));
        }
      };
      walk(src);
      const target = incs.sort()[0] ?? path.join(src, 'index.rst');
      const site = new PreviewSite({ source: src, cwd: tmp });
      const t0 = performance.now();
      site.build();
      const fullMs = performance.now() - t0;
      // As `apiref serve` does it: update() with the rules deferred, the reload announced, then check(). The
      // first figure is what the author waits for; the second is the whole rebuild, rules included.
      const ready = [];
      const whole = [];
      let rendered = 0;
      for (let i = 0; i < Math.max(3, runs); i++) {
        fs.appendFileSync(target, `\nAn edited paragraph, number ${i}.\n`);
        const t1 = performance.now();
        const report = site.update([{ file: target, event: 'change' }], { deferChecks: true });
        const t2 = performance.now();
        if (typeof site.check === 'function') site.check();
        const t3 = performance.now();
        ready.push(t2 - t1);
        whole.push(t3 - t1);
        rendered = report.rendered?.length ?? 0;
      }
      console.log(
        `  ${project.padEnd(10)} first build ${fmt(fullMs).padStart(5)} ms, one-file edit: page ready to reload ${fmt(median(ready)).padStart(5)} ms,` +
          ` with the rules ${fmt(median(whole)).padStart(5)} ms (medians; ${rendered} page${rendered === 1 ? '' : 's'} re-rendered; edited ${path.relative(src, target)})`,
      );
    } catch (err) {
      console.log(`  ${project}: incremental rebuild failed: ${err.message}`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
}

/** Stage of a profiled function, from the file it lives in. */
function stageOf(url, name) {
  const u = url.replace(/^file:\/\//, '');
  if (/\/src\/rst\/smartquotes|\/dist\/rst\/smartquotes/.test(u)) return 'smart quotes';
  if (/node_modules\/yaml\/|\/data\/yaml-reader|\/data\/parameters|\/data\/status|\/directives\/directive-yaml/.test(u)) return 'YAML';
  if (/\/load\/|\/config\//.test(u)) return 'load';
  if (/\/rst\//.test(u)) return 'parse';
  if (/\/resolve\/|\/directives\/|\/data\/|\/document\/|@humanwhocodes\/momoa/.test(u)) return 'resolve';
  if (/\/rules\//.test(u)) return 'rules';
  if (/hast-util-to-html|property-information|stringify-entities|character-entities|html-void-elements|comma-separated|space-separated|zwitch|ccount/.test(u))
    return 'serialize';
  if (/\/render\/|\/site\/templates|\/site\/navigation|handlebars|hastscript/.test(u)) return 'render';
  if (/\/site\/write/.test(u)) return 'write';
  if (/\/site\/build/.test(u)) return 'build (glue)';
  if (/\/cli\/|\/report\/|commander/.test(u)) return 'cli/report';
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)' || name === '(idle)' || name === '(root)') return 'engine';
  if (/^node:internal\/(modules|process\/esm_loader)|^node:internal\/source_map/.test(u) || name === 'compileSourceTextModule' || name === 'wrapSafe') return 'startup (module loading)';
  if (u.startsWith('node:') || u === '') return 'node internals';
  return 'other';
}

/** Self and inclusive time per function and per stage from a .cpuprofile (sampled; inclusive counts recursion once). */
function analyseProfile(file) {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const shortUrl = (u) => u.replace(`file://${REPO}/`, '').replace(/^.*\/node_modules\//, '');
  const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const fnSelf = new Map();
  const fnIncl = new Map();
  const stageSelf = new Map();
  const stageIncl = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    total += us;
    const n = byId.get(id);
    fnSelf.set(key(n), (fnSelf.get(key(n)) ?? 0) + us);
    // Time in Node's own code (fs calls, string builtins) counts for the stage that called it.
    let st = stageOf(n.callFrame.url, n.callFrame.functionName);
    for (let cur = n; (st === 'node internals' || st === 'other') && cur; cur = byId.get(parent.get(cur.id))) {
      const s = stageOf(cur.callFrame.url, cur.callFrame.functionName);
      if (s !== 'node internals' && s !== 'other' && s !== 'engine') st = s;
    }
    stageSelf.set(st, (stageSelf.get(st) ?? 0) + us);
    // Walk to the root, crediting each function and stage once per sample stack.
    const seenFn = new Set();
    const seenStage = new Set();
    for (let cur = n; cur; cur = byId.get(parent.get(cur.id))) {
      const k = key(cur);
      if (!seenFn.has(k)) {
        seenFn.add(k);
        fnIncl.set(k, (fnIncl.get(k) ?? 0) + us);
      }
      const s = stageOf(cur.callFrame.url, cur.callFrame.functionName);
      if (!seenStage.has(s) && !['engine', 'node internals', 'other', 'GC', 'startup (module loading)'].includes(s)) {
        seenStage.add(s);
        stageIncl.set(s, (stageIncl.get(s) ?? 0) + us);
      }
    }
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  // The trunk every sample shares (module job, commander, main) says nothing: list from the build down.
  const trunk = /^\S+ (node:internal|node_modules\/commander|bin\/apiref|dist\/cli\/)|^\((root|program)\)|^evaluate /;
  const incl = new Map([...fnIncl].filter(([k]) => !trunk.test(k)));
  return { total, fnSelf: top(fnSelf, 25), fnIncl: top(incl, 30), stageSelf: top(stageSelf, 20), stageIncl: top(stageIncl, 20) };
}

function profile(project) {
  const src = path.join(CORPUS, project, 'api-ref/source');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-prof-'));
  run(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200', CLI, 'build', src, '-o', path.join(dir, 'html'), '-q']);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const kept = path.join(os.tmpdir(), `apiref-${project}.cpuprofile`);
  fs.copyFileSync(path.join(dir, file), kept);
  fs.rmSync(dir, { recursive: true, force: true });
  const a = analyseProfile(kept);
  const ms = (us) => (us / 1000).toFixed(0).padStart(6);
  const pct = (us) => `${((100 * us) / a.total).toFixed(1).padStart(5)}%`;
  console.log(`\nCPU profile of the ${project} build: ${(a.total / 1000).toFixed(0)} ms sampled, saved as ${kept}`);
  console.log('\nby stage, self time (the function running is in that stage):');
  for (const [s, us] of a.stageSelf) console.log(`  ${ms(us)} ms ${pct(us)}  ${s}`);
  console.log('\nby stage, inclusive (some function of the stage on the stack; stages nest, so these overlap):');
  for (const [s, us] of a.stageIncl) console.log(`  ${ms(us)} ms ${pct(us)}  ${s}`);
  console.log('\ntop functions by self time:');
  for (const [f, us] of a.fnSelf) console.log(`  ${ms(us)} ms ${pct(us)}  ${f}`);
  console.log('\ntop functions by inclusive time:');
  for (const [f, us] of a.fnIncl) console.log(`  ${ms(us)} ms ${pct(us)}  ${f}`);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(REPO, 'dist/cli/main.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` first');
    process.exit(2);
  }
  const list = projects(o.only);
  if (!list.length) {
    console.log(`bench: no corpus at ${CORPUS}${o.only ? ` matching --only ${[...o.only].join(',')}` : ''}; nothing to measure`);
    return;
  }
  if (o.profileOnly) {
    profile(list.includes('cinder') ? 'cinder' : list[0]);
    return;
  }
  const withSphinx = o.sphinx && sphinxAvailable();
  if (o.sphinx && !withSphinx) console.log(`bench: ${PYTHON} cannot import os_api_ref; Sphinx timings skipped`);
  if (!hasTime) console.log(`bench: ${TIME} not found; peak memory not measured`);
  const load = os.loadavg()[0];
  console.log(
    `apiref bench: ${list.length} trees, ${o.runs} runs each, median wall time of the whole process` +
      `${withSphinx ? ', Sphinx alternating' : ''}; node ${process.version}, ${os.cpus().length} CPUs, load ${load.toFixed(1)}\n`,
  );
  const rows = [];
  for (const p of list) {
    process.stderr.write(`  ${p}...\n`);
    rows.push(benchTree(p, o, withSphinx));
  }
  printTable(rows);
  const sum = (f) => rows.reduce((s, r) => s + f(r), 0);
  const totalBuild = sum((r) => r.buildMs);
  const totalLint = sum((r) => r.lintMs);
  const peak = Math.max(...rows.map((r) => Math.max(r.buildRssMb, r.lintRssMb)));
  console.log(`\ntotal: apiref build ${fmt(totalBuild)} ms, lint ${fmt(totalLint)} ms over ${rows.length} trees`);
  // The check every pull request runs, on the largest tree (issue #4: "well under a second").
  const largest = rows.reduce((a, r) => (r.operations > a.operations ? r : a), rows[0]);
  if (largest) {
    console.log(`lint on the largest tree (${largest.project}, ${largest.operations} operations): ${fmt(largest.lintMs)} ms wall, ${fmt(largest.lintCpuMs)} ms CPU (medians)`);
  }
  if (withSphinx) {
    const totalSphinx = sum((r) => r.sphinxMs);
    console.log(`       sphinx build ${fmt(totalSphinx)} ms (${fmt(totalSphinx / totalBuild, 1)}× apiref)`);
  }
  const minRatio = withSphinx ? Math.min(...rows.map((r) => r.sphinxMs / r.buildMs)) : null;
  const verdict = (ok) => (ok === null ? 'not measured' : ok ? 'holds' : 'MISSED');
  console.log('\ntargets:');
  console.log(`  every tree ≥ ${TARGET_RATIO}× faster than Sphinx: ${verdict(minRatio === null ? null : minRatio >= TARGET_RATIO)}${minRatio ? ` (slowest ratio ${minRatio.toFixed(1)}×)` : ''}`);
  if (rows.length === 10 || !o.only) {
    console.log(`  all trees under ${TARGET_TOTAL_MS} ms total: ${verdict(totalBuild < TARGET_TOTAL_MS)} (${fmt(totalBuild)} ms)`);
  }
  console.log(`  peak memory under ${TARGET_RSS_MB} MB: ${verdict(Number.isNaN(peak) ? null : peak < TARGET_RSS_MB)} (${fmt(peak)} MB)`);
  if (o.json) fs.writeFileSync(o.json, `${JSON.stringify({ runs: o.runs, load, rows, totalBuild, totalLint }, null, 2)}\n`);
  await incremental(list, o.runs);
  if (o.profile && list.includes('cinder')) profile('cinder');
  else if (o.profile) profile(list[0]);
}

main().catch((err) => {
  console.error(err.stack ?? String(err));
  process.exit(1);
});
