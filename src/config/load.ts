/**
 * Finds the source directory, the output directory and the configuration for a command.
 *
 * Configuration file: `apiref.config.json`, found by walking up from the source directory (or given with
 * --config). Its JSON Schema is `schemas/apiref.config.schema.json`. The tree's conf.py is read as text for the
 * project name and os-api-ref's microversion settings.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { fileSpan } from '../diagnostics/diagnostic.js';
import { readConf } from '../data/conf.js';
import { validateConfig } from './schema.js';
import { findProjectRoot } from '../load/source-files.js';
import type { Microversions } from '../document/nodes.js';
import type { RuleSetting, SiteConfig } from './config.js';

export const CONFIG_FILE_NAME = 'apiref.config.json';

/** A problem that makes the command unusable (exit code 2): bad usage, unreadable source, broken configuration. */
export class UsageError extends Error {}

export interface ConfigOptions {
  source?: string;
  out?: string;
  config?: string;
  root?: string;
  cwd: string;
}

interface ConfigFile {
  project?: string;
  types?: string[];
  baseline?: string;
  outDir?: string;
  allowRawHtml?: boolean;
  templates?: string;
  rules?: Record<string, RuleSetting>;
  microversions?: { min: string; max: string; releases?: Record<string, string> };
}

/** The source directory a command works on: the one given, else ./api-ref/source when present, else the working directory. */
export function findSourceDir(given: string | undefined, cwd: string): string {
  if (given) return path.resolve(cwd, given);
  const conventional = path.join(cwd, 'api-ref', 'source');
  if (fs.existsSync(path.join(conventional, 'index.rst'))) return conventional;
  return cwd;
}

export function findConfigFile(sourceDir: string): string | null {
  for (let dir = sourceDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return null;
  }
}

function readConfigFile(file: string): ConfigFile {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read configuration ${file}: ${(err as Error).message}`);
  }
  const problems = validateConfig(data);
  if (problems.length) throw new UsageError(`configuration ${file} is not valid:\n  ${problems.join('\n  ')}`);
  const c = data as ConfigFile;
  return c;
}

export function loadConfig(options: ConfigOptions, diagnostics: DiagnosticBag): SiteConfig {
  const sourceDir = findSourceDir(options.source, options.cwd);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(sourceDir);
  } catch {
    throw new UsageError(`source directory not found: ${sourceDir}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`not a directory: ${sourceDir}`);
  if (!fs.existsSync(path.join(sourceDir, 'index.rst'))) throw new UsageError(`no index.rst in ${sourceDir} (is this an api-ref source directory?)`);

  const configFile = options.config ? path.resolve(options.cwd, options.config) : findConfigFile(sourceDir);
  if (options.config && !fs.existsSync(configFile!)) throw new UsageError(`configuration file not found: ${configFile}`);
  const file: ConfigFile = configFile ? readConfigFile(configFile) : {};
  const configDir = configFile ? path.dirname(configFile) : sourceDir;

  let project: string | null = file.project ?? null;
  let microversions: Microversions | null = file.microversions
    ? { min: file.microversions.min, max: file.microversions.max, releases: file.microversions.releases ?? {} }
    : null;
  const confPy = path.join(sourceDir, 'conf.py');
  let sphinxExtensions: string[] | null = null;
  if (fs.existsSync(confPy)) {
    let text = '';
    try {
      text = fs.readFileSync(confPy, 'utf8');
    } catch {
      diagnostics.report('file-unreadable', 'warn', 'conf.py cannot be read; using defaults.', fileSpan(confPy));
    }
    const conf = readConf(confPy, text, diagnostics);
    project ??= conf.project;
    sphinxExtensions = conf.extensions;
    if (!microversions && conf.minMicroversion && conf.maxMicroversion) {
      const min = conf.minMicroversion;
      const max = conf.maxMicroversion;
      if (/^\d+\.\d+$/.test(min) && /^\d+\.\d+$/.test(max) && min.split('.')[0] === max.split('.')[0]) {
        microversions = { min, max, releases: conf.releaseMicroversions };
      } else {
        diagnostics.report(
          'microversion-config',
          'warn',
          `os_api_ref_min_microversion "${min}" and os_api_ref_max_microversion "${max}" must be "X.Y" with the same major version; no microversion selector.`,
          fileSpan(confPy),
        );
      }
    }
  }

  const outDir = options.out
    ? path.resolve(options.cwd, options.out)
    : file.outDir
      ? path.resolve(configDir, file.outDir)
      : path.join(path.dirname(sourceDir), 'build', 'html');
  return {
    sourceDir,
    outDir,
    root: options.root ? path.resolve(options.cwd, options.root) : findProjectRoot(sourceDir),
    project: project ?? 'API Reference',
    microversions,
    allowRaw: file.allowRawHtml === true,
    templatesDir: file.templates ? path.resolve(configDir, file.templates) : null,
    rules: file.rules ?? {},
    configFile,
    masterDoc: 'index',
    types: file.types ?? null,
    baselineFile: file.baseline ? path.resolve(configDir, file.baseline) : null,
    sphinxExtensions,
  };
}
