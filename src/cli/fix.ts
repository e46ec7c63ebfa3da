import fs from 'node:fs';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { fixParametersText } from '../fix/index.js';
import { writeOutputFile } from './output.js';

/** Fixes each parameters file in place (atomically); returns the files that changed. */
export function fixParameterFiles(files: string[], diagnostics: DiagnosticBag): string[] {
  const changed: string[] = [];
  for (const file of [...new Set(files)].sort()) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue; // Already reported by the build as unreadable.
    }
    const result = fixParametersText(file, text, diagnostics);
    if (result.changed && result.text !== text) {
      writeOutputFile(file, result.text);
      changed.push(file);
    }
  }
  return changed;
}
