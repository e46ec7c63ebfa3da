/** `.inc` files under the source directory that no document includes: stale pages nobody sees. */
import path from 'node:path';
import { fileSpan } from '../diagnostics/diagnostic.js';
import type { Rule } from './types.js';
import { orphanIncludes } from './orphan-includes.js';

export const unusedInclude: Rule = {
  id: 'unused-include',
  defaultSeverity: 'warn',
  description: 'An .inc file under the source directory that no document includes.',
  check(site, report) {
    for (const file of orphanIncludes(site)) {
      const rel = path.relative(site.config.sourceDir, file).split(path.sep).join('/');
      report(`${rel} is not included by any document: ${howToInclude(site.pages, site.config.sourceDir, file)} or delete it.`, fileSpan(file));
    }
  },
};

/**
 * The include line to suggest. Include paths are relative to the top-level document, so name the document
 * beside the file when there is one (its index first), else give the path from the source directory (`/x.inc`).
 */
function howToInclude(pages: readonly { file: string; docname: string }[], sourceDir: string, file: string): string {
  const dir = path.dirname(file);
  const beside = pages.filter((p) => path.dirname(p.file) === dir).sort((a, b) => Number(!a.docname.endsWith('index')) - Number(!b.docname.endsWith('index')))[0];
  if (beside) {
    const doc = path.relative(sourceDir, beside.file).split(path.sep).join('/');
    return `include it from ${doc} (\`\`.. include:: ${path.basename(file)}\`\`)`;
  }
  const fromSource = path.relative(sourceDir, file).split(path.sep).join('/');
  return `include it (\`\`.. include:: /${fromSource}\`\`)`;
}
