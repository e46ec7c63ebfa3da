/**
 * The reStructuredText syntax tree produced by the parser (src/rst/parse.ts).
 *
 * unist-compatible: every node has `type`, parents have `children`, every node has a `position` (a Span with the
 * file it came from, because `include` splices other files' lines into a document). The shapes follow docutils'
 * doctree so that docutils' behaviour (ids, levels, rendering) maps one to one.
 *
 * Directives are left generic here (name, argument, options, raw content lines); the resolve stage
 * (src/directives/) interprets them, parsing their content as nested RST where the directive says so.
 */
import type { Span } from '../diagnostics/diagnostic.js';

/**
 * One source line after indentation was stripped by the construct that contains it.
 * `column` is the 1-based column in the original file of `text[0]`, `offset` its 0-based index in the file.
 */
export interface Line {
  text: string;
  file: string;
  line: number;
  column: number;
  offset: number;
}

interface NodeBase {
  position: Span;
}

// ---------------------------------------------------------------------------------------------- inline

export interface Text extends NodeBase { type: 'text'; value: string }
export interface Emphasis extends NodeBase { type: 'emphasis'; children: Inline[] }
export interface Strong extends NodeBase { type: 'strong'; children: Inline[] }
export interface Literal extends NodeBase { type: 'literal'; value: string }
/**
 * `:role:`text`` or `text`:role:` or plain `text` (role null: the default role).
 * `value` has backslash escapes processed as docutils does for the role's text; `raw` is the text as written.
 */
export interface Interpreted extends NodeBase { type: 'interpreted'; role: string | null; value: string; raw: string }
/**
 * `text <url>`_, `text <url>`__, `name`_, name_, standalone URLs and e-mail addresses.
 * Exactly one of refuri / refname is set; refname is normalized (lower case, whitespace collapsed).
 */
export interface Reference extends NodeBase {
  type: 'reference';
  children: Inline[];
  refuri?: string;
  refname?: string;
  anonymous: boolean;
  /**
   * For `text <uri>`_ (named, embedded URI): the name of the target docutils defines beside the reference. It
   * takes an id from the document's counter like any target, which shifts later auto ids (`id7`), so it matters.
   */
  target?: string;
}
/** `[1]_`, `[#]_`, `[#label]_`, `[*]_` */
export interface FootnoteReference extends NodeBase { type: 'footnoteReference'; label: string }
/** `[CIT2002]_` */
export interface CitationReference extends NodeBase { type: 'citationReference'; label: string }
/** `|name|`, `|name|_` (reference), `|name|__` (anonymous). */
export interface SubstitutionReference extends NodeBase {
  type: 'substitutionReference';
  name: string;
  reference?: 'named' | 'anonymous';
}
/** `_`inline target``. */
export interface InlineTarget extends NodeBase { type: 'inlineTarget'; name: string; children: Inline[] }
/** Markup that could not be parsed (an unmatched `*`, say): rendered as its text, reported as a diagnostic. */
export interface Problematic extends NodeBase { type: 'problematic'; value: string }

export type Inline =
  | Text
  | Emphasis
  | Strong
  | Literal
  | Interpreted
  | Reference
  | FootnoteReference
  | CitationReference
  | SubstitutionReference
  | InlineTarget
  | Problematic;

// ---------------------------------------------------------------------------------------------- block

export interface Root extends NodeBase {
  type: 'root';
  children: Block[];
  /** Document-level fields found before the first title (`:tocdepth: 2`), docinfo-style. */
  meta: Record<string, string>;
}

/**
 * A section. `children[0]` is its title. `depth` is 1 for the top level; levels follow the order in which
 * each title style first appears, as docutils does. `style` is the underline character, with `overline`
 * set when the title also has an overline (a different style from underline-only with the same character).
 */
