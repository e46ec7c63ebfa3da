/** What a lint rule is: an id, a default severity, a description, and a check over the resolved site. */
import type { RelatedLocation, Span } from '../diagnostics/diagnostic.js';
import type { Site } from '../resolve/site.js';

/** Reports one finding under the rule's id and default severity. */
export type Report = (message: string, span: Span, related?: RelatedLocation[]) => void;

/** Settings some rules take; the defaults fit real api-ref trees. */
export interface RuleOptions {
  /** The `type` values parameters.yaml may use (compared case-sensitively). */
  parameterTypes: readonly string[];
}

export interface Rule {
  id: string;
  defaultSeverity: 'error' | 'warn';
  description: string;
  /** Reads the site, never changes it; reports findings through `report`. */
  check(site: Site, report: Report, options: RuleOptions): void;
}
