import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/report/index.js';
import { awkward, diagnostics, hostileMessage, options } from './fixtures.js';
import { childrenNamed, parseXml } from './xml-check.js';

describe('junit', () => {
  it('is a well-formed, empty <testsuites> for zero findings', () => {
    const out = formatDiagnostics('junit', [], options);
    expect(out).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="apiref" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n',
    );
    expect(parseXml(out).name).toBe('testsuites');
  });

  it('has a testsuite per file and a testcase per finding, failures for errors and warnings', () => {
    const root = parseXml(formatDiagnostics('junit', diagnostics, options));
    expect(root.attributes).toMatchObject({ tests: '4', failures: '3' });
    const suites = childrenNamed(root, 'testsuite');
    expect(suites.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures])).toEqual([
      ['api-ref/source/données pour #1?.inc', '1', '0'],
      ['api-ref/source/parameters.yaml', '1', '1'],
      ['api-ref/source/servers.inc', '2', '2'],
    ]);
    const cases = childrenNamed(suites[2]!, 'testcase');
    expect(cases.map((c) => c.attributes)).toEqual([
      { classname: 'api-ref/source/servers', name: 'parameter-not-found at 7:14', time: '0' },
      { classname: 'api-ref/source/servers', name: 'unknown-directive at 103:1', time: '0' },
    ]);
    const info = childrenNamed(suites[0]!, 'testcase')[0]!;
    expect(childrenNamed(info, 'failure')).toEqual([]);
    expect(childrenNamed(info, 'system-out')[0]!.text).toBe('line 1, col 1, Info - Consider a title (style-note)');
  });

  it('escapes hostile messages so attribute and text read back exactly', () => {
    const root = parseXml(formatDiagnostics('junit', diagnostics, options));
    const suite = childrenNamed(root, 'testsuite')[2]!;
    const failure = childrenNamed(childrenNamed(suite, 'testcase')[1]!, 'failure')[0]!;
    expect(failure.attributes).toEqual({ message: hostileMessage, type: 'unknown-directive' });
    expect(failure.text).toBe(
      `line 103, col 1, Error - ${hostileMessage} (unknown-directive)\n` +
        'api-ref/source/parameters.yaml:4:1: defined here, 50%: ok',
    );
  });

  it('replaces characters XML 1.0 forbids (controls, lone surrogates) and stays well-formed', () => {
    const out = formatDiagnostics('junit', [...diagnostics, ...awkward], options);
    const root = parseXml(out);
    const suite = childrenNamed(root, 'testsuite').find((s) => s.attributes.name === 'a.rst')!;
    const failure = childrenNamed(childrenNamed(suite, 'testcase')[0]!, 'failure')[0]!;
    expect(failure.attributes.message).toBe('control \ufffd\ufffd[31m chars \ufffd lone');
  });

  it('the checker itself rejects what is not well-formed', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow();
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
    expect(() => parseXml('<a>&#1;</a>')).toThrow();
    expect(() => parseXml('<a x="<"/>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
  });
});
