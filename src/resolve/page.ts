/**
 * The resolve stage for one document: syntax tree → resolved page. Sections get docutils ids (in document order,
 * as docutils assigns them while parsing), directives run, targets attach to what follows them, substitutions
 * and footnotes are resolved. Cross-page references (`:ref:`, `:doc:`) are left as pending links that the site
 * resolver fills in once every page's labels are known.
 */
import path from 'node:path';
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';
import type * as S from '../rst/syntax.js';
import type * as D from '../document/nodes.js';
import { parseBlocks } from '../rst/parse.js';
import { parseInline } from '../rst/inline.js';
import { educate } from '../rst/smartquotes.js';
import { IdRegistry, fullyNormalizeName } from '../document/ids.js';
import { resolveSourcePath, type SourceFiles, type LoadedFile } from '../load/source-files.js';
import type { SiteConfig } from '../config/config.js';
import type { DataCache } from './data-cache.js';
import { option, type DirectiveContext } from '../directives/types.js';
import { directiveHandlers } from '../directives/index.js';
import { resolveRole, type PendingReference } from './roles.js';
import { resolveSubstitution } from './substitutions.js';
import { plainText } from './text.js';
import { scriptScheme } from './links.js';
import { absolutePath } from '../util/paths.js';
import { isContextFree } from './context-free.js';
import { extensionOf } from './extension-directives.js';
import { operationFromSection } from '../directives/rest-method.js';
import { tieringCheckpoint } from '../util/tiering.js';
import { applySectionNumbers, fillContents } from './contents.js';

export interface ResolveEnv {
  config: SiteConfig;
  files: SourceFiles;
  data: DataCache;
  diagnostics: DiagnosticBag;
}

/** A label defined on a page: where `:ref:` goes and the text it shows. */
export interface Label {
  docname: string;
  id: string;
  title: D.DocInline[];
  /** True for labels on sections (`:ref:` without text works); false for labels on other elements. */
  section: boolean;
  position: Span;
}

export interface ResolvedPage {
  page: D.Page;
  labels: Map<string, Label>;
  pending: PendingReference[];
  sectionNames: Map<string, string>;
}

/** Directives whose first line is never prose (see PageResolver.checkComment). */
const NON_PROSE_DIRECTIVES = new Set([
  'rest_method',
  'rest_parameters',
  'rest_status_code',
  'rest_expand_all',
  'include',
  'literalinclude',
  'toctree',
  'code-block',
  'code',
  'sourcecode',
  'image',
  'figure',
  'list-table',
  'csv-table',
  'contents',
]);

/**
 * Directives of docutils and of Sphinx itself that show content and that apiref does not render yet (see
 * directive()). Extensions' directives (graphviz, autodoc) are unknown to a build with only os-api-ref loaded.
 */
const UNSUPPORTED_DIRECTIVES = new Set([
  'math', 'epigraph', 'highlights', 'pull-quote', 'parsed-literal', 'glossary', 'productionlist',
  'hlist', 'centered', 'line-block', 'target-notes',
]);

export class PageResolver implements DirectiveContext {
  readonly ids = new IdRegistry();
  readonly labels = new Map<string, Label>();
  readonly pending: PendingReference[] = [];
  readonly dependencies = new Set<string>();
  /** Section titles (normalized) → the first section's id: `Title`_ references point here. */
  readonly sectionNames = new Map<string, string>();
  highlightLanguage = 'default';
  /** Titled tables and captioned code blocks, in document order (see resolve()). */
  private readonly captioned: (D.DocTable | D.CodeBlock | D.DocFigure)[] = [];
  /** Whether the page has a `.. contents::` or `.. sectnum::`: only then are their transforms run. */
  private hasContents = false;
  currentOperation: { method: string; url: string; anchor: string } | null = null;

  private readonly substitutions = new Map<string, S.SubstitutionDefinition>();
  private readonly namedTargets = new Map<string, S.Target>();
  /** Block lists already walked for nested named targets. */
  private readonly walkedForTargets = new WeakSet<object>();
  /** Places already reported as duplicate targets (definitions may be collected more than once). */
  private readonly reportedDuplicates = new Set<string>();
  private readonly anonymousTargets: S.Target[] = [];
  private anonymousRefIndex = 0;
  /** Internal targets (`.. _label:`) waiting for the next element. */
  private pendingTargets: { id: string; name: string; position: Span }[] = [];
  private readonly footnotes: FootnoteTable;
  private substitutionDepth = 0;
  readonly topDir: string;

