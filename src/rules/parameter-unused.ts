/**
 * parameters.yaml entries that no table of the site lists (per file). An entry that carries a YAML anchor merged
 * into others (`base: &base` ... `<<: *base`) is a template, used even when no table names it. An entry that
 * only an `.inc` no document includes lists is left to unused-include, which reports that file.
 */
import type { Rule } from './types.js';
import { siteIndex, entryKey } from './site-index.js';
import { sourceRelative } from './related.js';
import { orphanParameterReferences } from './orphan-includes.js';
import path from 'node:path';

export const parameterUnused: Rule = {
  id: 'parameter-unused',
  defaultSeverity: 'warn',
  description: 'A parameters.yaml entry that no rest_parameters table uses.',
  check(site, report) {
    const uses = siteIndex(site).parameterUses;
    const orphanUses = orphanParameterReferences(site);
    for (const file of site.data.allParameterFiles) {
      const usedByOrphans = orphanUses.get(path.basename(file.file));
      const shown = sourceRelative(site.config.sourceDir, file.file);
      const text = site.files.tryRead(file.file)?.text ?? '';
      for (const entry of file.entries) {
        if (uses.has(entryKey(entry.keySpan))) continue;
        if (isMergeSource(text, entry.keySpan.start.offset)) continue;
        if (usedByOrphans?.has(entry.key)) continue;
        report(`Parameter \`\`${entry.key}\`\` is defined in ${shown} but no rest_parameters table uses it: use it or delete it.`, entry.keySpan);
      }
    }
  },
};

/** True when the entry's key line defines an anchor (`key: &name`) that the file refers to (`*name`). */
function isMergeSource(text: string, keyOffset: number): boolean {
  const end = text.indexOf('\n', keyOffset);
  const line = text.slice(keyOffset, end < 0 ? text.length : end);
  const m = /&([^\s,\[\]{}]+)/.exec(line);
  return m !== null && text.includes(`*${m[1]}`);
}
