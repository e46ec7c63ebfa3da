/**
 * `apiref lint --fix` for parameters.yaml: quote microversions YAML would misread, then sort the entries into
 * os-api-ref's order. Both work on the text and leave everything else byte for byte as written; running the fix
 * twice changes nothing the second time. Files that cannot be read are returned untouched with a diagnostic.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { parseForFix } from './parse-for-fix.js';
import { quoteVersionsIn } from './quote-versions.js';
import { sortParsed } from './sort-parameters.js';

export { quoteVersionsText, type QuoteResult } from './quote-versions.js';
export { sortParametersText, SORT_RULE, type SortResult } from './sort-parameters.js';
export { FIX_RULE } from './parse-for-fix.js';

export interface FixResult {
  text: string;
  changed: boolean;
}

export function fixParametersText(file: string, text: string, diagnostics: DiagnosticBag): FixResult {
  const parsed = parseForFix(file, text, diagnostics);
  if (!parsed) return { text, changed: false };
  const quoted = quoteVersionsIn(parsed, text);
  // Quoting keeps every entry on its lines, but offsets shift: sort on a fresh parse of the quoted text.
  const reparsed = quoted.quoted ? parseForFix(file, quoted.text, diagnostics) : parsed;
  if (!reparsed) return { text, changed: false };
  const sorted = sortParsed(file, quoted.text, reparsed, diagnostics);
  return { text: sorted.text, changed: sorted.text !== text };
}
