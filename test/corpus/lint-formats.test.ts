/** Lint output from real trees: SARIF valid against the 2.1.0 schema, GitHub annotations in the documented syntax. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SHARED, hasShared } from '../helpers/tree.js';
import { sarifValidator } from '../helpers/sarif.js';
import { ANNOTATION, BAD_PERCENT } from '../helpers/github-annotation.js';

async function lint(project: string, format: string) {
  let stdout = '';
  const code = await main(['lint', path.join(SHARED, 'corpus', project, 'api-ref/source'), '--format', format], {
    stdout: (s) => void (stdout += s),
    stderr: () => undefined,
    cwd: process.cwd(),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout };
}

if (!hasShared) it.skip('lint formats on the corpus: ../shared/corpus not found', () => {});

describe.skipIf(!hasShared)('lint formats on real trees', () => {
  it('SARIF from a corpus run validates against the SARIF 2.1.0 schema', async () => {
    const validate = sarifValidator();
    for (const project of ['cinder', 'zun']) {
      const { stdout } = await lint(project, 'sarif');
      const log = JSON.parse(stdout);
      expect(log.runs[0].results.length).toBeGreaterThan(10);
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      for (const r of log.runs[0].results) expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it('github annotations from a corpus run follow the workflow-command syntax', async () => {
    const { stdout } = await lint('ironic', 'github');
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(line).toMatch(ANNOTATION);
      expect(line).not.toMatch(BAD_PERCENT);
    }
  });
});
