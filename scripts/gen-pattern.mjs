#!/usr/bin/env node
// Development helper for template authors: render patterns into a package.
//   node scripts/gen-pattern.mjs <pattern>[,<pattern>…] <outdir> [--force] [--dry-run] [--system NAME]
// It compiles src/ with tsgo into .tmp/gen-pattern/dist (about a second), so it works
// before `npm run build`, and renders with the templates as they are on disk now.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--') && a !== '--system'));
const systemAt = args.indexOf('--system');
const systemName = systemAt >= 0 ? args[systemAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && (systemAt < 0 || i !== systemAt + 1));
if (positional.length !== 2) {
  console.error('usage: node scripts/gen-pattern.mjs <pattern>[,<pattern>…] <outdir> [--force] [--dry-run] [--system NAME]');
  process.exit(2);
}
const [patterns, outDir] = positional;

const out = join(root, '.tmp/gen-pattern/dist');
const tsgo = join(root, 'node_modules/.bin/tsgo');
const compiler = existsSync(tsgo) ? [tsgo] : [process.execPath, join(root, 'node_modules/typescript/bin/tsc')];
try {
  execFileSync(compiler[0], [...compiler.slice(1), '-p', join(root, 'tsconfig.json'), '--outDir', out], { stdio: 'pipe' });
} catch (error) {
  // type errors elsewhere in src/ still emit JavaScript; only a missing output is fatal
  if (!existsSync(join(out, 'generate/index.js'))) throw error;
}
const gen = await import(pathToFileURL(join(out, 'generate/index.js')).href);
const templatesDir = join(root, 'templates');
try {
  const requests = patterns.split(',').filter(Boolean).map((pattern) => ({ pattern }));
  const plan = await gen.planGeneration(requests, { templatesDir, outDir: resolve(outDir), ...(systemName ? { systemName } : {}) });
  const result = gen.applyPlan(plan, { outDir: resolve(outDir), force: flags.has('--force'), dryRun: flags.has('--dry-run') });
  for (const c of result.changes) console.log(`${c.action.padEnd(9)} ${c.path}`);
  for (const c of result.conflicts) console.log(`conflict  ${c.path}: ${c.reason}\n${c.diff}`);
  for (const p of result.skipped) console.log(`skip      ${p} (no longer generated; left in place)`);
  if (result.changes.length === 0 && result.conflicts.length === 0) console.log(`nothing to do: ${result.unchanged.length} file(s) unchanged`);
  else console.log(`${result.dryRun ? '(dry run) ' : ''}${result.changes.length} change(s), ${result.conflicts.length} conflict(s), ${result.unchanged.length} unchanged → ${resolve(outDir)}`);
  process.exitCode = result.conflicts.length > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error && 'code' in error ? `error (${error.code}): ${error.message}` : error);
  process.exitCode = 2;
}
