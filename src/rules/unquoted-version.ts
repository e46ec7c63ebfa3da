/**
 * `min_version: 3.60` unquoted: os-api-ref (and apiref) keep the text "3.60", but to every other YAML tool it is
 * the float 3.6, that is microversion 3.6. Quoting it makes the file mean the same everywhere.
 */
import type { Rule } from './types.js';
import { siteIndex, entryKey } from './site-index.js';
import { usesAsRelated } from './related.js';

const FLOAT = /^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

export const unquotedVersion: Rule = {
  id: 'unquoted-version',
  defaultSeverity: 'warn',
  description: 'An unquoted min_version / max_version that YAML reads as a different number (3.60 is 3.6).',
  check(site, report) {
    const uses = siteIndex(site).parameterUses;
    for (const file of site.data.allParameterFiles) {
      const text = site.files.tryRead(file.file)?.text ?? null;
      for (const entry of file.entries) {
        for (const name of ['min_version', 'max_version']) {
          const field = entry.fields.get(name);
          if (!field || field.source === null) continue;
          const source = field.source.trim();
          // The value's own text tells quoted from plain; `source` has the quotes stripped.
          const raw = text ? text.slice(field.span.start.offset, field.span.end.offset).trim() : source;
          if (raw.startsWith('"') || raw.startsWith("'") || !FLOAT.test(source)) continue;
          const asNumber = String(Number(source));
          if (asNumber === source) continue;
          // `2.0` read as 2 is still microversion 2.0; `3.60` read as 3.6 is microversion 3.6, another one.
          if (minorOf(source) === minorOf(asNumber)) continue;
          report(
            `\`\`${name}: ${source}\`\` in parameter \`\`${entry.key}\`\` is the number ${asNumber} to YAML tools; ` +
              `quote it: \`\`${name}: '${source}'\`\`.`,
            field.span,
            usesAsRelated(uses.get(entryKey(entry.keySpan))),
          );
        }
      }
    }
  },
};

/** The minor version a number's text names: `3.60` → 60, `3.6` → 6, `2` → 0 (null for exponent notation). */
function minorOf(text: string): number | null {
  const m = /^[-+]?[0-9]*(?:\.([0-9]*))?$/.exec(text);
  return m ? Number.parseInt(m[1] || '0', 10) : null;
}
