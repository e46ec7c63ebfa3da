/** Small api-ref trees written to a temporary folder, for tests of the whole pipeline. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SiteConfig } from '../../src/config/config.js';

export function writeTree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-test-'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return dir;
}

/** A configuration for a tree whose source directory is `<dir>/api-ref/source` (or `<dir>` itself). */
export function configFor(dir: string, overrides: Partial<SiteConfig> = {}): SiteConfig {
  const sourceDir = fs.existsSync(path.join(dir, 'api-ref', 'source')) ? path.join(dir, 'api-ref', 'source') : dir;
  return {
    sourceDir,
    outDir: path.join(dir, 'out'),
    root: dir,
    project: 'Test API',
    microversions: null,
    allowRaw: false,
    templatesDir: null,
    rules: {},
    configFile: null,
    masterDoc: 'index',
    ...overrides,
  };
}

export const SHARED = path.resolve(import.meta.dirname, '../../../shared');
export const hasShared = fs.existsSync(path.join(SHARED, 'corpus'));