  constructor(
    readonly env: ResolveEnv,
    readonly docname: string,
    readonly docFile: string,
    private readonly docnames: string[],
  ) {
    this.topDir = path.dirname(docFile);
    this.footnotes = new FootnoteTable(this.ids);
  }

  get diagnostics(): DiagnosticBag {
    return this.env.diagnostics;
  }
  get files(): SourceFiles {
    return this.env.files;
  }
  get data(): DataCache {
    return this.env.data;
  }
  get config(): SiteConfig {
    return this.env.config;
  }

  /** A document name written in a toctree or `:doc:`, as Sphinx reads it: relative to this document, `/x` from the source. */
  docnameFor(target: string): string {
    return docnameRelativeTo(this.docname, target);
  }

  allDocnames(): string[] {
    return this.docnames;
  }

  resolvePath(written: string): string {
    return resolveSourcePath(written, this.topDir, this.env.config.sourceDir);
  }

  dependsOn(file: string): void {
    this.dependencies.add(absolutePath(file));
  }

  readFile(file: string, at: Span, what: string): LoadedFile | null {
    this.dependencies.add(absolutePath(file));
    return this.env.files.read(file, at, what);
  }

  /** The include callback for the parser: resolves like Sphinx and records the dependency. */
  readonly includeFile = (written: string, at: Span): { file: string; text: string } | null => {
    tieringCheckpoint();
    const file = this.resolvePath(written);
    return this.readFile(file, at, 'Included file');
  };

  /** How deep directive bodies are nested: each is parsed on its own, so the parser's own limit restarts there. */
  private nesting = 0;

  resolveBlocks(lines: S.Line[]): D.DocBlock[] {
    if (this.nesting >= MAX_DIRECTIVE_NESTING) {
      const at = lines[0] ? { file: lines[0].file, start: { line: lines[0].line, column: lines[0].column, offset: lines[0].offset }, end: { line: lines[0].line, column: lines[0].column, offset: lines[0].offset } } : fallbackSpan(this.docFile);
      this.diagnostics.report('rst-syntax', 'error', `Directive content nested deeper than ${MAX_DIRECTIVE_NESTING} levels; the rest is not shown.`, at);
      return [];
    }
    this.nesting++;
    try {
      const blocks = parseBlocks(lines, { file: this.docFile, diagnostics: this.diagnostics, include: this.includeFile });
      this.collectDefinitions(blocks);
      return this.blocks(blocks);
    } finally {
      this.nesting--;
    }
  }

  resolveSharedBlocks(cacheKey: string, lines: () => S.Line[]): D.DocBlock[] {
    const cache = this.env.data.sharedSyntax;
    let blocks = cache.get(cacheKey);
    if (!blocks) {
      blocks = parseBlocks(lines(), { file: this.docFile, diagnostics: this.diagnostics, include: this.includeFile });
      cache.set(cacheKey, blocks);
    }
    // Most descriptions are plain text with a little markup: resolved once, used by every row (see context-free.ts).
    const resolvedCache = this.env.data.sharedResolved;
    const shared = resolvedCache.get(blocks);
    if (shared) return shared;
    if (isContextFree(blocks)) {
      const resolved = this.blocks(blocks);
      resolvedCache.set(blocks, resolved);
      return resolved;
    }
    this.collectDefinitions(blocks);
    return this.blocks(blocks);
  }

  resolveInline(lines: S.Line[]): D.DocInline[] {
    return this.inlines(parseInline(lines, this.diagnostics));
  }

  implicitTargetId(name: string): string {
    return this.ids.setId(fullyNormalizeName(name));
  }

  // -------------------------------------------------------------------------------------------- document

  resolve(root: S.Root): ResolvedPage {
    this.dependencies.add(this.docFile);
    this.collectDefinitions(root.children);
    this.footnotes.collect(root.children);
    const children = this.blocks(root.children);
    this.flushTargetsAtEnd(children);
    // docutils' SectNum then Contents transforms: once every section exists, before Sphinx's AutoNumbering ids.
    if (this.hasContents) fillContents(children, this.ids, applySectionNumbers(children), this.diagnostics);
    // Sphinx gives titled tables and captioned code blocks an id once the document is parsed (its AutoNumbering
    // transform), in document order, from the same counter: after every id given while parsing.
    for (const node of this.captioned) node.id = this.ids.autoId();
    this.footnotes.finish();
    const first = findFirstSection(children);
    const tocdepth = root.meta['tocdepth'] !== undefined ? Number.parseInt(root.meta['tocdepth']!, 10) : NaN;
    const page: D.Page = {
      docname: this.docname,
      path: `${this.docname}.html`,
      file: this.docFile,
      // As Sphinx's TitleCollector: a document without a section title is titled '<no title>'.
      title: first ? plainText(first.title) : '<no title>',
      titleInline: first ? first.title : [],
      children,
      tocdepth: Number.isFinite(tocdepth) ? tocdepth : null,
      orphan: root.meta['orphan'] !== undefined,
      dependencies: [...this.dependencies].sort(),
      indexEntries: this.indexEntries,
    };
    return { page, labels: this.labels, pending: this.pending, sectionNames: this.sectionNames };
  }

