/**
 * Build configuration: zero configuration on an existing api-ref tree. Settings come from apiref's own
 * configuration file (found by walking up from the source directory) and, for the microversion selector, from
 * the tree's Sphinx conf.py, read as text and never executed.
 */
import type { Microversions } from '../document/nodes.js';

export type RuleSetting = 'error' | 'warn' | 'off';

export interface SiteConfig {
  /** Absolute source directory (holds index.rst). */
  sourceDir: string;
  /** Absolute output directory. */
  outDir: string;
  /** Nothing is read outside this directory. */
  root: string;
  /** Site title for the page chrome. */
  project: string;
  microversions: Microversions | null;
  /** Raw HTML (`raw` directive, `raw::` substitutions) is off unless a project turns it on. */
  allowRaw: boolean;
  /** A project's own templates, overriding ours file by file. */
  templatesDir: string | null;
  /** Per-rule severity overrides. */
  rules: Record<string, RuleSetting>;
  /** The configuration file that was used, if any. */
  configFile: string | null;
  /** The master document name. */
  masterDoc: string;
  /** The vocabulary of parameter types (`type:` in parameters.yaml); null for the built-in one. */
  types?: string[] | null;
  /** The baseline file of known findings, if the project has one. */
  baselineFile?: string | null;
  /** The Sphinx extensions conf.py loads (`extensions = [...]`), to say where an unknown directive comes from. */
  sphinxExtensions?: string[] | null;
}
