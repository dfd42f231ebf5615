// The start-up bundle: every command and hook, with archcap's own modules, oclif (with
// its help plugin) and the YAML parsers bundled into a few CommonJS files (shared code
// split into chunks), so a command loads a handful of modules instead of three hundred.
// oclif loads commands from bundle/ (package.json `oclif.commands`); bin/run.js starts
// oclif from bundle/cli/run.cjs. The bundle holds the one copy of oclif that the CLI,
// its commands, help and hooks share. The other dependencies stay in node_modules: ajv,
// handlebars, the prompts and the not-found plugin load only on the paths that need
// them, and the autocomplete commands (ES modules, as the plugin they load is) import
// the installed plugin when they run.
//
// CommonJS because Node 20 can only take V8's code cache for a script it compiles
// itself: step 95 warms the bundle up and stores the caches, and bin/run.js loads the
// bundle with them (src/cli/code-cache-hook.ts). Code compiled from a cache cannot call
// `import()` on Node 20, so every `import()` in the bundle is routed through
// bundle/dynamic-import.cjs, which Node compiles as usual.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const BUNDLED = new Set(['yaml', 'js-yaml', '@oclif/core', '@oclif/plugin-help']);
/** What oclif requires only to run a plugin's TypeScript sources in development: never bundled, never needed by archcap. */
const DEV_LOADERS = ['typescript', 'ts-node', 'tsx'];
/** Commands that stay ES modules: they import an ES-module plugin when they are loaded. */
const ESM_COMMANDS = 'commands/autocomplete/';

/** Every ImportExpression of `ast`, in source order. */
function importExpressions(ast) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) for (const n of node) visit(n);
    else if (node && typeof node === 'object') {
      if (node.type === 'ImportExpression') found.push(node);
      for (const [key, value] of Object.entries(node)) if (key !== 'parent' && value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return found.sort((a, b) => a.start - b.start);
}

/** `import(x)` → `require("…/dynamic-import.cjs")(x)` in every CommonJS chunk (see above). */
function routeDynamicImports(parseAst, DYNAMIC_IMPORT_FILE) {
  return {
    name: 'archcap-route-dynamic-imports',
    renderChunk(code, chunk) {
      const sites = importExpressions(parseAst(code, { sourceType: 'commonjs' }));
      if (sites.length === 0) return null;
      const helper = relative(dirname(chunk.fileName), DYNAMIC_IMPORT_FILE).split('\\').join('/');
      const call = `require(${JSON.stringify(helper.startsWith('.') ? helper : `./${helper}`)})`;
      let out = '';
      let at = 0;
      for (const site of sites) {
        if (code.slice(site.start, site.start + 6) !== 'import') throw new Error(`bundle: ${chunk.fileName}: no import() at offset ${site.start}`);
        const source = site.source;
        if (source.type === 'Literal' && typeof source.value === 'string' && source.value.startsWith('.')) {
          throw new Error(`bundle: ${chunk.fileName}: import("${source.value}") is relative; it would resolve from bundle/${DYNAMIC_IMPORT_FILE}`);
        }
        out += code.slice(at, site.start) + call;
        at = site.start + 6;
      }
      return out + code.slice(at);
    },
  };
}

/** A package that CommonJS cannot `require` on Node before 20.19 (an ES module without a require condition). */
function esmOnly(root, id) {
  const name = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0];
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  } catch {
    return false;
  }
  const text = JSON.stringify(pkg.exports ?? {});
  return pkg.type === 'module' && !text.includes('"require"') && !text.includes('.cjs');
}

export default async function bundle(root) {
  const { rolldown } = await import('rolldown');
  const { parseAst } = await import('rolldown/parseAst');
  // The name the code-cache hook leaves to Node: one definition, in src/cli/code-cache-hook.ts.
  const { DYNAMIC_IMPORT_FILE } = await import(pathToFileURL(join(root, 'dist/cli/code-cache-hook.js')).href);
  const pkg = createRequire(join(root, 'package.json'))('./package.json');
  const externals = [...Object.keys(pkg.dependencies ?? {}).filter((d) => !BUNDLED.has(d)), ...DEV_LOADERS];
  const external = (id) => id.startsWith('node:') || externals.some((d) => id === d || id.startsWith(`${d}/`));
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
  input['analysis/pbs-worker'] = join(dist, 'analysis/pbs-worker.js');
  input['cli/run'] = join(dist, 'cli/run.js');
  input['cli/code-cache'] = join(dist, 'cli/code-cache-hook.js');
  const esmInput = Object.fromEntries(Object.entries(input).filter(([name]) => name.startsWith(ESM_COMMANDS)));
  const cjsInput = Object.fromEntries(Object.entries(input).filter(([name]) => !name.startsWith(ESM_COMMANDS)));

  // Written beside the old bundle and swapped in, as dist/ is: a CLI started meanwhile never sees half of it.
  const fresh = join(root, `bundle.tmp-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  const cjs = await rolldown({ input: cjsInput, platform: 'node', logLevel: 'warn', external, plugins: [routeDynamicImports(parseAst, DYNAMIC_IMPORT_FILE)] });
  const { output } = await cjs.write({ dir: fresh, format: 'cjs', exports: 'named', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', sourcemap: false });
  await cjs.close();
  const required = new Set(output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.imports : [])).filter((id) => !id.startsWith('node:') && !id.startsWith('.') && !id.includes('/chunks/') && !id.endsWith('.cjs')));
  const cannot = [...required].filter((id) => esmOnly(root, id));
  if (cannot.length) throw new Error(`bundle: CommonJS would require ES-module-only packages: ${cannot.join(', ')} (import them with import() where they are used)`);
  writeFileSync(join(fresh, DYNAMIC_IMPORT_FILE), `'use strict';\n// The bundle's import() calls, made from a file Node compiles itself (see scripts/build/40-bundle.mjs).\nmodule.exports = (specifier, options) => import(specifier, options);\n`);
  const esm = await rolldown({ input: esmInput, platform: 'node', logLevel: 'warn', external });
  await esm.write({ dir: fresh, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: false });
  await esm.close();

  const target = join(root, 'bundle');
  const old = join(root, `bundle.old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
  console.log(`bundle: ${Object.keys(input).length} entries in ${relative(root, target)}/`);
}