  /** Substitution definitions and named targets apply document-wide, wherever they stand. */
  private collectDefinitions(nodes: S.Block[]): void {
    this.collectBlockDefinitions(nodes);
    // docutils: every named target is document-wide, wherever it stands: `.. _x: uri` inside a list item or a
    // block quote, and the target that `text <uri>`_ defines beside itself. An explicit name also takes
    // precedence over a section title's implicit one (the section gets dupnames). One walk over the whole tree,
    // once per tree: shared blocks (parameter descriptions) come back here at every use.
    if (this.walkedForTargets.has(nodes)) return;
    this.walkedForTargets.add(nodes);
    for (const node of nodes) this.collectNestedNamedTargets(node, true);
  }

  /** The definitions that stand as blocks of the document or of its sections. */
  private collectBlockDefinitions(nodes: S.Block[]): void {
    for (const node of nodes) {
      if (node.type === 'substitutionDefinition') {
        if (this.substitutions.has(node.name)) {
          this.diagnostics.report('rst-syntax', 'warn', `Duplicate substitution definition name: "${node.name}".`, node.position);
        }
        this.substitutions.set(node.name, node);
      } else if (node.type === 'target') {
        if (node.anonymous) this.anonymousTargets.push(node);
        else if (node.name && (node.refuri !== undefined || node.refname !== undefined)) this.defineNamedTarget(node, true);
      } else if (node.type === 'section') {
        this.collectBlockDefinitions(node.children.slice(1) as S.Block[]);
      }
    }
  }

  /**
   * Registers an external or indirect named target. The same name pointing elsewhere is docutils' "Duplicate
   * explicit target name" (the same name for the same URL, as a link written twice, is fine). Block-level targets
   * replace an earlier definition, nested ones (found afterwards) do not.
   */
  private defineNamedTarget(t: S.Target, replace: boolean): void {
    const earlier = this.namedTargets.get(t.name!);
    if (earlier && earlier !== t && (earlier.refuri !== t.refuri || earlier.refname !== t.refname)) {
      // Report the later of the two where both are in one file (nested targets are found after block-level ones).
      const tFirst = earlier.position.file === t.position.file && t.position.start.offset < earlier.position.start.offset;
      const [first, second] = tFirst ? [t, earlier] : [earlier, t];
      const key = `${second.position.file}\0${second.position.start.offset}`;
      if (!this.reportedDuplicates.has(key)) {
        this.reportedDuplicates.add(key);
        this.diagnostics.report('duplicate-label', 'warn', `Duplicate explicit target name: "${t.name}".`, second.position, [
          { file: first.position.file, line: first.position.start.line, column: first.position.start.column, message: 'first defined here' },
        ]);
      }
    }
    if (!earlier || replace) this.namedTargets.set(t.name!, t);
  }

