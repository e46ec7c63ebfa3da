/** Renders a small tree in memory, as `apiref build` would write it: its files by path, and the diagnostics. */
import path from 'node:path';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadConfig } from '../../src/config/load.js';
import { renderSite } from '../../src/site/build.js';
import { writeTree } from './tree.js';

export function renderTree(files: Record<string, string | Buffer>, source = '.') {
  const dir = writeTree(files);
  const diagnostics = new DiagnosticBag();
  const result = renderSite(loadConfig({ source: path.join(dir, source), cwd: dir, out: path.join(dir, 'out') }, diagnostics), diagnostics);
  const file = (p: string) => result.files.find((f) => f.path === p)?.content;
  return { dir, diagnostics, file };
}

/** A page's content: from its first section to the end of its last one (the chrome left out). */
export function pageBody(html: string): string {
  return html.slice(html.indexOf('<section id='), html.lastIndexOf('</section>') + '</section>'.length);
}
