import type { Diagnostic, RelatedLocation, Severity } from '../diagnostics/diagnostic.js';
import type { FormatOptions, RuleInfo } from './options.js';
import { sortDiagnostics } from './order.js';
import { directoryUri, fileUri, isInside, relativePath, relativeUri } from './paths.js';

/** Where the SARIF log says its schema is; GitHub code scanning and editors know this address. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const DEFAULT_INFORMATION_URI = 'https://www.npmjs.com/package/apiref';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warn: 'warning', info: 'note' };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
}

/**
 * A SARIF 2.1.0 log with one run. Files inside cwd are relative URIs against `%SRCROOT%` (which
 * `originalUriBaseIds` maps to cwd), so GitHub code scanning can place them in the repository; files outside
 * cwd get absolute `file:` URIs.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const sorted = sortDiagnostics(diagnostics);
  const rules = ruleTable(options.rules, sorted);
  const location = (file: string): ArtifactLocation =>
    isInside(options.cwd, file)
      ? { uri: relativeUri(relativePath(options.cwd, file)), uriBaseId: SRCROOT }
      : { uri: fileUri(file) };

  const results = sorted.map((d) => {
    const result: Record<string, unknown> = {
      ruleId: d.ruleId,
      ruleIndex: rules.index.get(d.ruleId),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: location(d.file), region: region(d) } }],
    };
    if (d.related && d.related.length) {
      result.relatedLocations = d.related.map((r: RelatedLocation, i: number) => ({
        id: i,
        physicalLocation: { artifactLocation: location(r.file), region: pointRegion(r.line, r.column) },
        message: { text: r.message },
      }));
    }
    return result;
  });

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'apiref',
            version: options.toolVersion,
            informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
            rules: rules.list,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        // Our columns count UTF-16 code units (JavaScript string indices).
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/**
 * The driver's rules: the configured ones in their order, then any rule id a finding carries that the
 * configuration does not describe (a parser stage, say), so every result has a valid `ruleIndex`.
 */
function ruleTable(configured: readonly RuleInfo[], sorted: readonly Diagnostic[]) {
  const list: SarifRule[] = [];
  const index = new Map<string, number>();
  const add = (rule: SarifRule) => {
    if (index.has(rule.id)) return;
    index.set(rule.id, list.length);
    list.push(rule);
  };
  for (const r of configured) {
    const rule: SarifRule = {
      id: r.id,
      shortDescription: { text: r.description },
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    };
    if (r.helpUri) rule.helpUri = r.helpUri;
    add(rule);
  }
  for (const d of sorted) {
    add({ id: d.ruleId, shortDescription: { text: d.ruleId }, defaultConfiguration: { level: LEVEL[d.severity] } });
  }
  return { list, index };
}

/**
 * SARIF wants lines and columns ≥ 1 and an end not before the start; a finding about a whole file (line 0 or
 * missing) is placed at line 1.
 */
function region(d: Diagnostic): Region {
  const start = pointRegion(d.line, d.column);
  const endLine = atLeastOne(d.endLine);
  if (endLine < start.startLine) return { ...start, endLine: start.startLine, endColumn: start.startColumn };
  const endColumn = atLeastOne(d.endColumn);
  if (endLine === start.startLine && endColumn < start.startColumn) {
    return { ...start, endLine, endColumn: start.startColumn };
  }
  return { ...start, endLine, endColumn };
}

function pointRegion(line: number, column: number): Region {
  return { startLine: atLeastOne(line), startColumn: atLeastOne(column) };
}

function atLeastOne(n: number): number {
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
