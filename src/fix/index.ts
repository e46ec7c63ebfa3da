/**
 * `apiref lint --fix` for parameters.yaml: quote microversions YAML would misread, then sort the entries into
 * os-api-ref's order. Both work on the text and leave everything else byte for byte as written; running the fix
 * twice changes nothing the second time. Files that cannot be read are returned untouched with a diagnostic.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { quoteVersionsText } from './quote-versions.js';
import { sortParametersText } from './sort-parameters.js';

export { quoteVersionsText, type QuoteResult } from './quote-versions.js';
export { sortParametersText, SORT_RULE, type SortResult } from './sort-parameters.js';
export { FIX_RULE } from './parse-for-fix.js';

export interface FixResult {
  text: string;
  changed: boolean;
}

export function fixParametersText(file: string, text: string, diagnostics: DiagnosticBag): FixResult {
  const quoted = quoteVersionsText(file, text, diagnostics);
  if (!quoted.readable) return { text, changed: false };
  const sorted = sortParametersText(file, quoted.text, diagnostics);
  return { text: sorted.text, changed: sorted.text !== text };
}
