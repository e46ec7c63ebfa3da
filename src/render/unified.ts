/**
 * unified plugins around the renderer, so rehype plugins work on our output:
 *
 *     unified().use(rstParse, { file }).use(rstToHast).use(someRehypePlugin).use(hastToHtml).process(text)
 *
 * `rstToHast` resolves the parsed document on its own (directives, ids, references within the document; paths
 * relative to the document's folder) and turns it into the hast of the page content, the way remark-rehype
 * bridges markdown. `hastToHtml` is the compiler (hast-util-to-html). The site build (src/site/build.ts) does the
 * same steps for whole sites with cross-page links.
 */
import path from 'node:path';
import type { Plugin } from 'unified';
import type { Root as HastRoot } from 'hast';
import type { Node as UnistNode } from 'unist';
import type { VFile } from 'vfile';
import { toHtml } from 'hast-util-to-html';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Root } from '../rst/syntax.js';
import { SourceFiles, findProjectRoot } from '../load/source-files.js';
import { DataCache } from '../resolve/data-cache.js';
import { PageResolver } from '../resolve/page.js';
import type { SiteConfig } from '../config/config.js';
import { renderPage } from './index.js';

export interface RstToHastOptions {
  /** Raw HTML from `raw` directives and substitutions (off by default). */
  allowRaw?: boolean;
}

export const rstToHast: Plugin<[RstToHastOptions?], UnistNode, HastRoot> = function (options: RstToHastOptions = {}) {
  return (tree: UnistNode, vfile: VFile): HastRoot => {
    const root = tree as unknown as Root;
    const file = path.resolve(vfile.path || root.position?.file || 'index.rst');
    const sourceDir = path.dirname(file);
    const bag = new DiagnosticBag();
    const config: SiteConfig = {
      sourceDir,
      outDir: path.join(sourceDir, '_build'),
      root: findProjectRoot(sourceDir),
      project: '',
      microversions: null,
      allowRaw: options.allowRaw === true,
      templatesDir: null,
      rules: {},
      configFile: null,
      masterDoc: 'index',
    };
    const files = new SourceFiles(config.root, bag);
    const docname = path.basename(file).replace(/\.rst$/, '');
    const resolver = new PageResolver({ config, files, data: new DataCache(files, bag), diagnostics: bag }, docname, file, [docname]);
    const { page } = resolver.resolve(root);
    for (const d of bag.list) {
      const message = vfile.message(d.message, {
        place: { start: { line: d.line, column: d.column }, end: { line: d.endLine, column: d.endColumn } },
        ruleId: d.ruleId,
        source: 'apiref',
      });
      message.fatal = d.severity === 'error' ? true : d.severity === 'warn' ? false : undefined;
    }
    return renderPage(page, { allowRaw: config.allowRaw });
  };
};

/** The compiler: hast → HTML text. */
export const hastToHtml: Plugin<[], HastRoot, string> = function () {
  this.compiler = (tree) => toHtml(tree as HastRoot, { allowDangerousHtml: true });
};
