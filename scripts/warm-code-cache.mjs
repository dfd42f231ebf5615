#!/usr/bin/env node
// The build's warm-up for the start-up bundle's code cache (scripts/build/95-code-cache.mjs):
// runs lint, analyze, generate and help on the examples in this process, with the bundle
// compiled in recording mode, then writes a `<file>.v8cache` beside each bundle file it
// loaded. Only what ran is in a cache; the rest compiles on first call, as usual.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
const require = createRequire(join(root, 'package.json'));
const hook = require('./bundle/cli/code-cache.cjs');
hook.useBundleCodeCache(join(root, 'bundle'), { record: true });
const { execute } = require('./bundle/cli/run.cjs');

const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort().map((f) => join('examples', f));
const out = mkdtempSync(join(tmpdir(), 'archcap-warm-'));
const dir = pathToFileURL(join(root, 'bin/run.js')).href;
try {
  for (const args of [
    ['lint', ...examples],
    ['lint', examples[0], '--format', 'json'],
    ['analyze', examples[0]],
    ['generate', examples[0], '--out', join(out, 'generated')],
    ['--help'],
    ['lint', '--help'],
  ]) {
    await execute({ dir, args });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exitCode = 0;
const written = hook.writeRecordedCodeCaches();
process.stderr.write(`code cache: ${written.length} bundle files\n`);
