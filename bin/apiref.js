#!/usr/bin/env node
// Runs the CLI bundle that `npm install` (prepare) builds from src/ (scripts/bundle.mjs), with V8's code cache
// for it when there is one that belongs to this very bundle: V8 then skips parsing and compiling it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

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
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));

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