export interface Section extends NodeBase {
  type: 'section';
  depth: number;
  style: string;
  overline: boolean;
  children: [Title, ...Block[]];
}
export interface Title extends NodeBase { type: 'title'; children: Inline[] }
export interface Paragraph extends NodeBase { type: 'paragraph'; children: Inline[] }
export interface BulletList extends NodeBase { type: 'bulletList'; bullet: string; children: ListItem[] }
export type EnumType = 'arabic' | 'loweralpha' | 'upperalpha' | 'lowerroman' | 'upperroman';
export interface EnumeratedList extends NodeBase {
  type: 'enumeratedList';
  enumtype: EnumType;
  prefix: string;
  suffix: string;
  start: number;
  children: ListItem[];
}
export interface ListItem extends NodeBase { type: 'listItem'; children: Block[] }
export interface DefinitionList extends NodeBase { type: 'definitionList'; children: DefinitionListItem[] }
export interface DefinitionListItem extends NodeBase {
  type: 'definitionListItem';
  children: [Term, ...(Classifier | Definition)[]];
}
export interface Term extends NodeBase { type: 'term'; children: Inline[] }
export interface Classifier extends NodeBase { type: 'classifier'; children: Inline[] }
export interface Definition extends NodeBase { type: 'definition'; children: Block[] }
export interface FieldList extends NodeBase { type: 'fieldList'; children: Field[] }
export interface Field extends NodeBase { type: 'field'; children: [FieldName, FieldBody] }
export interface FieldName extends NodeBase { type: 'fieldName'; children: Inline[] }
export interface FieldBody extends NodeBase { type: 'fieldBody'; children: Block[] }
export interface BlockQuote extends NodeBase { type: 'blockQuote'; children: (Block | Attribution)[] }
export interface Attribution extends NodeBase { type: 'attribution'; children: Inline[] }
/** `::` literal blocks (indented or quoted). */
export interface LiteralBlock extends NodeBase { type: 'literalBlock'; value: string }
export interface DoctestBlock extends NodeBase { type: 'doctestBlock'; value: string }
export interface LineBlock extends NodeBase { type: 'lineBlock'; children: (LineBlockLine | LineBlock)[] }
export interface LineBlockLine extends NodeBase { type: 'line'; children: Inline[] }
export interface Comment extends NodeBase { type: 'comment'; value: string }
export interface Transition extends NodeBase { type: 'transition' }

/** Grid and simple tables. Cells hold parsed block content; spans as docutils counts them (1 = no span). */
export interface Table extends NodeBase {
  type: 'table';
  kind: 'grid' | 'simple' | 'list';
  colWidths: number[];
  children: (TableHead | TableBody)[];
}
export interface TableHead extends NodeBase { type: 'tableHead'; children: TableRow[] }
export interface TableBody extends NodeBase { type: 'tableBody'; children: TableRow[] }
export interface TableRow extends NodeBase { type: 'tableRow'; children: TableCell[] }
export interface TableCell extends NodeBase { type: 'tableCell'; colspan: number; rowspan: number; children: Block[] }

/**
 * `.. _name: uri`, `.. _name:` (internal target: refers to the next element), `.. __: uri` (anonymous),
 * `.. _name: other_`(indirect: refname). `name` is normalized (lower case, whitespace collapsed).
 */
export interface Target extends NodeBase {
  type: 'target';
  name: string | null;
  refuri?: string;
  refname?: string;
  anonymous: boolean;
}
/** `.. |name| directive:: ...` — `directive` is the definition (replace, unicode, raw, image, ...). */
export interface SubstitutionDefinition extends NodeBase {
  type: 'substitutionDefinition';
  name: string;
  children: [Directive];
}
/** `.. [1] text`; label is `1`, `#`, `#name` or `*`. */
export interface Footnote extends NodeBase { type: 'footnote'; label: string; children: Block[] }
export interface Citation extends NodeBase { type: 'citation'; label: string; children: Block[] }

export interface DirectiveOption {
  name: string;
  value: string;
  position: Span;
}

/**
 * `.. name:: argument` with `:option: value` lines and content. `name` is lower-cased (directive names are
 * case-insensitive); `rawName` is as written.
 *
 * The parser does not know each directive's signature, so it splits generically: `argumentLines` are the text
 * after `::` and the lines that continue it, up to the first option line (`:name: value`) or blank line;
 * `argument` is those lines joined with '\n'. `options` follow directly. `content` holds the lines after the
 * blank line that ends the argument/option block, with the block's indentation removed (inner blank lines kept,
 * leading and trailing blank lines dropped). A directive that takes no argument (note, rest_method) treats
 * `argumentLines` as the first lines of its content, as docutils does.
 */
export interface Directive extends NodeBase {
  type: 'directive';
  name: string;
  rawName: string;
  argument: string;
  argumentLines: Line[];
  options: DirectiveOption[];
  content: Line[];
}

/**
 * Where an `include` directive stood. The included file's lines are parsed in place (as docutils does), so
 * its nodes follow this marker; the marker keeps the dependency for the build graph. `file` is the resolved
 * absolute path, or null when the file could not be read (a diagnostic says why).
 */
export interface Include extends NodeBase { type: 'include'; path: string; file: string | null }

export type Block =
  | Section
  | Paragraph
  | BulletList
  | EnumeratedList
  | DefinitionList
  | FieldList
  | BlockQuote
  | LiteralBlock
  | DoctestBlock
  | LineBlock
  | Comment
  | Transition
  | Table
  | Target
  | SubstitutionDefinition
  | Footnote
  | Citation
  | Directive
  | Include;

export type SyntaxNode =
  | Root
  | Block
  | Inline
  | Title
  | ListItem
  | DefinitionListItem
  | Term
  | Classifier
  | Definition
  | Field
  | FieldName
  | FieldBody
  | Attribution
  | LineBlockLine
  | TableHead
  | TableBody
  | TableRow
  | TableCell;
