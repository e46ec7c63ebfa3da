/**
 * The `apiref` command: build, lint and serve. Exit codes: 0 success, 1 errors found (or warnings under
 * --strict / over --max-warnings), 2 usage or configuration error, or an unreadable source directory.
 */
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { loadConfig, UsageError } from '../config/load.js';
import type { SiteConfig } from '../config/config.js';
import { buildSite } from '../site/build.js';
import { resolveSite } from '../resolve/site.js';
import { runRules } from '../rules/index.js';
import { VERSION } from '../config/version.js';
import { formatDiagnostics, shouldUseColor, type FormatName } from '../report/index.js';
import { ruleCatalog } from '../rules/catalog.js';
import { writeOutputFile } from './output.js';
import { baselineBaseDir, finalFindings } from '../rules/findings.js';
import { writeBaseline } from '../rules/baseline.js';

export { startedOnBaselineTier } from '../util/tiering.js';

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

const defaultIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
});

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command();
  program
    .name('apiref')
    .description('Build, check and preview OpenStack-style API references (os-api-ref compatible).')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('build')
    .description('Build the HTML site from an api-ref source directory.')
    .argument('[source]', 'source directory holding index.rst (default: ./api-ref/source if present)')
    .option('-o, --out <dir>', 'output directory (default: build/html beside the source directory)')
    .option('-c, --config <file>', 'configuration file (default: apiref.config.json found upwards from the source)')
    .option('--root <dir>', 'project root: include and literalinclude may not read outside it')
    .option('--strict', 'exit 1 on warnings too (like sphinx-build -W)')
    .option('-q, --quiet', 'print only the summary line')
    .action((source: string | undefined, opts: { out?: string; config?: string; root?: string; strict?: boolean; quiet?: boolean }) => {
      const started = process.hrtime.bigint();
      const diagnostics = new DiagnosticBag();
      const config = loadConfig({ source, out: opts.out, config: opts.config, root: opts.root, cwd: io.cwd }, diagnostics);
      const result = buildSite(config, diagnostics);
      const list = finalFindings(diagnostics.list, config, result.site.files, config.baselineFile ?? null);
      if (!opts.quiet && list.length) {
        io.stderr(formatDiagnostics('stylish', list, { cwd: io.cwd, color: shouldUseColor({ isTTY: io.stderrIsTTY }, io.env), rules: ruleCatalog(), toolVersion: VERSION }));
      }
      const errors = list.filter((d) => d.severity === 'error').length;
      const warnings = list.filter((d) => d.severity === 'warn').length;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const out = path.relative(io.cwd, config.outDir) || '.';
      io.stdout(
        `apiref: ${result.pages} pages, ${result.operations} operations, ${warnings} warnings, ${errors} errors in ${ms.toFixed(0)} ms → ${out}/index.html\n`,
      );
      exitCode = errors > 0 || (opts.strict && warnings > 0) ? 1 : 0;
    });

  program
    .command('lint')
    .description('Check an api-ref source directory without writing HTML.')
    .argument('[source]', 'source directory holding index.rst (default: ./api-ref/source if present)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('--output <file>', 'write the findings to a file instead of stdout')
    .option('-c, --config <file>', 'configuration file (default: apiref.config.json found upwards from the source)')
    .option('--root <dir>', 'project root: include and literalinclude may not read outside it')
    .option('--baseline <file>', 'known findings to leave out (default: "baseline" in apiref.config.json)')
    .option('--write-baseline', 'record every current finding in the baseline file, then exit 0')
    .option('--fix', 'sort parameters.yaml into os-api-ref order and quote versions YAML would change, then lint')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) => {
      const n = Number.parseInt(v, 10);
      if (!Number.isFinite(n) || n < 0 || String(n) !== v.trim()) throw new UsageError(`--max-warnings needs a non-negative integer, not "${v}"`);
      return n;
    })
    .action(async (source: string | undefined, opts: { format: FormatName; output?: string; config?: string; root?: string; maxWarnings?: number; fix?: boolean; baseline?: string; writeBaseline?: boolean }) => {
      const configDiagnostics = new DiagnosticBag();
      const config = loadConfig({ source, config: opts.config, root: opts.root, cwd: io.cwd }, configDiagnostics);
      const resolve = () => {
        const bag = new DiagnosticBag();
        bag.list.push(...configDiagnostics.list);
        return { diagnostics: bag, site: resolveSite(config, bag) };
      };
      let { diagnostics, site } = resolve();
      if (opts.fix) {
        // Loaded only for --fix: most lint runs do not need it.
        const { fixParameterFiles } = await import('./fix.js');
        const fixDiagnostics = new DiagnosticBag();
        const changed = fixParameterFiles(site.data.allParameterFiles.map((f) => f.file), fixDiagnostics);
        for (const file of changed) io.stderr(`apiref lint: fixed ${path.relative(io.cwd, file) || file}\n`);
        // Lint what is now on disk.
        if (changed.length) ({ diagnostics, site } = resolve());
        diagnostics.list.push(...fixDiagnostics.list);
      }
      runRules(site, diagnostics, config.types ? { parameterTypes: config.types } : {});
      const baselineFile = opts.baseline ? path.resolve(io.cwd, opts.baseline) : (config.baselineFile ?? null);
      if (opts.writeBaseline) {
        const file = baselineFile ?? path.join(baselineBaseDir(config), 'apiref-baseline.json');
        const all = finalFindings(diagnostics.list, config, site.files, null);
        writeBaseline(file, all, baselineBaseDir(config));
        io.stderr(`apiref lint: wrote ${all.length} findings to ${path.relative(io.cwd, file) || file}\n`);
        return;
      }
      const list = finalFindings(diagnostics.list, config, site.files, baselineFile);
      const color = !opts.output && opts.format === 'stylish' && shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env);
      const text = formatDiagnostics(opts.format, list, { cwd: io.cwd, color, rules: ruleCatalog(), toolVersion: VERSION });
      if (opts.output) writeOutputFile(path.resolve(io.cwd, opts.output), text);
      else io.stdout(text);
      const errors = list.filter((d) => d.severity === 'error').length;
      const warnings = list.filter((d) => d.severity === 'warn').length;
      io.stderr(`apiref lint: ${site.pages.length} pages, ${warnings} warnings, ${errors} errors\n`);
      exitCode = errors > 0 || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) ? 1 : 0;
    });

  program
    .command('serve')
    .description('Preview the site: build in memory, serve it, rebuild what a change affects and reload open pages.')
    .argument('[source]', 'source directory holding index.rst (default: ./api-ref/source if present)')
    .option('-p, --port <port>', 'port to listen on (0: any free port)', (v) => {
      const n = Number.parseInt(v, 10);
      if (!Number.isInteger(n) || n < 0 || n > 65535 || String(n) !== v.trim()) throw new UsageError(`--port needs a port number, not "${v}"`);
      return n;
    }, 8000)
    .option('--host <host>', 'address to bind (default 127.0.0.1: this machine only)', '127.0.0.1')
    .option('--open', 'open the site in the default browser')
    .option('-c, --config <file>', 'configuration file (default: apiref.config.json found upwards from the source)')
    .option('--root <dir>', 'project root: include and literalinclude may not read outside it')
    .action(async (source: string | undefined, opts: { port: number; host: string; open?: boolean; config?: string; root?: string }) => {
      const { startPreview } = await import('../serve/index.js');
      const preview = await startPreview({ source, config: opts.config, root: opts.root, cwd: io.cwd, host: opts.host, port: opts.port, open: opts.open, log: (l) => io.stdout(`${l}\n`) });
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await preview.close();
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr(`apiref: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  return exitCode;
}
