/**
 * The lint rules, each in its own file, run over the resolved site. A rule that fails on some unexpected shape
 * of input is reported as one `rule-failure` finding instead of stopping the run.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { fileSpan } from '../diagnostics/diagnostic.js';
import type { Site } from '../resolve/site.js';
import { LINT_RULES } from './registry.js';
import { DEFAULT_PARAMETER_TYPES } from './parameter-unknown-type.js';
import type { RuleOptions } from './types.js';
import { tieringCheckpoint } from '../util/tiering.js';

export type { Rule, Report, RuleOptions } from './types.js';
export { LINT_RULES } from './registry.js';

export const DEFAULT_RULE_OPTIONS: RuleOptions = { parameterTypes: DEFAULT_PARAMETER_TYPES };

export function runRules(site: Site, diagnostics: DiagnosticBag, options: Partial<RuleOptions> = {}): void {
  const opts: RuleOptions = { ...DEFAULT_RULE_OPTIONS, ...options };
  for (const rule of LINT_RULES) {
    tieringCheckpoint();
    if (site.config.rules[rule.id] === 'off') continue;
    try {
      rule.check(site, (message, span, related) => diagnostics.report(rule.id, rule.defaultSeverity, message, span, related), opts);
    } catch (err) {
      diagnostics.report(
        'rule-failure',
        'error',
        `Rule ${rule.id} failed: ${err instanceof Error ? err.message : String(err)}. This is a bug in apiref; please report it.`,
        fileSpan(site.config.sourceDir),
      );
    }
  }
}
