#!/usr/bin/env node
// Build: compile TypeScript, then generate the artefacts the CLI loads at run time
// instead of computing them at start-up (a standalone ajv validator, precompiled
// Handlebars templates, oclif's command manifest). Every step is a module under
// scripts/build/ and runs in file-name order.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], {
  stdio: 'inherit',
});

const stepsDir = join(root, 'scripts/build');
for (const file of readdirSync(stepsDir).filter((f) => f.endsWith('.mjs')).sort()) {
  const step = await import(pathToFileURL(join(stepsDir, file)).href);
  await step.default(root);
}
console.log(`archcap built in ${Date.now() - started} ms`);
