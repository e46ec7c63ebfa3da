/**
 * What a directive handler sees. One file per directive in this folder; each exports a DirectiveHandler.
 * Handlers turn a syntax Directive into resolved document nodes and report problems; they never throw.
 */
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';
import type { DocBlock, DocInline } from '../document/nodes.js';
import type { Directive, Line } from '../rst/syntax.js';
import type { LoadedFile, SourceFiles } from '../load/source-files.js';
import type { DataCache } from '../resolve/data-cache.js';
import type { SiteConfig } from '../config/config.js';

export interface DirectiveContext {
  readonly diagnostics: DiagnosticBag;
  readonly files: SourceFiles;
  readonly data: DataCache;
  readonly config: SiteConfig;
  /** The document being resolved: its name (`v3/index`) and absolute file. */
  readonly docname: string;
  readonly docFile: string;
  /** Resolves a path as Sphinx does: relative to the top-level document, `/x` relative to the source dir. */
  resolvePath(written: string): string;
  /** Records that the page depends on a file it reads through the DataCache (for incremental builds). */
  dependsOn(file: string): void;
  /** Reads a file the page depends on (recorded for incremental builds), or reports why not. */
  readFile(file: string, at: Span, what: string): LoadedFile | null;
  /** Parses and resolves nested RST (a directive's content, a parameter description). */
  resolveBlocks(lines: Line[]): DocBlock[];
  /**
   * Like resolveBlocks, for text that many tables share (a parameter's description, a status reason): it is
   * parsed once per build under `cacheKey` (its diagnostics reported once), and resolved on each use.
   */
  resolveSharedBlocks(cacheKey: string, lines: () => Line[]): DocBlock[];
  /** Parses and resolves inline RST. */
  resolveInline(lines: Line[]): DocInline[];
  /** The id of an implicit target named `name` (a contents topic's title), taken now, in document order. */
  implicitTargetId(name: string): string;
  /** Every document of the site (names like `v3/index`), for toctree globs and checks. */
  allDocnames(): string[];
  /** The language `::` literal blocks and un-annotated code use on this page (`.. highlight::` changes it). */
  highlightLanguage: string;
  /** The operation the directive is in, if any (rest_parameters checks URL path parameters against it). */
  readonly currentOperation: { method: string; url: string; anchor: string } | null;
}

export interface DirectiveHandler {
  /** Directive names (lower case) this handler serves. */
  names: string[];
  run(node: Directive, ctx: DirectiveContext): DocBlock[];
}

/** The directive's content with its argument lines first: for directives that take no argument (note, ...). */
export function bodyLines(node: Directive): Line[] {
  if (!node.argumentLines.length) return node.content;
  if (!node.content.length) return node.argumentLines;
  const sep: Line = { ...node.argumentLines[node.argumentLines.length - 1]!, text: '' };
  return [...node.argumentLines, sep, ...node.content];
}

/** The value of an option, or undefined. */
export function option(node: Directive, name: string): string | undefined {
  return node.options.find((o) => o.name === name)?.value;
}

export function hasOption(node: Directive, name: string): boolean {
  return node.options.some((o) => o.name === name);
}

/** A Span covering some lines. */
export function linesSpan(lines: Line[], fallback: Span): Span {
  if (!lines.length) return fallback;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return {
    file: first.file,
    start: { line: first.line, column: first.column, offset: first.offset },
    end: { line: last.line, column: last.column + last.text.length, offset: last.offset + last.text.length },
  };
}

/**
 * The Span of the text range [from, to) of `lines` joined with '\n' (how YAML content of a directive is parsed):
 * maps offsets in the joined text back to the original file.
 */
export function spanInLines(lines: Line[], from: number, to: number, fallback: Span): Span {
  if (!lines.length) return fallback;
  const point = (off: number) => {
    let acc = 0;
    for (const l of lines) {
      if (off <= acc + l.text.length) {
        const col = off - acc;
        return { line: l.line, column: l.column + col, offset: l.offset + col };
      }
      acc += l.text.length + 1;
    }
    const last = lines[lines.length - 1]!;
    return { line: last.line, column: last.column + last.text.length, offset: last.offset + last.text.length };
  };
  return { file: lines[0]!.file, start: point(from), end: point(Math.max(from, to)) };
}
