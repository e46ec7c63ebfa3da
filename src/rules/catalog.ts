import { LINT_RULES } from './registry.js';

/** Every rule id apiref reports, with its default severity and a description (for SARIF/JUnit metadata and docs). */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: 'error' | 'warn';
}

const RULES: RuleInfo[] = [
  { id: 'rst-syntax', defaultSeverity: 'warn', description: 'reStructuredText markup that docutils would warn about.' },
  { id: 'directive-missing-space', defaultSeverity: 'warn', description: 'A paragraph that starts like a directive without the space after `..` (`..rest_method::`), which RST shows as text.' },
  { id: 'comment-looks-like-directive', defaultSeverity: 'warn', description: 'A comment written like a directive with one colon (`.. note:`), which RST silently drops.' },
  { id: 'image-not-found', defaultSeverity: 'warn', description: 'An image or figure whose file cannot be read (missing, or outside the project root); its src is kept as written.' },
  { id: 'unsupported-directive', defaultSeverity: 'error', description: 'A docutils or Sphinx directive that shows content (math, epigraph, glossary, ...) which apiref does not render yet; a placeholder is shown.' },
  { id: 'extension-directive', defaultSeverity: 'warn', description: "A directive of a Sphinx extension the tree's conf.py loads (autodoc, pecanwsme, ...), which apiref does not run; nothing is shown in its place." },
  { id: 'unknown-directive', defaultSeverity: 'error', description: 'A directive apiref does not know; the page shows nothing in its place, as Sphinx does.' },
  { id: 'unknown-role', defaultSeverity: 'error', description: 'An interpreted text role apiref does not know.' },
  { id: 'file-unreadable', defaultSeverity: 'error', description: 'A file that is missing, unreadable, not UTF-8, too large or outside the project root.' },
  { id: 'misplaced-rest-method', defaultSeverity: 'error', description: 'rest_method outside a section, or a second one in a section.' },
  { id: 'parameter-not-found', defaultSeverity: 'error', description: 'A rest_parameters reference that parameters.yaml does not define.' },
  { id: 'status-code-not-found', defaultSeverity: 'error', description: 'A status code that the status file does not define.' },
  { id: 'status-reason-not-found', defaultSeverity: 'error', description: 'A reason key that the status file does not define for that code.' },
  { id: 'invalid-list-item', defaultSeverity: 'error', description: 'A rest_parameters / rest_status_code item that is not `name: reference`.' },
  { id: 'directive-yaml', defaultSeverity: 'error', description: 'Invalid YAML in a rest_parameters / rest_status_code directive.' },
  { id: 'yaml-syntax', defaultSeverity: 'error', description: 'Invalid YAML in parameters.yaml or status.yaml.' },
  { id: 'duplicate-key', defaultSeverity: 'warn', description: 'A key defined twice in a YAML file (the last one silently wins).' },
  { id: 'sample-invalid-json', defaultSeverity: 'error', description: 'A JSON sample that is not valid JSON.' },
  { id: 'broken-reference', defaultSeverity: 'error', description: 'A :ref:, :doc: or link target that does not exist.' },
  { id: 'duplicate-label', defaultSeverity: 'warn', description: 'A label defined twice across the site.' },
  { id: 'raw-html', defaultSeverity: 'warn', description: 'Raw HTML, which apiref does not render unless the project allows it.' },
  { id: 'unsafe-link', defaultSeverity: 'error', description: 'A javascript:, vbscript: or data: link, which is shown as text instead.' },
  { id: 'not-in-toctree', defaultSeverity: 'warn', description: 'A document that no toctree reaches from the master document (and not marked :orphan:).' },
  { id: 'toctree-untitled', defaultSeverity: 'warn', description: 'A toctree entry for a document without a section title, which gets no entry (as in Sphinx).' },
  { id: 'toctree-missing', defaultSeverity: 'warn', description: 'A toctree entry that names no document.' },
  { id: 'rule-failure', defaultSeverity: 'error', description: 'A lint rule failed on unexpected input (a bug in apiref); the other rules still ran.' },
  { id: 'render-failure', defaultSeverity: 'error', description: 'A page could not be rendered (a bug in apiref); the preview keeps the previous version.' },
  { id: 'directive-syntax', defaultSeverity: 'error', description: 'A directive written wrongly: a missing argument, a bad option, an expression that cannot be evaluated.' },
  { id: 'rest-method-syntax', defaultSeverity: 'error', description: 'A rest_method without a method and URL, or with a content line it does not understand.' },
  { id: 'rest-parameters-syntax', defaultSeverity: 'error', description: 'A rest_parameters directive without its parameters file.' },
  { id: 'rest-status-code-syntax', defaultSeverity: 'error', description: 'A rest_status_code directive without `success` or `error` and its status file.' },
  { id: 'csv-table-syntax', defaultSeverity: 'error', description: 'A csv-table whose data or options cannot be read.' },
  { id: 'list-table-syntax', defaultSeverity: 'error', description: 'A list-table that is not a list of equally long lists.' },
  { id: 'undefined-substitution', defaultSeverity: 'error', description: 'A |substitution| with no definition.' },
  { id: 'master-doc-missing', defaultSeverity: 'error', description: 'The master document (index.rst) is missing from the source directory.' },
  { id: 'file-too-large', defaultSeverity: 'error', description: 'A YAML file or JSON sample over the size apiref reads.' },
  { id: 'parameters-empty', defaultSeverity: 'warn', description: 'An empty parameters file.' },
  { id: 'parameters-not-mapping', defaultSeverity: 'error', description: 'A parameters file that is not a mapping of names to definitions.' },
  { id: 'parameter-not-mapping', defaultSeverity: 'error', description: 'A parameters.yaml entry that is not a mapping (in, type, description, ...).' },
  { id: 'parameter-missing-in', defaultSeverity: 'error', description: 'A parameters.yaml entry without `in` (os-api-ref crashes on it).' },
  { id: 'parameter-cell-not-text', defaultSeverity: 'warn', description: 'A parameters.yaml entry without a text `in` or `type`: os-api-ref leaves out its row and the rows after it.' },
  { id: 'status-empty', defaultSeverity: 'warn', description: 'An empty status file.' },
  { id: 'status-not-mapping', defaultSeverity: 'error', description: 'A status file, or a code in it, that is not a mapping.' },
  { id: 'status-bad-code', defaultSeverity: 'error', description: 'A status file key that is not an HTTP status code.' },
  { id: 'status-bad-reason', defaultSeverity: 'warn', description: 'A status reason that is not text.' },
  { id: 'yaml-alias-limit', defaultSeverity: 'error', description: 'YAML aliases or nesting beyond what apiref expands ("billion laughs").' },
  { id: 'yaml-unsafe-tag', defaultSeverity: 'error', description: 'A YAML tag outside the core schema (such input runs code in PyYAML).' },
  { id: 'conf-not-literal', defaultSeverity: 'warn', description: 'A conf.py setting apiref reads that is not a plain literal (conf.py is read, never run).' },
  { id: 'microversion-config', defaultSeverity: 'warn', description: 'os_api_ref_min/max_microversion that the microversion selector cannot use.' },
  { id: 'search-page-shadowed', defaultSeverity: 'warn', description: "A document named search, whose page apiref's search page would replace." },
  { id: 'genindex-page-shadowed', defaultSeverity: 'warn', description: 'A document named genindex takes the place of the general index page.' },
  { id: 'template-dir-not-found', defaultSeverity: 'warn', description: 'The configured template folder does not exist.' },
  { id: 'template-main', defaultSeverity: 'warn', description: 'A template folder without layout.hbs (the built-in layout is used).' },
  { id: 'template-read-error', defaultSeverity: 'error', description: 'A template file that cannot be read.' },
  { id: 'template-syntax', defaultSeverity: 'error', description: 'A template that Handlebars cannot compile (the built-in one is used).' },
  { id: 'template-render', defaultSeverity: 'error', description: 'A template that fails while rendering a page (the built-in one is used).' },
  { id: 'baseline', defaultSeverity: 'error', description: 'A baseline file that cannot be read.' },
  ...LINT_RULES.map(({ id, defaultSeverity, description }) => ({ id, defaultSeverity, description })),
];

export function ruleCatalog(): RuleInfo[] {
  return RULES;
}
