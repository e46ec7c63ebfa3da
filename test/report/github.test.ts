import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/report/index.js';
import { awkward, diagnostics, hostileMessage, options } from './fixtures.js';

// The workflow-command grammar: `::command prop=value,…::data`, one line; property values may not hold a raw
// `,` `:` CR or LF, the data no raw CR or LF, and every `%` must start one of the runner's escapes.
import { ANNOTATION, BAD_PERCENT } from '../helpers/github-annotation.js';

const unescape = (s: string) =>
  s.replace(/%(25|0D|0A|3A|2C)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('github', () => {
  it('prints nothing for zero findings', () => {
    expect(formatDiagnostics('github', [], options)).toBe('');
  });

  it('prints one annotation line per finding, file= first, in stable order', () => {
    expect(formatDiagnostics('github', diagnostics.slice(0, 1), options)).toBe(
      '::warning file=api-ref/source/parameters.yaml,line=12,col=3,endLine=12,endColumn=12,' +
        'title=unused-parameter::Parameter "flavorRef" is never used\n',
    );
    const lines = formatDiagnostics('github', diagnostics, options).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => ANNOTATION.exec(l)?.[1])).toEqual(['notice', 'warning', 'error', 'error']);
  });

  it('matches the annotation syntax and escapes %, CR, LF (and : , in properties) so text round-trips', () => {
    const hostile = {
      ...diagnostics[1]!,
      file: `${options.cwd}/dir,with:colon/50%.inc`,
      ruleId: 'odd:rule,id',
      related: [],
    };
    const lines = formatDiagnostics('github', [...diagnostics, ...awkward, hostile], options).trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(line).toMatch(ANNOTATION);
      expect(line).not.toMatch(BAD_PERCENT);
    }
    const m = lines.map((l) => ANNOTATION.exec(l)!).find((x) => x[7] === 'odd%3Arule%2Cid')!;
    expect(m[2]).toBe('dir%2Cwith%3Acolon/50%25.inc');
    expect(unescape(m[2]!)).toBe('dir,with:colon/50%.inc');
    expect(unescape(m[8]!)).toBe(hostileMessage);
  });

  it('puts related places on extra lines of the message', () => {
    const line = formatDiagnostics('github', [diagnostics[1]!], options);
    expect(unescape(ANNOTATION.exec(line.trimEnd())![8]!)).toBe(
      hostileMessage + '\napi-ref/source/parameters.yaml:4:1: defined here, 50%: ok',
    );
  });

  it('puts whole-file findings (line 0) on line 1', () => {
    const line = formatDiagnostics('github', [awkward[0]!], options);
    expect(line).toBe(
      '::error file=../elsewhere/x.inc,line=1,col=1,endLine=1,endColumn=1,title=missing-file::Included file not found\n',
    );
  });
});