  private collectNestedNamedTargets(value: unknown, top: boolean): void {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) this.collectNestedNamedTargets(v, false);
      return;
    }
    const node = value as { type?: string; [k: string]: unknown };
    if (node.type === 'directive' || node.type === 'substitutionDefinition') return;
    if (node.type === 'target' && !top) {
      const t = node as unknown as S.Target;
      if (!t.anonymous && t.name && (t.refuri !== undefined || t.refname !== undefined)) this.defineNamedTarget(t, false);
    } else if (node.type === 'reference') {
      const r = node as unknown as S.Reference;
      if (r.target !== undefined && r.refuri !== undefined) {
        this.defineNamedTarget({ type: 'target', name: r.target, refuri: r.refuri, anonymous: false, position: r.position } as S.Target, false);
      }
    }
    for (const k in node) {
      if (k === 'position') continue;
      const v = node[k];
      if (v && typeof v === 'object') this.collectNestedNamedTargets(v, false);
    }
  }

  // -------------------------------------------------------------------------------------------- blocks

  blocks(nodes: S.Block[]): D.DocBlock[] {
    const out: D.DocBlock[] = [];
    for (const node of nodes) {
      for (const b of this.block(node)) out.push(b);
    }
    return out;
  }

  /**
   * `.. note: text` or `.. rest_status_code: error status.yaml` (one colon) is a comment to RST: the directive,
   * and the indented block under it, silently disappear. A comment that starts like a known directive is reported.
   */
  private checkComment(node: S.Comment): void {
    const m = /^([A-Za-z][A-Za-z0-9_.+-]*):(?!:)(?:[ \t]|$)/.exec(node.value);
    if (!m) return;
    // Only directives whose text is not prose: `.. note: see router.py` or `.. TODO: ...` are how people leave
    // remarks for maintainers in RST source (glance does), while `.. rest_parameters: parameters.yaml` is a slip.
    if (!NON_PROSE_DIRECTIVES.has(m[1]!.toLowerCase())) return;
    const first = node.position.start;
    this.diagnostics.report(
      'comment-looks-like-directive',
      'warn',
      `\`\`.. ${m[1]}:\`\` is a comment, not a directive, so it and the block under it are not shown: write \`\`.. ${m[1]}::\`\` (two colons).`,
      { file: node.position.file, start: first, end: { line: first.line, column: first.column + 3 + m[0].trimEnd().length, offset: first.offset + 3 + m[0].trimEnd().length } },
    );
  }

  /**
   * `..rest_method:: GET /x` (no space after the two dots) is a paragraph to RST: the directive's line shows as
   * text and the operation is not made (sahara). A paragraph that starts like a known directive is reported.
   */
  private checkParagraph(node: S.Paragraph): void {
    const first = node.children[0];
    if (first?.type !== 'text' || !first.value.startsWith('..')) return;
    const m = /^\.\.([A-Za-z][A-Za-z0-9_.+-]*)::(?:[ \t]|$)/.exec(first.value);
    if (!m || !NON_PROSE_DIRECTIVES.has(m[1]!.toLowerCase())) return;
    const start = node.position.start;
    const length = 2 + m[1]!.length + 2;
    this.diagnostics.report(
      'directive-missing-space',
      'warn',
      `\`\`..${m[1]}::\`\` needs a space after the two dots: without it this is a paragraph of text, not a directive. Write \`\`.. ${m[1]}::\`\`.`,
      { file: node.position.file, start, end: { line: start.line, column: start.column + length, offset: start.offset + length } },
    );
  }

  private block(node: S.Block): D.DocBlock[] {
    switch (node.type) {
      case 'section':
        return [this.section(node)];
      case 'target':
        return this.target(node);
      case 'comment':
        this.checkComment(node);
        return [];
      case 'substitutionDefinition':
      case 'include':
        return [];
      default:
        break;
    }
    const ids = this.takeTargets();
    const resolved = this.nonSection(node);
    if (ids.length) return [{ type: 'targetAnchor', ids, position: node.position }, ...resolved];
    return resolved;
  }

  private nonSection(node: Exclude<S.Block, S.Section | S.Target | S.Comment | S.SubstitutionDefinition | S.Include>): D.DocBlock[] {
    switch (node.type) {
      case 'paragraph':
        this.checkParagraph(node);
        return [{ type: 'paragraph', children: this.inlines(node.children), position: node.position }];
      case 'bulletList':
        return [{ type: 'bulletList', children: node.children.map((li) => this.listItem(li)), position: node.position }];
      case 'enumeratedList':
        return [
          {
            type: 'enumeratedList',
            enumtype: node.enumtype,
            prefix: node.prefix,
            suffix: node.suffix,
            start: node.start,
            children: node.children.map((li) => this.listItem(li)),
            position: node.position,
          },
        ];
      case 'definitionList':
        return [
          {
            type: 'definitionList',
            position: node.position,
            children: node.children.map((item) => {
              const [term, ...rest] = item.children;
              const classifiers = rest.filter((c): c is S.Classifier => c.type === 'classifier').map((c) => this.inlines(c.children));
              const defs = rest.filter((c): c is S.Definition => c.type === 'definition');
              return {
                type: 'definitionListItem' as const,
                term: this.inlines(term.children),
                classifiers,
                children: defs.flatMap((d) => this.blocks(d.children)),
                position: item.position,
              };
            }),
          },
        ];
      case 'fieldList':
        return [
          {
            type: 'fieldList',
            position: node.position,
            children: node.children.map((f) => ({
              type: 'field' as const,
              name: this.inlines(f.children[0].children),
              children: this.blocks(f.children[1].children),
              position: f.position,
            })),
          },
        ];
      case 'blockQuote': {
        const attribution = node.children.find((c): c is S.Attribution => c.type === 'attribution');
        const body = node.children.filter((c): c is S.Block => c.type !== 'attribution');
        return [
          {
            type: 'blockQuote',
            attribution: attribution ? this.inlines(attribution.children) : null,
            children: this.blocks(body),
            position: node.position,
          },
        ];
      }
      case 'literalBlock':
        return [
          { type: 'codeBlock', language: this.highlightLanguage, value: node.value, emphasize: [], caption: null, sourceFile: null, position: node.position },
        ];
      case 'doctestBlock':
        return [node];
      case 'lineBlock':
        return [this.lineBlock(node)];
      case 'transition':
        return [node];
      case 'table':
        return [this.table(node)];
      case 'footnote':
      case 'citation':
        return [this.footnote(node)];
      case 'directive':
        return this.directive(node);
    }
  }

  private listItem(li: S.ListItem): D.DocListItem {
    return { type: 'listItem', children: this.blocks(li.children), position: li.position };
  }

  private lineBlock(node: S.LineBlock): D.DocLineBlock {
    return {
      type: 'lineBlock',
      position: node.position,
      children: node.children.map((c) =>
        c.type === 'lineBlock' ? this.lineBlock(c) : { type: 'line' as const, children: this.inlines(c.children), position: c.position },
      ),
    };
  }

  table(node: S.Table): D.DocTable {
    const rows = (part: S.TableHead | S.TableBody | undefined): D.DocRow[] =>
      (part?.children ?? []).map((row) => ({
        cells: row.children.map((cell) => ({ colspan: cell.colspan, rowspan: cell.rowspan, children: this.blocks(cell.children) })),
      }));
    const head = node.children.find((c): c is S.TableHead => c.type === 'tableHead');
    const body = node.children.find((c): c is S.TableBody => c.type === 'tableBody');
    return { type: 'table', colWidths: node.colWidths, widths: null, title: null, head: rows(head), body: rows(body), position: node.position };
  }

  private footnote(node: S.Footnote | S.Citation): D.DocFootnote {
    const entry = this.footnotes.define(node);
    return {
      type: 'footnote',
      id: entry.id,
      label: entry.label,
      backrefs: entry.backrefs,
      children: this.blocks(node.children),
      position: node.position,
    };
  }

  // -------------------------------------------------------------------------------------------- sections

  private section(node: S.Section): D.DocSection | D.Operation {
    const [titleNode, ...body] = node.children;
    const rawTitle = plainText(titleNode.children);
    // docutils names the section by its title text as parsed (before smart quotes) and sets its id at once.
    const name = fullyNormalizeName(rawTitle);
    const id = this.ids.setId(name);
    const title = this.inlines(titleNode.children);
    const extra = this.takeTargets({ title, position: node.position });
    if (!this.sectionNames.has(name)) this.sectionNames.set(name, id);
    const method = body.filter((b): b is S.Directive => b.type === 'directive' && b.name === 'rest_method');
    if (method.length) {
      return operationFromSection(this, node, method, id, extra, title, (blocks) => this.blocks(blocks));
    }
    return { type: 'section', depth: node.depth, ids: sortIds([id, ...extra]), title, children: this.blocks(body as S.Block[]), position: node.position };
  }

  // -------------------------------------------------------------------------------------------- targets

  private target(node: S.Target): D.DocBlock[] {
    if (node.anonymous || !node.name) return [];
    if (node.refuri !== undefined || node.refname !== undefined) {
      // External and indirect targets are not shown, but take an id as docutils gives every named target one.
      this.ids.setId(node.name);
      return [];
    }
    const earlier = this.labels.get(node.name) ?? this.pendingTargets.find((t) => t.name === node.name);
    if (earlier) {
      this.diagnostics.report('duplicate-label', 'warn', `Duplicate explicit target name: "${node.name}".`, node.position, [
        { file: earlier.position.file, line: earlier.position.start.line, column: earlier.position.start.column, message: 'first defined here' },
      ]);
    }
    this.pendingTargets.push({ id: this.ids.setExplicitId(node.name), name: node.name, position: node.position });
    return [];
  }

  /**
   * Internal targets waiting to attach to the next element: defines their labels and returns their ids. Labels
   * before a section show its title in `:ref:` and link to the label's own id.
   */
  private takeTargets(section?: { title: D.DocInline[]; position: Span }): string[] {
    if (!this.pendingTargets.length) return [];
    for (const t of this.pendingTargets) {
      if (section) this.labels.set(t.name, { docname: this.docname, id: t.id, title: section.title, section: true, position: section.position });
      else if (!this.labels.has(t.name)) this.labels.set(t.name, { docname: this.docname, id: t.id, title: [], section: false, position: t.position });
    }
    const ids = this.pendingTargets.map((t) => t.id);
    this.pendingTargets = [];
    return ids;
  }

  private flushTargetsAtEnd(children: D.DocBlock[]): void {
    const ids = this.takeTargets();
    if (ids.length) children.push({ type: 'targetAnchor', ids, position: children[children.length - 1]?.position ?? fallbackSpan(this.docFile) });
  }

  // -------------------------------------------------------------------------------------------- directives

  private directive(node: S.Directive): D.DocBlock[] {
    if (node.name === 'rest_method') {
      this.diagnostics.report(
        'misplaced-rest-method',
        'error',
        'rest_method must be inside a section, whose title becomes the operation title; this one is not.',
        node.position,
      );
      return [];
    }
    const handler = directiveHandlers.get(node.name);
    if (!handler && UNSUPPORTED_DIRECTIVES.has(node.name)) {
      // Sphinx shows something here (an image, a formula...): the page says what is missing rather than hide it.
      this.diagnostics.report('unsupported-directive', 'error', `apiref does not render the "${node.rawName}" directive yet; the page shows a placeholder.`, node.position);
      return [{ type: 'placeholder', text: `"${node.rawName}" is not shown here (apiref does not render it yet)`, source: node.rawName, position: node.position }];
    }
    if (!handler) {
      // The page shows nothing in its place, as Sphinx does (it drops docutils' system message): readers of the
      // published page see what os-api-ref's readers see. A directive of an extension the project's conf.py loads
      // (autodoc's autoclass, pecanwsme's rest-controller) is the tree working as meant, with a warning; any other
      // is an error (a typo of a directive, or a missing extension).
      const extension = extensionOf(node.name, this.config.sphinxExtensions ?? null);
      if (extension) {
        this.diagnostics.report(
          'extension-directive',
          'warn',
          `"${node.rawName}" comes from the Sphinx extension ${extension}, which conf.py loads and apiref does not run: the page shows nothing in its place.`,
          node.position,
        );
      } else {
        this.diagnostics.report('unknown-directive', 'error', `Unknown directive type "${node.rawName}".`, node.position);
      }
      return [];
    }
    const blocks = handler.run(node, this);
    for (const b of blocks) {
      if ((b.type === 'table' && b.title) || (b.type === 'codeBlock' && b.caption) || (b.type === 'figure' && b.caption)) this.captioned.push(b);
      else if (b.type === 'contents' || b.type === 'sectnumMarker') this.hasContents = true;
    }
    const name = option(node, 'name');
    if (name !== undefined && blocks.length) this.nameBlock(blocks, name, node);
    return blocks;
  }

  /**
   * docutils' `:name:` option: an explicit target on the element the directive made, so that `:ref:` reaches it.
   * The id is the element's own (a captioned table, figure or code block gives up its automatic one), and the
   * caption is the reference's title, as in Sphinx.
   */
  private nameBlock(blocks: D.DocBlock[], written: string, node: S.Directive): void {
    const name = fullyNormalizeName(written);
    if (!name) return;
    const first = blocks[0]!;
    const id = this.ids.setId(name);
    const caption = first.type === 'table' ? first.title : first.type === 'codeBlock' || first.type === 'figure' ? first.caption : null;
    if (caption && (first.type === 'table' || first.type === 'codeBlock' || first.type === 'figure')) {
      first.id = id;
      const at = this.captioned.indexOf(first);
      if (at >= 0) this.captioned.splice(at, 1);
    } else {
      // The element that follows an id-only target takes its id when rendered (render/blocks/index.ts).
      blocks.unshift({ type: 'targetAnchor', ids: [id], position: node.position });
    }
    if (this.labels.has(name)) {
      this.diagnostics.report('duplicate-label', 'warn', `Duplicate explicit target name: "${name}".`, node.position);
      return;
    }
    this.labels.set(name, { docname: this.docname, id, title: caption ?? [], section: false, position: node.position });
  }

  // -------------------------------------------------------------------------------------------- inline

  /** Resolves one run of inline content; smart quotes are applied once, to the whole run, as Sphinx does. */
  inlines(nodes: S.Inline[]): D.DocInline[] {
    educate(nodes);
    return this.convertInlines(nodes);
  }

  private convertInlines(nodes: S.Inline[]): D.DocInline[] {
    const out: D.DocInline[] = [];
    for (const node of nodes) this.inline(node, out);
    return out;
  }

  private inline(node: S.Inline, out: D.DocInline[]): void {
    switch (node.type) {
      case 'text':
      case 'literal':
        out.push(node);
        return;
      case 'problematic':
        out.push(this.problematic(node.value, node.position));
        return;
      case 'emphasis':
      case 'strong':
        out.push({ ...node, children: this.convertInlines(node.children) } as D.DocInline);
        return;
      case 'interpreted':
        out.push(...resolveRole(node, this));
        return;
      case 'reference':
        out.push(this.reference(node));
        return;
      case 'footnoteReference':
      case 'citationReference':
        out.push(this.footnotes.reference(node, this.diagnostics));
        return;
      case 'substitutionReference': {
        if (this.substitutionDepth > 8) {
          this.diagnostics.report('rst-syntax', 'error', `Substitution "${node.name}" refers to itself.`, node.position);
          out.push({ type: 'text', value: `|${node.name}|`, position: node.position });
          return;
        }
        this.substitutionDepth++;
        try {
          out.push(...resolveSubstitution(node, this.substitutions, this));
        } finally {
          this.substitutionDepth--;
        }
        return;
      }
      case 'inlineTarget': {
        const id = this.ids.setExplicitId(node.name);
        const children = this.convertInlines(node.children);
        this.labels.set(node.name, { docname: this.docname, id, title: children, section: false, position: node.position });
        out.push({ type: 'anchor', id, children, position: node.position });
        return;
      }
    }
  }

  /**
   * A link to a URI from the tree. Script URIs (`javascript:`, `vbscript:`, `data:`) would run in the reader's
   * browser when clicked, so they are not made links: the text stays, with a finding.
   */
  private externalLink(uri: string, children: D.DocInline[], position: Span): D.DocInline {
    const scheme = scriptScheme(uri);
    if (scheme) {
      this.diagnostics.report('unsafe-link', 'error', `A ${scheme}: link is not rendered as a link: it would run code in the reader's browser.`, position);
      return { type: 'unresolved', children, position };
    }
    return { type: 'link', href: uri, internal: false, children, position };
  }

  /** docutils gives the system message an id, then the problematic node: two from the shared counter. */
  problematic(value: string, position: Span): D.DocProblematic {
    this.ids.autoId();
    return { type: 'problematic', value, id: this.ids.autoId(), position };
  }

  /** General index entries of this page (see roles.ts). */
  readonly indexEntries: D.IndexEntry[] = [];

  /** Sphinx numbers index targets (`:rfc:`, `.. index::`) per document: index-0, index-1, ... */
  private indexSerial = 0;
  nextIndexId(): string {
    return `index-${this.indexSerial++}`;
  }

  private reference(node: S.Reference): D.DocInline {
    const children = this.convertInlines(node.children);
    // docutils defines a target beside `text <uri>`_; it takes an id (never shown) from the shared counter.
    if (node.target !== undefined) this.ids.setId(node.target);
    if (node.refuri !== undefined) return this.externalLink(node.refuri, children, node.position);
    if (node.anonymous) {
      const target = this.anonymousTargets[this.anonymousRefIndex++];
      if (target?.refuri !== undefined) return this.externalLink(target.refuri, children, node.position);
      this.diagnostics.report('broken-reference', 'error', 'Anonymous hyperlink mismatch: no anonymous target for this reference.', node.position);
      return { type: 'unresolved', children, position: node.position };
    }
    const name = node.refname ?? '';
    const seen = new Set<string>();
    let target = this.namedTargets.get(name);
    while (target && target.refuri === undefined && target.refname !== undefined && !seen.has(target.refname)) {
      seen.add(target.refname);
      target = this.namedTargets.get(target.refname);
    }
    if (target?.refuri !== undefined) return this.externalLink(target.refuri, children, node.position);
    // An internal target or section title on this page: resolved with the page's labels later.
    const link: D.Link = { type: 'link', href: '', internal: true, children, position: node.position };
    this.pending.push({ kind: 'local', name, link, position: node.position });
    return link;
  }
}

