#!/usr/bin/env node
// Runs the compiled CLI (npm's `prepare` compiles src/ to dist/ on install).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 70; },
);
