/**
 * The site as the preview server keeps it: built once in memory, then rebuilt in part when files change. A
 * dependency graph from the build (each page's `dependencies`: its document, includes, samples, data files) says
 * which pages a changed file feeds; only those are re-resolved. Linking (labels, `:ref:`) and the rules run
 * again over the whole site, which is cheap; pages are re-rendered when they were re-resolved, or all of them
 * when a title or label moved (navigation and links of every page may show it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DiagnosticBag, compareDiagnostics, fileSpan, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadConfig, type ConfigOptions } from '../config/load.js';
import type { SiteConfig } from '../config/config.js';
import { SourceFiles } from '../load/source-files.js';
import { DataCache } from '../resolve/data-cache.js';
import type { ResolvedPage } from '../resolve/page.js';
import { findDocuments, linkSite, resolveDocument, type Site } from '../resolve/site.js';
import { runRules } from '../rules/index.js';
import { loadTemplates, type Templates } from '../site/templates.js';
import { assetFiles, pagesByName, renderPageHtml } from '../site/build.js';
import { searchFiles } from '../site/search-page.js';
import { genindexFiles } from '../site/genindex-page.js';
import { imageFiles } from '../site/images.js';
import { plainText } from '../resolve/text.js';
import { finalFindings } from '../rules/findings.js';
import { DiagnosticRouter, RecordingSyntaxCache, mergeDiagnostics } from './diagnostic-router.js';

export type ChangeEvent = 'add' | 'change' | 'unlink';

export interface FileChange {
  file: string;
  event: ChangeEvent;
}

export interface RebuildReport {
  kind: 'full' | 'partial' | 'none' | 'failed';
  /** Output paths (`v3/index.html`) of the pages rendered again and now served. */
  rendered: string[];
  /** Pages whose new version has more errors than the one served: the old one is kept. */
  kept: string[];
  ms: number;
  errors: number;
  warnings: number;
  /** Why the rebuild failed (a broken configuration file); the previous site stays served. */
  failure?: string;
}

export class PreviewSite {
  config!: SiteConfig;
  site!: Site;
  /** Every finding of the current build, severities applied, sorted. */
  diagnostics: Diagnostic[] = [];
  /** Counts rebuilds: the page script compares it to know its page is stale. */
  generation = 0;

  private router = new DiagnosticRouter();
  private files!: SourceFiles;
  private data!: DataCache;
  private docnames: string[] = [];
  private resolved = new Map<string, ResolvedPage>();
  private readonly pageBags = new Map<string, DiagnosticBag>();
  private readonly dataBags = new Map<string, DiagnosticBag>();
  private configBag = new DiagnosticBag();
  private templateBag = new DiagnosticBag();
  private linkBag = new DiagnosticBag();
  private ruleBag = new DiagnosticBag();
  /** Pages whose rendering failed (a renderer bug): the finding stays until the page renders again. */
  private readonly renderBags = new Map<string, DiagnosticBag>();
  private templates!: Templates;
  private readonly output = new Map<string, string | Buffer>();
  /** Errors of the page version being served, by output path: a rebuild with more is held back. */
  private readonly servedErrors = new Map<string, number>();
  private signature = '';
  /** The generation at which each page's served version was made. */
  private readonly pageGeneration = new Map<string, number>();

  constructor(private readonly options: ConfigOptions) {}

  /** The built file at an output path (`index.html`, `_static/apiref.js`), or undefined. */
  file(outputPath: string): string | Buffer | undefined {
    return this.output.get(outputPath);
  }

  /** What to watch: the source tree, every file a page read (even outside it), configuration and templates. */
  watchPaths(): string[] {
    const paths = new Set<string>([this.config.sourceDir]);
    const inside = (f: string) => !path.relative(this.config.sourceDir, f).startsWith('..');
    for (const r of this.resolved.values()) for (const d of r.page.dependencies) if (!inside(d)) paths.add(d);
    for (const d of this.dataBags.keys()) if (!inside(d)) paths.add(d);
    if (this.config.configFile) paths.add(this.config.configFile);
    if (this.config.templatesDir) paths.add(this.config.templatesDir);
    return [...paths].sort();
  }

  /** The findings to show on one page: its own files' and the site-wide ones (configuration, templates). */
  diagnosticsFor(outputPath: string): Diagnostic[] {
    const page = this.site?.pages.find((p) => p.path === outputPath);
    return page ? this.forPage(this.diagnostics, page) : [];
  }

  private forPage(list: Diagnostic[], page: Site['pages'][number]): Diagnostic[] {
    const files = new Set(page.dependencies);
    files.add(page.file);
    const global = new Set([...this.configBag.list, ...this.templateBag.list].map((d) => d.file));
    return list.filter((d) => files.has(d.file) || global.has(d.file));
  }

  /** The generation at which the served version of a page was made (0 when unknown). */
  pageMadeAt(outputPath: string): number {
    return this.pageGeneration.get(outputPath) ?? 0;
  }

