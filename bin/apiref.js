#!/usr/bin/env node
// Runs the CLI bundle that `npm install` (prepare) builds from src/ (scripts/bundle.mjs), with V8's code cache
// for it when there is one that belongs to this very bundle: V8 then skips parsing and compiling it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// A one-shot command (lint, build, --version) mostly ends before TurboFan's optimized code pays for itself: with
// V8's baseline compiler as the top tier, a cinder lint takes about half the CPU and a third less time (figures
// in docs/performance.md); src/util/tiering.ts gives TurboFan back to a run that proves long. `serve` runs for
// hours and gets every tier back as soon as the bundle is loaded. Set before the bundle is compiled, for every
// command, so that the code cache, written under the same flags by scripts/bundle.mjs, is accepted.
const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
const capTier = command !== 'serve';
v8.setFlagsFromString('--no-turbofan');

const bundle = fileURLToPath(new URL('../dist/cli/apiref.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;
const source = fs.readFileSync(bundle, 'utf8');
// V8 checks a cache against the source's length only: the cache file starts with the bundle's hash, so that a
// cache left over from another bundle is never used.
const hash = crypto.createHash('sha1').update(source).digest();
let cachedData;
try {
  const cache = fs.readFileSync(cacheFile);
  if (cache.subarray(0, hash.length).equals(hash)) cachedData = cache.subarray(hash.length);
} catch {
  // No cache: compile as usual.
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
// For the test that checks V8 keeps accepting the cache under the flags set above.
if (process.env.APIREF_DEBUG_CODE_CACHE) console.error(`code cache: ${!cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted'}`);
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
// A long run gets TurboFan back (src/util/tiering.ts), except the one that writes the cache: V8 keys a cache to
// the flags it was made under.
if (!capTier) v8.setFlagsFromString('--turbofan');
else if (!process.env.APIREF_WRITE_CODE_CACHE) module.exports.startedOnBaselineTier();

module.exports.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    const writeTo = process.env.APIREF_WRITE_CODE_CACHE;
    if (writeTo) fs.writeFileSync(writeTo, Buffer.concat([hash, script.createCachedData()]));
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exitCode = 70;
  },
);
