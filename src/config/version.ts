import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** apiref's version, from package.json. */
export const VERSION: string = (() => {
  try {
    return JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();
