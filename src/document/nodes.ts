/**
 * The resolved document: what the resolve stage (src/resolve/, src/directives/) makes of the syntax tree, and
 * what rules (src/rules/) check and the renderer (src/render/) turns into hast.
 *
 * Generic RST nodes keep their syntax-tree shape (src/rst/syntax.ts); directives, targets, substitutions and
 * roles are replaced by the resolved nodes below. Sections and other targets carry their docutils ids.
 */
import type { Span } from '../diagnostics/diagnostic.js';
import type * as S from '../rst/syntax.js';

interface NodeBase {
  position: Span;
}

// ---------------------------------------------------------------------------------------------- inline

/** A resolved link. `href` is final (relative to the page for internal links). `internal` for same-site links. */
export interface Link extends NodeBase {
  type: 'link';
  href: string;
  internal: boolean;
  /** The role that made it, when Sphinx marks it up specially: `:ref:` (std-ref span), `:doc:`, `:rfc:`/`:pep:`. */
  role?: 'ref' | 'doc' | 'rfc' | 'pep';
  children: DocInline[];
}
/** Default-role interpreted text (docutils' `title_reference`), rendered as `<cite>`. */
export interface Cite extends NodeBase { type: 'cite'; children: DocInline[] }
export interface Superscript extends NodeBase { type: 'superscript'; children: DocInline[] }
export interface Subscript extends NodeBase { type: 'subscript'; children: DocInline[] }
/** `:ref:` / `:doc:` that did not resolve: rendered as its text, with a diagnostic. */
/** A reference whose target was not found: its text, kept; `role` as on the Link it was (Sphinx marks those up). */
export interface Unresolved extends NodeBase { type: 'unresolved'; role?: Link['role']; children: DocInline[] }
/** A footnote reference resolved to its footnote: `[1]` linking to `#footnoteId`, with its own id. */
export interface FootnoteRef extends NodeBase { type: 'footnoteRef'; id: string; footnoteId: string; label: string }
/** Raw HTML from a `raw::` substitution (only when the project enables raw HTML). */
export interface RawInline extends NodeBase { type: 'rawInline'; format: string; value: string }
/** An element with an id and no content (docutils' inline target `_`x``, or an id-only span). */
export interface Anchor extends NodeBase { type: 'anchor'; id: string; children: DocInline[] }
/** docutils' generated section number (`.. sectnum::`): `<span class="sectnum">1.2 </span>` before the title. */
export interface SectionNumber extends NodeBase { type: 'sectnum'; value: string }

/**
 * Markup docutils could not read (an unmatched `*`, an unknown role): shown as written, with the id docutils gives
 * it (it also takes one for its system message, so later auto ids stay in step).
 */
export interface DocProblematic extends NodeBase { type: 'problematic'; value: string; id: string | null }
export interface DocEmphasis extends NodeBase { type: 'emphasis'; children: DocInline[] }
export interface DocStrong extends NodeBase { type: 'strong'; children: DocInline[] }

/** A Sphinx cross-reference role apiref does not resolve (`:class:`, `:func:`, `:any:`): code, as Sphinx leaves it. */
export interface DocCodeReference extends NodeBase { type: 'codeReference'; value: string; classes: string[] }

export type DocInline =
  | DocCodeReference
  | S.Text
  | DocEmphasis
  | DocStrong
  | S.Literal
  | DocProblematic
  | Link
  | Cite
  | Superscript
  | Subscript
  | Unresolved
  | FootnoteRef
  | RawInline
  | Anchor
  | SectionNumber
  | DocImage;

// ---------------------------------------------------------------------------------------------- block

export interface DocSection extends NodeBase {
  type: 'section';
  depth: number;
  /** docutils ids: the first is the section's own (its title slug or `idN`); the rest come from `.. _label:` targets. */
  ids: string[];
  title: DocInline[];
  children: DocBlock[];
  /** The id of this section's entry in a `.. contents::` table: the heading links back to it (toc_backlinks). */
  backref?: string;
}

/** `.. contents::`: filled once the page is resolved (docutils' Contents transform). */
export interface DocContents extends NodeBase {
  type: 'contents';
  id: string;
  title: DocInline[];
  depth: number;
  local: boolean;
  backlinks: 'entry' | 'top' | 'none';
  entries: ContentsEntry[];
  autoToc: boolean;
}
export interface ContentsEntry { refid: string; id: string; title: DocInline[]; children: ContentsEntry[] }
/** `.. sectnum::`: numbers the page's sections once it is resolved (docutils' SectNum transform). */
export interface SectnumMarker extends NodeBase { type: 'sectnumMarker'; depth: number; start: number; prefix: string; suffix: string }

