#!/usr/bin/env node
// Runs the CLI bundle that `npm install` (prepare) builds from src/: see scripts/bundle.mjs.
import { main } from '../dist/cli/apiref.mjs';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exitCode = 70;
  },
);
