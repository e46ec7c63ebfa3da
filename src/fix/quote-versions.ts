/**
 * Quotes microversions that YAML would turn into a different number: `min_version: 3.60` reads as the float 3.6,
 * so the page would say "New in version 3.6". Only plain `min_version` / `max_version` values of a parameter whose
 * float prints differently from what is written are quoted (`'3.60'`); `2.1`, `'3.60'` and `"2.10"` stay as they are.
 */
import { isMap, isScalar, type Scalar } from 'yaml';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { parseForFix, type FixableYaml } from './parse-for-fix.js';

const VERSION_KEYS = new Set(['min_version', 'max_version']);
/** A float as YAML's core schema writes one, with a dot or an exponent (integers are left alone). */
const FLOAT_SOURCE = /^[-+]?(?:[0-9]*\.[0-9]*(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)$/;

export interface QuoteResult {
  text: string;
  /** How many values were quoted. */
  quoted: number;
  /** False when the file could not be read (reported); it is then returned untouched. */
  readable: boolean;
}

export function quoteVersionsText(file: string, text: string, diagnostics: DiagnosticBag): QuoteResult {
  const parsed = parseForFix(file, text, diagnostics);
  return parsed ? { ...quoteVersionsIn(parsed, text), readable: true } : { text, quoted: 0, readable: false };
}

/** The same on an already parsed `text`. */
export function quoteVersionsIn(parsed: FixableYaml, text: string): { text: string; quoted: number } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const entry of parsed.map.items) {
    if (!isMap(entry.value)) continue;
    for (const field of entry.value.items) {
      if (!isScalar(field.key) || !VERSION_KEYS.has(String(field.key.value))) continue;
      const range = changedFloat(field.value, text);
      if (range) {
        starts.push(range[0]);
        ends.push(range[1]);
      }
    }
  }
  if (!starts.length) return { text, quoted: 0 };
  let out = '';
  let at = 0;
  for (let i = 0; i < starts.length; i++) {
    out += `${text.slice(at, starts[i])}'${text.slice(starts[i], ends[i])}'`;
    at = ends[i]!;
  }
  return { text: out + text.slice(at), quoted: starts.length };
}

/** The source range of a plain, untagged float whose value prints differently from its text; else null. */
function changedFloat(node: unknown, text: string): [number, number] | null {
  if (!isScalar(node)) return null;
  const scalar = node as Scalar;
  if (scalar.type !== 'PLAIN' || scalar.tag || typeof scalar.value !== 'number' || !scalar.range) return null;
  const [start, end] = scalar.range;
  const source = text.slice(start, end);
  if (!FLOAT_SOURCE.test(source) || String(scalar.value) === source) return null;
  return [start, end];
}