/** A section that `.. rest_method::` turned into an operation: the row plus the collapsible detail. */
export interface Operation extends NodeBase {
  type: 'operation';
  depth: number;
  method: string;
  url: string;
  /** The section title, inline markup kept. */
  title: DocInline[];
  /** The section's id; the detail's id is `${anchor}-detail`. */
  anchor: string;
  /** Other ids the section had (from `.. _label:` targets before it). */
  extraIds: string[];
  minVersion: string | null;
  maxVersion: string | null;
  /** Everything in the section after the title and the rest_method directive. */
  children: DocBlock[];
}

export interface ParameterRow {
  name: string;
  in: string;
  type: string;
  optional: boolean;
  description: DocBlock[];
  minVersion: string | null;
  maxVersion: string | null;
  /** The Name / In / Type cells as os-api-ref shows them: each is parsed as RST (`\\>id` reads `>id`). */
  cells: { name: DocInline[]; in: DocInline[]; type: DocInline[] };
  /** Where the row's entry is in parameters.yaml, and the `.inc` line that listed it. */
  definedAt: Span | null;
  usedAt: Span;
}

export interface ParameterTable extends NodeBase {
  type: 'parameterTable';
  /** The parameters file as written in the directive, and resolved (absolute) or null when unreadable. */
  path: string;
  file: string | null;
  rows: ParameterRow[];
  /** Names listed whose reference is not in the file: no row, but os-api-ref still counts them as present
   * when it checks the URL's `{param}`s, so the rules must too. */
  skippedNames: string[];
  /** Entries the directive lists but os-api-ref leaves out of the table (the rows from the first one it cannot
   * build): not rendered, yet the entries are in use. */
  droppedUses?: { definedAt: Span; usedAt: Span }[];
  /**
   * Set when the file is missing or empty: the table says so, naming the file as the directive writes it
   * (os-api-ref prints the build machine's absolute path, which no other build could reproduce).
   */
  problem: string | null;
}

export interface StatusRow {
  code: number | string;
  phrase: string;
  reason: DocBlock[];
  usedAt: Span;
}

export interface StatusTable extends NodeBase {
  type: 'statusTable';
  kind: 'success' | 'error';
  path: string;
  file: string | null;
  rows: StatusRow[];
}

export interface Microversions {
  min: string;
  max: string;
  /** Release names by microversion ("2.5" → "Ocata"). */
  releases: Record<string, string>;
}

export interface ExpandAll extends NodeBase { type: 'expandAll'; microversions: Microversions | null }

/** note, warning, ..., seealso, and `admonition` with its own title (kind 'admonition'). */
export interface Admonition extends NodeBase {
  type: 'admonition';
  kind: string;
  title: DocInline[];
  classes: string[];
  children: DocBlock[];
}

export interface VersionModified extends NodeBase {
  type: 'versionModified';
  kind: 'versionadded' | 'versionchanged' | 'deprecated' | 'versionremoved';
  version: string;
  children: DocBlock[];
}

/** code-block, literalinclude, and `::` blocks (language from `highlight`/default). */
export interface CodeBlock extends NodeBase {
  type: 'codeBlock';
  language: string;
  value: string;
  /** 1-based line numbers (in `value`) to emphasize. */
  emphasize: number[];
  caption: DocInline[] | null;
  /** The sample file for literalinclude, absolute; null for inline code. */
  sourceFile: string | null;
  /** A captioned block's id (its caption's permalink), given after the page is resolved; see PageResolver. */
  id?: string;
}

export interface TocEntry {
  /** Document name relative to the source directory without suffix (`v3/index`), or an external URL. */
  docname: string;
  href: string;
  title: DocInline[];
  /** Filled by the site resolver from the target page: the sections under its title, and its further top-level
   * sections (Sphinx lists those beside the entry, at the same level), cut at the target's `:tocdepth:`. */
  children: TocOutline[];
  siblings: TocOutline[];
}

/** A section of a toctree entry's target page as the toctree lists it: link, title, subsections. */
export interface TocOutline {
  href: string;
  title: DocInline[];
  children: TocOutline[];
}

export interface Toctree extends NodeBase {
  type: 'toctree';
  entries: TocEntry[];
  maxdepth: number;
  hidden: boolean;
  caption: string | null;
}

export interface RawBlock extends NodeBase { type: 'rawBlock'; format: string; value: string }

/** What an unknown directive or role leaves in the page: a visible marker, with a diagnostic. */
export interface Placeholder extends NodeBase { type: 'placeholder'; text: string; source: string }

/** A resolved footnote with its id and label. */
export interface DocFootnote extends NodeBase { type: 'footnote'; id: string; label: string; backrefs: string[]; children: DocBlock[] }

