/**
 * apiref's own status.yaml (at the package root): the reason used when a tree's status file lacks a code.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { loadStatus, type StatusFile } from './status.js';

export const BUILTIN_STATUS_FILE = fileURLToPath(new URL('../../status.yaml', import.meta.url));

let cached: StatusFile | null | undefined;

export function builtinStatus(code: number): string | null {
  if (cached === undefined) {
    try {
      cached = loadStatus(BUILTIN_STATUS_FILE, fs.readFileSync(BUILTIN_STATUS_FILE, 'utf8'), new DiagnosticBag());
    } catch {
      cached = null;
    }
  }
  return cached?.codes.get(code)?.default ?? null;
}
