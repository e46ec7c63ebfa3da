import path from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { FormatOptions } from '../../src/report/index.js';

/** A fake project root; the findings below sit inside it except the one in `/elsewhere`. */
export const cwd = path.resolve('/proj');
const at = (rel: string) => path.join(cwd, rel);

export const options: FormatOptions = {
  cwd,
  color: false,
  toolVersion: '1.2.3',
  rules: [
    { id: 'unknown-directive', description: 'Directives must be known', defaultSeverity: 'error' },
    {
      id: 'unused-parameter',
      description: 'Parameters in parameters.yaml are referenced',
      defaultSeverity: 'warn',
      helpUri: 'https://example.org/rules/unused-parameter',
    },
  ],
};

/** Given deliberately out of order; `hostile` carries every character some format must escape. */
export const hostileMessage = 'Bad 100% value: "a,b" <x> & \'y\'\nsecond line\r\nthird';

export const diagnostics: Diagnostic[] = [
  {
    ruleId: 'unused-parameter',
    severity: 'warn',
    message: 'Parameter "flavorRef" is never used',
    file: at('api-ref/source/parameters.yaml'),
    line: 12,
    column: 3,
    endLine: 12,
    endColumn: 12,
  },
  {
    ruleId: 'unknown-directive',
    severity: 'error',
    message: hostileMessage,
    file: at('api-ref/source/servers.inc'),
    line: 103,
    column: 1,
    endLine: 103,
    endColumn: 15,
    related: [{ file: at('api-ref/source/parameters.yaml'), line: 4, column: 1, message: 'defined here, 50%: ok' }],
  },
  {
    ruleId: 'parameter-not-found',
    severity: 'error',
    message: 'No parameter "server_id"',
    file: at('api-ref/source/servers.inc'),
    line: 7,
    column: 14,
    endLine: 7,
    endColumn: 23,
  },
  {
    ruleId: 'style-note',
    severity: 'info',
    message: 'Consider a title',
    file: at('api-ref/source/données pour #1?.inc'),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  },
];

/** A finding outside cwd and one with out-of-range positions (a whole-file finding with line 0). */
export const awkward: Diagnostic[] = [
  {
    ruleId: 'missing-file',
    severity: 'error',
    message: 'Included file not found',
    file: path.resolve('/elsewhere/x.inc'),
    line: 0,
    column: 0,
    endLine: 0,
    endColumn: 0,
  },
  {
    ruleId: 'unknown-directive',
    severity: 'warn',
    message: 'control \u0001\u001b[31m chars \ud800 lone',
    file: at('a.rst'),
    line: 5,
    column: 9,
    endLine: 5,
    endColumn: 2,
  },
];