/** An id-only element standing where a `.. _label:` target pointed at something that is not a section. */
export interface TargetAnchor extends NodeBase { type: 'targetAnchor'; ids: string[] }

export interface DocTable extends NodeBase {
  type: 'table';
  colWidths: number[];
  /** list-table `:widths:` given explicitly (rendered as colgroup widths), else null. */
  widths: number[] | null;
  title: DocInline[] | null;
  head: DocRow[];
  body: DocRow[];
  /** A titled table's id (its caption's permalink), given after the page is resolved; see PageResolver. */
  id?: string;
}
export interface DocRow { cells: DocCell[] }
export interface DocCell { colspan: number; rowspan: number; children: DocBlock[] }

export interface DocParagraph extends NodeBase { type: 'paragraph'; children: DocInline[] }
export interface DocBulletList extends NodeBase { type: 'bulletList'; children: DocListItem[] }
export interface DocEnumeratedList extends NodeBase {
  type: 'enumeratedList';
  enumtype: S.EnumType;
  prefix: string;
  suffix: string;
  start: number;
  children: DocListItem[];
}
export interface DocListItem extends NodeBase { type: 'listItem'; children: DocBlock[] }
export interface DocDefinitionList extends NodeBase { type: 'definitionList'; children: DocDefinitionListItem[] }
export interface DocDefinitionListItem extends NodeBase {
  type: 'definitionListItem';
  term: DocInline[];
  classifiers: DocInline[][];
  children: DocBlock[];
}
export interface DocFieldList extends NodeBase { type: 'fieldList'; children: DocField[] }
export interface DocField extends NodeBase { type: 'field'; name: DocInline[]; children: DocBlock[] }
export interface DocBlockQuote extends NodeBase { type: 'blockQuote'; attribution: DocInline[] | null; children: DocBlock[] }
export interface DocLineBlock extends NodeBase { type: 'lineBlock'; children: (DocLine | DocLineBlock)[] }
export interface DocLine extends NodeBase { type: 'line'; children: DocInline[] }
export interface Rubric extends NodeBase { type: 'rubric'; children: DocInline[] }

/** `.. image::`: `src` is final (relative to the page for a copied file, else as written). */
export interface DocImage extends NodeBase {
  type: 'image';
  src: string;
  alt: string;
  /** CSS size from :width: / :height: / :scale: (`width: 200px;`), or null. */
  style: string | null;
  align: string | null;
  /** Link around the image: :target:, or the image itself when it is shown resized (as Sphinx links it). */
  target: { href: string; internal: boolean } | null;
}

/** `.. figure::`: an image with a caption (its first paragraph) and a legend (the rest). */
export interface DocFigure extends NodeBase {
  type: 'figure';
  image: DocImage;
  /** :figclass:, normalized as docutils normalizes class names. */
  classes: string[];
  caption: DocInline[] | null;
  legend: DocBlock[];
  align: string | null;
  /** Given after the page is resolved, with titled tables (see PageResolver). */
  id?: string;
}

export type DocBlock =
  | DocImage
  | DocFigure
  | DocSection
  | DocContents
  | SectnumMarker
  | Operation
  | ParameterTable
  | StatusTable
  | ExpandAll
  | Admonition
  | VersionModified
  | CodeBlock
  | Toctree
  | RawBlock
  | Placeholder
  | DocFootnote
  | TargetAnchor
  | DocTable
  | DocParagraph
  | DocBulletList
  | DocEnumeratedList
  | DocDefinitionList
  | DocFieldList
  | DocBlockQuote
  | DocLineBlock
  | Rubric
  | S.LiteralBlock
  | S.DoctestBlock
  | S.Transition;

/** One page of the site: a `.rst` document after resolution. */
export interface Page {
  /** Document name relative to the source directory, without suffix: `index`, `v3/index`. */
  docname: string;
  /** Output path relative to the output directory: `index.html`, `v3/index.html`. */
  path: string;
  file: string;
  /** Plain text of the first section title (the page title). */
  title: string;
  titleInline: DocInline[];
  children: DocBlock[];
  /** `:tocdepth:` from the document's top fields, if any. */
  tocdepth: number | null;
  /** `:orphan:` in the document's top fields: the page is meant to be reached without a toctree. */
  orphan: boolean;
  /** Every file this page read (included .inc files, parameters/status YAML, samples): for incremental builds. */
  dependencies: string[];
  /** General index entries made on this page (`:rfc:`, `:pep:`), for genindex.html. */
  indexEntries: IndexEntry[];
}

/** An entry of Sphinx's general index: `RFC` › `RFC 7231`, pointing at an anchor on the page. */
export interface IndexEntry {
  main: string;
  sub: string;
  id: string;
}