  /** Builds everything from scratch (first build, or a change to configuration or to the set of documents). */
  build(): RebuildReport {
    const started = performance.now();
    const configBag = new DiagnosticBag();
    let config: SiteConfig;
    try {
      config = loadConfig(this.options, configBag);
    } catch (err) {
      if (!this.site) throw err;
      return this.finish('failed', [], [], started, (err as Error).message);
    }
    this.config = config;
    this.configBag = configBag;
    this.router = new DiagnosticRouter();
    const syntax = new RecordingSyntaxCache(this.router);
    this.files = new SourceFiles(config.root, this.router);
    this.data = new DataCache(this.files, this.router, { capture: (file, load) => this.router.into(this.dataBag(file, true), load), sharedSyntax: syntax });
    this.docnames = findDocuments(config.sourceDir, config.outDir);
    this.resolved = new Map();
    this.pageBags.clear();
    this.dataBags.clear();
    for (const docname of this.docnames) this.resolveOne(docname);
    this.loadTemplates();
    this.link();
    this.check();
    this.output.clear();
    this.servedErrors.clear();
    this.pageGeneration.clear();
    this.renderBags.clear();
    for (const f of assetFiles()) this.output.set(f.path, f.content);
    const rendered = this.render(this.site.pages.map((p) => p.docname), true);
    return this.finish('full', rendered.rendered, rendered.kept, started);
  }

  /**
   * Applies a batch of file changes: re-resolves and re-renders what they affect. With `deferChecks` the lint
   * rules are left for check() (called once the reload is announced), so the page reloads sooner; until then
   * the previous run's rule findings stand.
   */
  update(changes: FileChange[], options: { deferChecks?: boolean } = {}): RebuildReport {
    const started = performance.now();
    const abs = changes.map((c) => ({ ...c, file: path.resolve(c.file) }));
    const confPy = path.join(this.config.sourceDir, 'conf.py');
    if (abs.some((c) => c.file === this.config.configFile || c.file === confPy)) return this.build();
    const checks = !options.deferChecks;
    if (abs.some((c) => c.event !== 'change')) {
      // A document added or deleted (or a folder of them) changes the set of pages: build it all again.
      const now = findDocuments(this.config.sourceDir, this.config.outDir);
      if (now.join('\n') !== this.docnames.join('\n')) return this.build();
    }

    let templatesChanged = false;
    const affected = new Set<string>();
    const byDependency = this.dependencyGraph();
    for (const { file } of abs) {
      if (this.config.templatesDir && !path.relative(this.config.templatesDir, file).startsWith('..')) {
        templatesChanged = true;
        continue;
      }
      this.files.invalidate(file);
      if (this.data.invalidate(file)) this.dataBags.delete(file);
      for (const docname of byDependency.get(file) ?? []) affected.add(docname);
      const docname = this.docnameOf(file);
      if (docname) affected.add(docname);
    }
    if (!affected.size && !templatesChanged) return this.finish('none', [], [], started);

    for (const docname of affected) this.resolveOne(docname);
    if (templatesChanged) this.loadTemplates();
    const moved = this.link();
    if (checks) this.check();
    const { rendered, kept } = this.render(templatesChanged || moved ? this.site.pages.map((p) => p.docname) : [...affected], false);
    return this.finish('partial', rendered, kept, started);
  }

  // ------------------------------------------------------------------------------------------------ steps

  private resolveOne(docname: string): void {
    const bag = new DiagnosticBag();
    this.pageBags.set(docname, bag);
    const r = this.router.into(bag, () =>
      resolveDocument({ config: this.config, files: this.files, data: this.data, diagnostics: this.router }, docname, this.docnames),
    );
    if (r) this.resolved.set(docname, r);
    else this.resolved.delete(docname);
  }

  private loadTemplates(): void {
    this.templateBag = new DiagnosticBag();
    this.templates = loadTemplates(this.config.templatesDir, this.templateBag);
  }

  /** Runs the lint rules over the whole site (they may look across pages) and refreshes the findings. */
  check(): { errors: number; warnings: number } {
    this.ruleBag = new DiagnosticBag();
    runRules(this.site, this.ruleBag);
    this.diagnostics = this.finalize(this.allFindings());
    return { errors: this.diagnostics.filter((d) => d.severity === 'error').length, warnings: this.diagnostics.filter((d) => d.severity === 'warn').length };
  }

  /** Links the pages; true when a page title or a label changed since the last time. */
  private link(): boolean {
    // Pages keep their resolve order (that of findDocuments) so duplicate labels are reported as a full build does.
    const ordered = new Map<string, ResolvedPage>();
    for (const name of this.docnames) {
      const r = this.resolved.get(name);
      if (r) ordered.set(name, r);
    }
    this.linkBag = new DiagnosticBag();
    this.site = linkSite(this.config, ordered, this.data, this.files, this.linkBag);
    const sig: string[] = this.site.pages.map((p) => `${p.docname}\0${p.title}`);
    for (const [name, l] of this.site.labels) sig.push(`${name}\0${l.docname}#${l.id}\0${plainText(l.title)}`);
    const signature = sig.join('\n');
    const moved = signature !== this.signature;
    this.signature = signature;
    return moved;
  }

