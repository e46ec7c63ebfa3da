import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/report/index.js';
import { awkward, diagnostics, hostileMessage, options } from './fixtures.js';
import { sarifValidator } from '../helpers/sarif.js';

const validate = sarifValidator();

function sarif(list = diagnostics, opts = options) {
  return JSON.parse(formatDiagnostics('sarif', list, opts));
}

describe('sarif', () => {
  it('the validator really checks (a bad level fails)', () => {
    const log = sarif();
    log.runs[0].results[0].level = 'warn';
    expect(validate(log)).toBe(false);
  });

  it('is valid SARIF 2.1.0 for hostile messages, non-ASCII paths, files outside cwd and odd positions', () => {
    for (const list of [[], diagnostics, [...diagnostics, ...awkward]]) {
      const log = sarif(list);
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it('describes the tool and its rules, configured ones first, then rule ids only findings carry', () => {
    const log = sarif();
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('apiref');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules).toEqual([
      {
        id: 'unknown-directive',
        shortDescription: { text: 'Directives must be known' },
        defaultConfiguration: { level: 'error' },
      },
      {
        id: 'unused-parameter',
        shortDescription: { text: 'Parameters in parameters.yaml are referenced' },
        defaultConfiguration: { level: 'warning' },
        helpUri: 'https://example.org/rules/unused-parameter',
      },
      { id: 'style-note', shortDescription: { text: 'style-note' }, defaultConfiguration: { level: 'note' } },
      {
        id: 'parameter-not-found',
        shortDescription: { text: 'parameter-not-found' },
        defaultConfiguration: { level: 'error' },
      },
    ]);
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///proj/' } });
  });

  it('gives each result its rule, index, level, message and a region relative to %SRCROOT%', () => {
    const results = sarif().runs[0].results;
    expect(results.map((r: { ruleId: string; ruleIndex: number; level: string }) => [r.ruleId, r.ruleIndex, r.level]))
      .toEqual([
        ['style-note', 2, 'note'],
        ['unused-parameter', 1, 'warning'],
        ['parameter-not-found', 3, 'error'],
        ['unknown-directive', 0, 'error'],
      ]);
    expect(results[3]).toEqual({
      ruleId: 'unknown-directive',
      ruleIndex: 0,
      level: 'error',
      message: { text: hostileMessage },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'api-ref/source/servers.inc', uriBaseId: '%SRCROOT%' },
            region: { startLine: 103, startColumn: 1, endLine: 103, endColumn: 15 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 0,
          physicalLocation: {
            artifactLocation: { uri: 'api-ref/source/parameters.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 1 },
          },
          message: { text: 'defined here, 50%: ok' },
        },
      ],
    });
    expect(results[0].relatedLocations).toBeUndefined();
  });

  it('URI-encodes paths with forward slashes', () => {
    const loc = sarif().runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(loc).toEqual({ uri: 'api-ref/source/donn%C3%A9es%20pour%20%231%3F.inc', uriBaseId: '%SRCROOT%' });
    expect(decodeURIComponent(loc.uri)).toBe('api-ref/source/données pour #1?.inc');
  });

  it('uses absolute file URIs outside cwd, line 1 for whole-file findings, and never ends before it starts', () => {
    const [outside, backwards] = sarif(awkward).runs[0].results;
    expect(outside.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'file:///elsewhere/x.inc' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    });
    expect(backwards.locations[0].physicalLocation.region).toEqual({
      startLine: 5,
      startColumn: 9,
      endLine: 5,
      endColumn: 9,
    });
  });
});