/** Sphinx's SortIds transform: a label's id becomes the section's when the title's is an automatic `idN`. */
export function sortIds(ids: string[]): string[] {
  // Sphinx's SortIds means to move an automatic `idN` last, but tests only that the first id starts with "id":
  // a labelled section titled "IdP Initiated" is `iam-02-0002` first, its title's id second (otc-iam).
  return ids.length > 1 && ids[0]!.startsWith('id') ? [...ids.slice(1), ids[0]!] : ids;
}

/** Directives inside directives (a note in a note ...) deeper than this are cut off with a diagnostic. */
const MAX_DIRECTIVE_NESTING = 100;

export function docnameRelativeTo(docname: string, target: string): string {
  let t = target.trim().replace(/\.rst$/, '');
  if (t.startsWith('/')) t = t.slice(1);
  else t = path.posix.join(path.posix.dirname(docname), t);
  return path.posix.normalize(t).replace(/^\.\//, '');
}

function findFirstSection(blocks: D.DocBlock[]): D.DocSection | D.Operation | null {
  for (const b of blocks) if (b.type === 'section' || b.type === 'operation') return b;
  return null;
}

function fallbackSpan(file: string): Span {
  return { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
}

/**
 * Footnotes: numbering of auto-numbered footnotes (`[#]`, `[#name]`), and the ids docutils gives footnotes and
 * their references (both from the document's shared id counter, in document order).
 */
class FootnoteTable {
  private readonly byLabel = new Map<string, { id: string; label: string; backrefs: string[] }>();
  private readonly autoNumbered: { id: string; label: string; backrefs: string[] }[] = [];
  private autoRefIndex = 0;
  private next = 1;
  /** References made before their footnote got its id: completed by finish(). */
  private readonly refs: { ref: D.FootnoteRef; entry: { id: string } }[] = [];

  constructor(private readonly ids: IdRegistry) {}

  /** Gives every footnote its number before any reference is resolved, as docutils' transform does. */
  collect(nodes: S.Block[]): void {
    const walk = (list: S.Block[]) => {
      for (const n of list) {
        if (n.type === 'footnote' || n.type === 'citation') {
          if (this.byLabel.has(n.label)) continue;
          let label = n.label;
          if (n.type === 'footnote' && label.startsWith('#')) {
            while (this.byLabel.has(String(this.next))) this.next++;
            label = String(this.next++);
          } else if (n.type === 'footnote' && label === '*') {
            label = '*';
          }
          const entry = { id: '', label, backrefs: [] as string[] };
          this.byLabel.set(n.label === '#' ? `#${this.autoNumbered.length}` : n.label, entry);
          if (n.label === '#') this.autoNumbered.push(entry);
          if (n.label.startsWith('#') && n.label !== '#') this.byLabel.set(n.label, entry);
          this.byLabel.set(label, entry);
        } else if (n.type === 'section') {
          walk(n.children.slice(1) as S.Block[]);
        }
      }
    };
    walk(nodes);
  }

  private autoDefineIndex = 0;

  define(node: S.Footnote | S.Citation): { id: string; label: string; backrefs: string[] } {
    let entry = node.label === '#' ? this.autoNumbered[this.autoDefineIndex++] : this.byLabel.get(node.label);
    if (!entry) {
      entry = { id: '', label: node.label, backrefs: [] };
      this.byLabel.set(node.label, entry);
    }
    if (!entry.id) entry.id = this.ids.setId(node.type === 'citation' ? fullyNormalizeName(node.label) : node.label.replace(/^#/, ''));
    return entry;
  }

  reference(node: S.FootnoteReference | S.CitationReference, diagnostics: DiagnosticBag): D.DocInline {
    const entry = node.label === '#' ? this.autoNumbered[this.autoRefIndex++] : this.byLabel.get(node.label);
    const id = this.ids.setId(null);
    if (!entry) {
      diagnostics.report('broken-reference', 'error', `Too many autonumbered footnote references, or unknown footnote "[${node.label}]".`, node.position);
      return { type: 'text', value: `[${node.label}]`, position: node.position };
    }
    entry.backrefs.push(id);
    const ref: D.FootnoteRef = { type: 'footnoteRef', id, footnoteId: entry.id, label: entry.label, position: node.position };
    this.refs.push({ ref, entry });
    return ref;
  }

  finish(): void {
    for (const { ref, entry } of this.refs) ref.footnoteId = entry.id;
  }
}
