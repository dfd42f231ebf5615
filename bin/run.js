#!/usr/bin/env node
// `archcap --version` alone is answered here, in oclif's words
// (`archcap/0.1.0 linux-x64 node-v20.20.2`), without loading the CLI framework:
// scripts and CI logs ask for it on every run. Everything else goes to oclif, from the
// start-up bundle the build makes (CommonJS, loaded with V8's code cache; see
// scripts/build/40-bundle.mjs and src/cli/code-cache-hook.ts).
const args = process.argv.slice(2);
if (args.length === 1 && args[0] === '--version') {
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`archcap/${version} ${process.platform}-${process.arch} node-${process.version}\n`);
} else {
  // archcap runs its compiled bundle, never TypeScript sources: without this, oclif looks
  // for a tsconfig.json (up from the package, into the user's project) and TypeScript
  // whenever NODE_ENV is development or test, and warns when it finds no TypeScript.
  globalThis.oclif = { ...globalThis.oclif, enableAutoTranspile: false };
  const { createRequire } = await import('node:module');
  const { fileURLToPath } = await import('node:url');
  const require = createRequire(import.meta.url);
  require('../bundle/cli/code-cache.cjs').useBundleCodeCache(fileURLToPath(new URL('../bundle', import.meta.url)));
  const { execute } = require('../bundle/cli/run.cjs');
  await execute({ dir: import.meta.url });
}
