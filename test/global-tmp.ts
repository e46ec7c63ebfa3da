/**
 * Vitest global setup: every test's temporary files go under one folder made for the run (TMPDIR, which
 * os.tmpdir() reads and the test workers inherit), removed when the run ends, so trees written by tests do not
 * pile up in the system's temporary directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-vitest-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
