/**
 * The generator's public surface. `archcap generate` calls, in order:
 * `listPatterns()` (help, validation of `--pattern`), `planGeneration(requests, opts)`
 * (pure rendering + what each file would do), `applyPlan(plan, {outDir, force, dryRun})`.
 */
export { listPatterns, type PatternSummary } from './catalogue.js';
export { planGeneration } from './plan.js';
export { applyPlan, writeFileSafely, type SafeWriteOptions } from './apply.js';
export { writeOutputFile } from './write-output.js';
export { readManifest, type GenerationManifest } from './state.js';
export { unifiedDiff } from './diff.js';
export { MANIFEST_FILE } from './paths.js';
export type * from './types.js';