  private render(docnames: string[], first: boolean): { rendered: string[]; kept: string[] } {
    this.diagnostics = this.finalize(this.allFindings());
    const wanted = new Set(docnames);
    const resolveFindings = this.finalize(this.allFindings(false));
    const byName = pagesByName(this.site);
    const rendered: string[] = [];
    const kept: string[] = [];
    this.site.pages.forEach((page, i) => {
      if (!wanted.has(page.docname)) return;
      // Lint findings never hold a page back: only what resolving it found (missing files, broken markup).
      const errors = this.forPage(resolveFindings, page).filter((d) => d.severity === 'error').length;
      const served = this.servedErrors.get(page.path);
      if (!first && served !== undefined && errors > served && this.output.has(page.path)) {
        kept.push(page.path);
        return;
      }
      let html: string;
      try {
        html = renderPageHtml(this.site, i, this.templates, byName);
      } catch (err) {
        // A renderer bug must not take the preview down: keep what is served and say why.
        const bag = new DiagnosticBag();
        bag.report('render-failure', 'error', `Rendering failed: ${(err as Error).message}. This is a bug in apiref.`, fileSpan(page.file));
        this.renderBags.set(page.path, bag);
        kept.push(page.path);
        return;
      }
      this.renderBags.delete(page.path);
      this.output.set(page.path, html);
      this.servedErrors.set(page.path, errors);
      this.pageGeneration.set(page.path, this.generation + 1);
      rendered.push(page.path);
    });
    // The search page and its index cover every page, so they follow every rebuild (cheap: no rendering).
    for (const f of searchFiles(this.site, this.templates)) this.output.set(f.path, f.content);
    for (const f of genindexFiles(this.site, this.templates)) this.output.set(f.path, f.content);
    for (const f of imageFiles(this.site)) this.output.set(f.path, f.content);
    if (kept.length) this.diagnostics = this.finalize(this.allFindings());
    return { rendered, kept };
  }

  private finish(kind: RebuildReport['kind'], rendered: string[], kept: string[], started: number, failure?: string): RebuildReport {
    if (kind !== 'none') this.generation++;
    const errors = this.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = this.diagnostics.filter((d) => d.severity === 'warn').length;
    const report: RebuildReport = { kind, rendered, kept, ms: performance.now() - started, errors, warnings };
    if (failure !== undefined) report.failure = failure;
    return report;
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** As the build reports them: severities, inline suppressions, the baseline; sorted. */
  private finalize(list: Diagnostic[]): Diagnostic[] {
    try {
      return finalFindings(list, this.config, this.files, this.config.baselineFile ?? null);
    } catch (err) {
      // An unreadable baseline: show everything rather than stop the preview, and say why.
      const bag = new DiagnosticBag();
      bag.report('baseline', 'error', (err as Error).message, fileSpan(this.config.baselineFile ?? this.config.sourceDir));
      return [...list, ...bag.list].sort(compareDiagnostics);
    }
  }

  private allFindings(withRules = true): Diagnostic[] {
    // A data file no page reads any more (its table was removed) takes its findings with it.
    const read = new Set<string>();
    for (const r of this.resolved.values()) for (const d of r.page.dependencies) read.add(d);
    const data = [...this.dataBags].filter(([file]) => read.has(file)).map(([, bag]) => bag);
    return mergeDiagnostics([this.configBag, this.templateBag, ...this.pageBags.values(), ...data, this.linkBag, ...this.renderBags.values(), ...(withRules ? [this.ruleBag] : [])]);
  }

  private dataBag(file: string, fresh: boolean): DiagnosticBag {
    let bag = this.dataBags.get(file);
    if (!bag || fresh) {
      bag = new DiagnosticBag();
      this.dataBags.set(file, bag);
    }
    return bag;
  }

  /** file → the documents that read it. */
  private dependencyGraph(): Map<string, Set<string>> {
    const graph = new Map<string, Set<string>>();
    for (const [docname, r] of this.resolved) {
      for (const dep of r.page.dependencies) {
        let set = graph.get(dep);
        if (!set) graph.set(dep, (set = new Set()));
        set.add(docname);
      }
    }
    return graph;
  }

  private docnameOf(file: string): string | null {
    const rel = path.relative(this.config.sourceDir, file);
    if (rel.startsWith('..') || !rel.endsWith('.rst')) return null;
    const docname = rel.slice(0, -4).split(path.sep).join('/');
    return this.docnames.includes(docname) ? docname : null;
  }
}

/** True when a path names an existing regular file (the watcher's events are re-checked against the disk). */
export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
