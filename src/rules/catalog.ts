import { LINT_RULES } from './registry.js';

/** Every rule id apiref reports, with its default severity and a description (for SARIF/JUnit metadata and docs). */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: 'error' | 'warn';
}

const RULES: RuleInfo[] = [
  { id: 'rst-syntax', defaultSeverity: 'warn', description: 'reStructuredText markup that docutils would warn about.' },
  { id: 'comment-looks-like-directive', defaultSeverity: 'warn', description: 'A comment written like a directive with one colon (`.. note:`), which RST silently drops.' },
  { id: 'unknown-directive', defaultSeverity: 'error', description: 'A directive apiref does not know; a placeholder is shown.' },
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
  ...LINT_RULES.map(({ id, defaultSeverity, description }) => ({ id, defaultSeverity, description })),
];

export function ruleCatalog(): RuleInfo[] {
  return RULES;
}
