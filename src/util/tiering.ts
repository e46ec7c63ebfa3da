/**
 * V8's top tier for a one-shot run. bin/apiref.js starts `build` and `lint` with the baseline compiler as the top
 * tier: most runs end before TurboFan's optimized code pays for the CPU it takes to make (cinder's lint: half the
 * CPU, a third less wall time). A run that proves long gets TurboFan back at the next checkpoint, so a tree many
 * times cinder's size is not held to baseline code (figures in docs/performance.md).
 */
import v8 from 'node:v8';

/** Milliseconds since the process started after which a capped run gets every tier back. */
export const LONG_RUN_MS = 600;

let capped = false;

/** Called by bin/apiref.js when it capped the tier (never in a run that writes the code cache: see bundle.mjs). */
export function startedOnBaselineTier(): void {
  capped = true;
}

/** A point in a long loop (a document, an include, an operation, a rule) where a long run gets TurboFan back. */
export function tieringCheckpoint(): void {
  if (!capped || performance.now() < LONG_RUN_MS) return;
  capped = false;
  v8.setFlagsFromString('--turbofan');
}
