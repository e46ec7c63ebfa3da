/**
 * Diagnostics filed by origin, so a rebuild replaces exactly the findings of what it redid: one bag per page
 * (its resolve), one per data file (parameters.yaml / status.yaml load), and one each for configuration,
 * templates, linking and rules. Long-lived loaders (SourceFiles, DataCache) hold the router; the preview
 * build points it at the bag of whatever is being done at the moment.
 */
import { DiagnosticBag, compareDiagnostics, type Diagnostic, type RelatedLocation, type Severity, type Span } from '../diagnostics/diagnostic.js';
import type { Block } from '../rst/syntax.js';

export class DiagnosticRouter extends DiagnosticBag {
  target: DiagnosticBag = new DiagnosticBag();

  override report(ruleId: string, severity: Severity, message: string, span: Span, related?: RelatedLocation[]): Diagnostic {
    return this.target.report(ruleId, severity, message, span, related);
  }

  /** Runs `work` with findings going to `bag`, then restores the previous target. */
  into<T>(bag: DiagnosticBag, work: () => T): T {
    const previous = this.target;
    this.target = bag;
    try {
      return work();
    } finally {
      this.target = previous;
    }
  }
}

/**
 * The cache of parsed shared texts (parameter descriptions, status reasons). A text is parsed by the first page
 * that uses it; its findings are kept with the entry and given again to every later page that reuses it, so
 * re-resolving that page alone does not lose them.
 */
export class RecordingSyntaxCache extends Map<string, Block[]> {
  private readonly found = new Map<string, Diagnostic[]>();
  private pending: { key: string; bag: DiagnosticBag; mark: number } | null = null;

  constructor(private readonly router: DiagnosticRouter) {
    super();
  }

  override get(key: string): Block[] | undefined {
    const hit = super.get(key);
    if (hit) {
      for (const d of this.found.get(key) ?? []) this.router.target.list.push(d);
      return hit;
    }
    // A miss is followed by the parse and then set(key): what the target bag gains in between is this entry's.
    this.pending = { key, bag: this.router.target, mark: this.router.target.list.length };
    return undefined;
  }

  override set(key: string, value: Block[]): this {
    const p = this.pending;
    if (p && p.key === key && p.bag === this.router.target) {
      const added = p.bag.list.slice(p.mark);
      if (added.length) this.found.set(key, added);
    }
    this.pending = null;
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.found.delete(key);
    return super.delete(key);
  }

  override clear(): void {
    this.found.clear();
    super.clear();
  }
}

/** One list from many bags: sorted, and a finding reported by two origins (a shared text) listed once. */
export function mergeDiagnostics(bags: Iterable<DiagnosticBag>): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const bag of bags) {
    for (const d of bag.list) {
      const key = `${d.ruleId}\0${d.file}\0${d.line}\0${d.column}\0${d.endLine}\0${d.endColumn}\0${d.message}\0${JSON.stringify(d.related ?? [])}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return out.sort(compareDiagnostics);
}
