/**
 * bin/apiref.js runs the bundle with V8's code cache, and only with the cache made for that very bundle: V8
 * itself checks no more than the source's length, so a cache left over from an edited bundle of the same length
 * would run the old code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const BUNDLE = path.join(REPO, 'dist/cli/apiref.cjs');
const built = fs.existsSync(BUNDLE) && fs.existsSync(`${BUNDLE}.cache`);

/** A copy of the installed command (bin + bundle + cache) whose data files point back into the repository. */
function copyInstall(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-bin-'));
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.mkdirSync(path.join(dir, 'dist/cli'), { recursive: true });
  fs.copyFileSync(path.join(REPO, 'bin/apiref.js'), path.join(dir, 'bin/apiref.js'));
  fs.copyFileSync(BUNDLE, path.join(dir, 'dist/cli/apiref.cjs'));
  fs.copyFileSync(`${BUNDLE}.cache`, path.join(dir, 'dist/cli/apiref.cjs.cache'));
  for (const name of ['package.json', 'node_modules', 'templates', 'assets', 'schemas', 'status.yaml']) {
    fs.symlinkSync(path.join(REPO, name), path.join(dir, name));
  }
  return dir;
}

const run = (dir: string, ...args: string[]) =>
  execFileSync(process.execPath, [path.join(dir, 'bin/apiref.js'), ...args], { encoding: 'utf8' });

describe.skipIf(!built)('bin/apiref.js (needs `npm run build`; skipped without dist/)', () => {
  it('runs the bundle', () => {
    const version = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version;
    expect(run(REPO, '--version').trim()).toBe(version);
  });

  it('has V8 accept the cache for one-shot commands, which run without TurboFan until they prove long', () => {
    // V8 rejects a cache made under other flags: bin/apiref.js turns TurboFan off before compiling the bundle,
    // and scripts/bundle.mjs writes the cache through bin/apiref.js under the same flags.
    const cacheState = (...args: string[]) => {
      const result = spawnSync(process.execPath, [path.join(REPO, 'bin/apiref.js'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, APIREF_DEBUG_CODE_CACHE: '1' },
      });
      return /code cache: (\w+)/.exec(result.stderr)?.[1];
    };
    expect(cacheState('--version')).toBe('accepted');
    expect(cacheState('lint', path.join(REPO, 'api-ref/source'), '--format', 'json')).toBe('accepted');
    // serve gets every tier back once the bundle is loaded: it starts from the cache too.
    expect(cacheState('serve', '--help')).toBe('accepted');
  });

  it('never runs a cache made for another bundle of the same length', () => {
    const dir = copyInstall();
    try {
      const file = path.join(dir, 'dist/cli/apiref.cjs');
      const before = fs.readFileSync(file, 'utf8');
      const edited = before.replace('Build, check and preview', 'BUILD, check and preview');
      expect(edited).not.toBe(before);
      expect(edited.length).toBe(before.length);
      fs.writeFileSync(file, edited);
      expect(run(dir, '--help')).toContain('BUILD, check and preview');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs without a cache, and with a damaged one', () => {
    const dir = copyInstall();
    try {
      const cache = path.join(dir, 'dist/cli/apiref.cjs.cache');
      fs.writeFileSync(cache, Buffer.from('not a cache'));
      expect(run(dir, '--help')).toContain('Build, check and preview');
      fs.rmSync(cache);
      expect(run(dir, '--help')).toContain('Build, check and preview');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
