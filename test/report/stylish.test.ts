import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/report/index.js';
import { awkward, diagnostics, options } from './fixtures.js';

describe('stylish', () => {
  it('prints nothing for zero findings', () => {
    expect(formatDiagnostics('stylish', [], options)).toBe('');
  });

  it('groups by relative file, aligns line:col, severity, message and rule, then sums up', () => {
    expect(formatDiagnostics('stylish', diagnostics, options)).toBe(
      [
        '',
        'api-ref/source/données pour #1?.inc',
        '  1:1  info  Consider a title  style-note',
        '',
        'api-ref/source/parameters.yaml',
        '  12:3  warning  Parameter "flavorRef" is never used  unused-parameter',
        '',
        'api-ref/source/servers.inc',
        '    7:14  error  No parameter "server_id"                           parameter-not-found',
        "  103:1   error  Bad 100% value: \"a,b\" <x> & 'y' second line third  unknown-directive",
        '',
        '✖ 4 problems (2 errors, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('pads severities to the widest in the file and uses singular words for one', () => {
    const two = [diagnostics[0]!, { ...diagnostics[0]!, severity: 'error' as const, line: 2, message: 'x' }];
    expect(formatDiagnostics('stylish', two, options)).toBe(
      [
        '',
        'api-ref/source/parameters.yaml',
        '   2:3  error    x                                    unused-parameter',
        '  12:3  warning  Parameter "flavorRef" is never used  unused-parameter',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
    expect(formatDiagnostics('stylish', [diagnostics[0]!], options)).toContain('✖ 1 problem (0 errors, 1 warning)');
  });

  it('shows control characters in messages instead of sending them to the terminal', () => {
    const out = formatDiagnostics('stylish', awkward, options);
    expect(out).toContain('control \\u0001\\u001b[31m chars');
    expect(out).not.toContain('\u001b');
    expect(out).toContain('../elsewhere/x.inc\n');
  });

  it('colours only when asked: red errors, yellow warnings, dim rule ids, underlined files', () => {
    const out = formatDiagnostics('stylish', [diagnostics[2]!, diagnostics[0]!], { ...options, color: true });
    expect(out).toBe(
      [
        '',
        '\u001b[4mapi-ref/source/parameters.yaml\u001b[24m',
        '  12:3  \u001b[33mwarning\u001b[39m  Parameter "flavorRef" is never used  \u001b[2munused-parameter\u001b[22m',
        '',
        '\u001b[4mapi-ref/source/servers.inc\u001b[24m',
        '  7:14  \u001b[31merror\u001b[39m  No parameter "server_id"  \u001b[2mparameter-not-found\u001b[22m',
        '',
        '\u001b[1m\u001b[31m✖ 2 problems (1 error, 1 warning)\u001b[39m\u001b[22m',
        '',
      ].join('\n'),
    );
  });
});
