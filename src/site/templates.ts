/**
 * Page chrome: Handlebars templates from `templates/` (layout.hbs + partials), each of which a project may
 * override file by file from its own folder. Plain-text fields are escaped by `{{ }}`; only the trusted HTML
 * fields produced by our renderer (bodyHtml, localTocHtml, globalNavHtml) are written raw with `{{{ }}}`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { DiagnosticBag, fileSpan, type Span } from '../diagnostics/diagnostic.js';

export interface PageContext {
  lang: string;
  title: string;
  siteTitle: string;
  bodyHtml: string;
  localTocHtml: string;
  globalNavHtml: string;
  prev: { href: string; title: string } | null;
  next: { href: string; title: string } | null;
  staticPath: string;
  rootPath: string;
  generator: string;
}

type Render = (ctx: PageContext) => string;

export interface Templates {
  /** The layout with project overrides applied. */
  render: Render;
  /** Our own templates only: used when an override fails at render time. */
  fallback: Render;
  /** Which template files are in use, by name (`layout`, `sidebar`, ...) → absolute path. */
  sources: Map<string, string>;
  /** Where a render-time failure of an override is reported (once). */
  diagnostics: DiagnosticBag;
  failed: boolean;
}

/** `templates/` of this package: two levels up from src/site/ and from dist/site/ alike. */
export const builtinTemplateDir = fileURLToPath(new URL('../../templates/', import.meta.url));

const LAYOUT = 'layout';

/** Reads every `*.hbs` of a folder: name without extension → { file, text }. Missing folder → empty map. */
function readTemplateDir(dir: string, diagnostics: DiagnosticBag | null): Map<string, { file: string; text: string }> {
  const found = new Map<string, { file: string; text: string }>();
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.hbs')).sort();
  } catch {
    if (diagnostics) {
      diagnostics.report('template-dir-not-found', 'warn', `Template folder not found: ${dir}`, fileSpan(dir));
    }
    return found;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      found.set(name.slice(0, -'.hbs'.length), { file, text: fs.readFileSync(file, 'utf8') });
    } catch (err) {
      diagnostics?.report('template-read-error', 'error', `Cannot read template: ${(err as Error).message}`, fileSpan(file));
    }
  }
  return found;
}

/** Handlebars parse errors say "Parse error on line N:"; point the diagnostic there. */
function parseErrorSpan(file: string, message: string): Span {
  const m = /on line (\d+)/.exec(message);
  const line = m ? Number(m[1]) : 1;
  return { file, start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } };
}

function compileSet(files: Map<string, { file: string; text: string }>): Render {
  const hb = Handlebars.create();
  for (const [name, { text }] of files) {
    if (name !== LAYOUT) hb.registerPartial(name, text);
  }
  const layout = files.get(LAYOUT);
  const tpl = hb.compile(layout ? layout.text : '', { strict: false, preventIndent: true });
  return (ctx) => tpl(ctx);
}

const BODY_MARK = '<!--apiref:body-->';

const SAMPLE: PageContext = {
  lang: 'en',
  title: 'Sample',
  siteTitle: 'Sample',
  bodyHtml: BODY_MARK,
  localTocHtml: '',
  globalNavHtml: '',
  prev: { href: 'a.html', title: 'A' },
  next: { href: 'b.html', title: 'B' },
  staticPath: '_static/',
  rootPath: '',
  generator: 'apiref',
};

/**
 * Loads our templates, then replaces each one for which `overrideDir` has a file of the same name (and adds the
 * project's extra partials). An override that does not parse, or fails on a sample page, is reported and
 * our own file is used instead, so a bad override never stops a build.
 */
export function loadTemplates(overrideDir: string | null, diagnostics: DiagnosticBag): Templates {
  const builtin = readTemplateDir(builtinTemplateDir, null);
  const fallback = compileSet(builtin);
  const files = new Map(builtin);

  if (overrideDir) {
    for (const [name, entry] of readTemplateDir(overrideDir, diagnostics)) {
      try {
        Handlebars.parse(entry.text);
        files.set(name, entry);
      } catch (err) {
        const message = (err as Error).message.split('\n')[0] ?? 'parse error';
        diagnostics.report('template-syntax', 'error', `Template ${name}.hbs does not parse, using the default: ${message}`, parseErrorSpan(entry.file, message));
      }
    }
  }

  let render = compileSet(files);
  try {
    const sample = render(SAMPLE);
    // Links, the script and conformance all rely on the page content sitting in one role="main" element.
    if (sample.split(BODY_MARK).length !== 2 || sample.split('role="main"').length !== 2) {
      diagnostics.report('template-main', 'warn', 'The page layout should write {{{bodyHtml}}} exactly once, inside the one element with role="main".', fileSpan(files.get(LAYOUT)?.file ?? builtinTemplateDir));
    }
  } catch (err) {
    // A missing partial or a bad helper only shows when rendering; try once now so it is reported at load.
    const overridden = [...files].filter(([n, e]) => builtin.get(n)?.file !== e.file).map(([, e]) => e.file);
    diagnostics.report('template-render', 'error', `Project templates fail to render, using the defaults: ${(err as Error).message}`, fileSpan(overridden[0] ?? overrideDir ?? builtinTemplateDir));
    render = fallback;
    files.clear();
    for (const [n, e] of builtin) files.set(n, e);
  }

  const sources = new Map<string, string>();
  for (const [name, { file }] of files) sources.set(name, file);
  return { render, fallback, sources, diagnostics, failed: false };
}

/** Renders one page. A failure inside an override (data-dependent) is reported once and falls back to ours. */
export function renderPage(t: Templates, ctx: PageContext): string {
  try {
    return t.render(ctx);
  } catch (err) {
    if (!t.failed) {
      t.failed = true;
      const file = t.sources.get(LAYOUT) ?? builtinTemplateDir;
      t.diagnostics.report('template-render', 'error', `Template failed on page "${ctx.title}", using the defaults: ${(err as Error).message}`, fileSpan(file));
    }
    return t.fallback(ctx);
  }
}

/** The relative path from a page (`v2/index.html`) to the site root: "" or "../" repeated. */
export function rootPathFor(pagePath: string): string {
  const depth = pagePath.split('/').length - 1;
  return '../'.repeat(depth);
}
