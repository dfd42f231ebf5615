#!/usr/bin/env node
// Build: compile TypeScript, then generate the artefacts the CLI loads at run time
// instead of computing them at start-up (a standalone ajv validator, precompiled
// Handlebars templates, oclif's command manifest). Every step is a module under
// scripts/build/ and runs in file-name order.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

// Compile into a fresh folder and swap it in, so a CLI started meanwhile (tests run
// while someone rebuilds) never sees a half-deleted dist/, and deleted sources leave
// no stale output behind.
const fresh = join(root, `dist.tmp-${process.pid}`);
rmSync(fresh, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--outDir', fresh], {
  stdio: 'inherit',
});
const old = join(root, `dist.old-${process.pid}`);
if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), old);
renameSync(fresh, join(root, 'dist'));
rmSync(old, { recursive: true, force: true });

const stepsDir = join(root, 'scripts/build');
for (const file of readdirSync(stepsDir).filter((f) => f.endsWith('.mjs')).sort()) {
  const step = await import(pathToFileURL(join(stepsDir, file)).href);
  await step.default(root);
}
console.log(`archcap built in ${Date.now() - started} ms`);
