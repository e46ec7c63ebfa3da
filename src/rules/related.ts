/** Related locations: the secondary places a finding points at (a parameter's uses, its definition, ...). */
import path from 'node:path';
import type { RelatedLocation, Span } from '../diagnostics/diagnostic.js';

/** At most this many uses are listed under one finding; a parameter used in 40 tables needs no 40 lines. */
export const MAX_RELATED = 5;

export function relatedAt(span: Span, message: string): RelatedLocation {
  return { file: span.file, line: span.start.line, column: span.start.column, message };
}

/** The `.inc` lines that use a parameter, as related locations. */
export function usesAsRelated(uses: readonly Span[] | undefined): RelatedLocation[] {
  if (!uses) return [];
  return uses.slice(0, MAX_RELATED).map((u) => relatedAt(u, 'used here'));
}

/**
 * A file as messages name it: relative to the source directory, `../` included when outside it, `/`-separated.
 * Never absolute, so a message reads the same on every machine (the baseline compares messages).
 */
export function sourceRelative(sourceDir: string, file: string): string {
  return path.relative(sourceDir, file).split(path.sep).join('/') || path.basename(file);
}
