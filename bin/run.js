#!/usr/bin/env node
// `archcap --version` alone is answered here, in oclif's words
// (`archcap/0.1.0 linux-x64 node-v20.20.2`), without loading the CLI framework:
// scripts and CI logs ask for it on every run. Everything else goes to oclif, from the
// start-up bundle the build makes (bundle/cli/run.js; see scripts/build/40-bundle.mjs).
const args = process.argv.slice(2);
if (args.length === 1 && args[0] === '--version') {
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`archcap/${version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  const { execute } = await import('../bundle/cli/run.js');
  await execute({ dir: import.meta.url });
}
