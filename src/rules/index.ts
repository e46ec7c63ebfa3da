/** The lint rules: each in its own file, run over the resolved site. (Rules land in later changes.) */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Site } from '../resolve/site.js';

export function runRules(_site: Site, _diagnostics: DiagnosticBag): void {}
