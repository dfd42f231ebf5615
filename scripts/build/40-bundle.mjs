// The start-up bundle: every command and hook, with archcap's own modules and the YAML parsers
// bundled into a few files (shared code split into chunks), so a command loads a
// handful of modules instead of two hundred. oclif loads commands from bundle/
// (package.json `oclif.commands`), and bin/run.js starts oclif from bundle/cli/run.js.
// oclif and its help and not-found plugins are bundled too: loaded from node_modules,
// oclif alone is some 150 files and 60-70 ms at every start. The bundle holds the one
// copy of oclif that the CLI, its commands, help and hooks share. The other
// dependencies stay in node_modules: ajv, handlebars and the prompts are only loaded on
// the paths that need them, and the autocomplete plugin's commands are imported from
// the installed package when they run. dist/ stays as the library and what
// the other build steps import.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const BUNDLED = new Set(['yaml', 'js-yaml', '@oclif/core', '@oclif/plugin-help', '@oclif/plugin-not-found']);
/** What oclif requires only to run a plugin's TypeScript sources in development: never bundled, never needed by archcap. */
const DEV_LOADERS = ['typescript', 'ts-node', 'tsx'];

export default async function bundle(root) {
  const { rolldown } = await import('rolldown');
  const pkg = createRequire(join(root, 'package.json'))('./package.json');
  const externals = Object.keys(pkg.dependencies ?? {}).filter((d) => !BUNDLED.has(d));
  const dist = join(root, 'dist');
  const input = {};
  const add = (dir) => {
    for (const entry of readdirSync(join(dist, dir), { recursive: true })) {
      const file = String(entry);
      if (file.endsWith('.js')) input[join(dir, file.slice(0, -3)).split('\\').join('/')] = join(dist, dir, file);
    }
  };
  add('commands');
  add('cli/hooks');
  input['engine/lint-worker'] = join(dist, 'engine/lint-worker.js');
  input['cli/run'] = join(dist, 'cli/run.js');
  const build = await rolldown({
    input,
    platform: 'node',
    logLevel: 'warn',
    external: (id) => id.startsWith('node:') || [...externals, ...DEV_LOADERS].some((d) => id === d || id.startsWith(`${d}/`)),
  });
  // Written beside the old bundle and swapped in, as dist/ is: a CLI started meanwhile never sees half of it.
  const fresh = join(root, `bundle.tmp-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  await build.write({ dir: fresh, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: false });
  await build.close();
  const target = join(root, 'bundle');
  const old = join(root, `bundle.old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
  console.log(`bundle: ${Object.keys(input).length} entries in ${relative(root, target)}/`);
}
