import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { FORMAT_NAMES, type FormatName, type FormatOptions } from './options.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export { shouldUseColor } from './color.js';
export { FORMAT_NAMES, type FormatName, type FormatOptions, type RuleInfo } from './options.js';

const FORMATTERS: Record<FormatName, (diagnostics: readonly Diagnostic[], options: FormatOptions) => string> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
};

/** The whole report as one string, ready to write to stdout or a file (empty for stylish/github with no findings). */
export function formatDiagnostics(format: FormatName, diagnostics: Diagnostic[], options: FormatOptions): string {
  return FORMATTERS[format](diagnostics, options);
}

/** For the CLI's `--format` check: is this string one of the format names? */
export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
