import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'archcap-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const loader = pathToFileURL(join(ROOT, 'dist/model/code-cache.js')).href;

/** Loads `file` with `cache` in a fresh process (V8 keeps compiled scripts per process); prints what it exported and whether the cache was used. */
function load(file: string, cache: string, write = false): { value: unknown; cache: string } {
  const script = `
    import { loadWithCodeCache, writeCodeCache } from ${JSON.stringify(loader)};
    const loaded = loadWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)});
    const value = loaded.exports.run();
    if (${write}) writeCodeCache(loaded, ${JSON.stringify(cache)});
    console.log(JSON.stringify({ value, cache: loaded.cache }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { value: unknown; cache: string };
}

describe('loading generated CommonJS with a V8 code cache', () => {
  const file = join(dir, 'module.cjs');
  const cache = join(dir, 'module.v8cache');
  const source = (n: number): string => `const helper = require('node:path').basename(__filename);\nmodule.exports.run = () => [${n}, helper];\n`;

  it('compiles as usual without a cache, then uses the one it wrote', () => {
    writeFileSync(file, source(1));
    expect(load(file, cache, true)).toEqual({ value: [1, 'module.cjs'], cache: 'none' });
    expect(load(file, cache)).toEqual({ value: [1, 'module.cjs'], cache: 'used' });
  });

  it('never runs code compiled from other source, even of the same length (V8 compares lengths only)', () => {
    writeFileSync(file, source(1));
    load(file, cache, true);
    writeFileSync(file, source(2));
    expect(source(2).length).toBe(source(1).length);
    expect(load(file, cache)).toEqual({ value: [2, 'module.cjs'], cache: 'stale' });
  });

  it('compiles as usual when V8 refuses the data, or the file is cut short', () => {
    writeFileSync(file, source(3));
    load(file, cache, true);
    const good = readFileSync(cache);
    const damaged = Buffer.concat([good.subarray(0, 32), Buffer.alloc(good.length - 32, 7)]);
    writeFileSync(cache, damaged);
    expect(load(file, cache)).toEqual({ value: [3, 'module.cjs'], cache: 'rejected' });
    writeFileSync(cache, good.subarray(0, 40));
    expect(load(file, cache).value).toEqual([3, 'module.cjs']);
    writeFileSync(cache, good.subarray(0, 10));
    expect(load(file, cache)).toEqual({ value: [3, 'module.cjs'], cache: 'stale' });
  });

  it('the build ships a cache the schema validator loads with, and the validator judges as before', () => {
    const deps = pathToFileURL(join(ROOT, 'dist/model/deps.js')).href;
    const script = `
      import { readFileSync, readdirSync } from 'node:fs';
      import { load } from 'js-yaml';
      import { validatorFromBuild, compileValidator, SCHEMA_FILE } from ${JSON.stringify(deps)};
      const { validate, loaded } = validatorFromBuild();
      // The full schema (with its descriptions) compiled afresh must judge every document alike.
      const full = compileValidator(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).validate;
      const docs = readdirSync(${JSON.stringify(join(ROOT, 'examples'))}).filter((f) => f.endsWith('.yaml'))
        .map((f) => load(readFileSync(${JSON.stringify(join(ROOT, 'examples'))} + '/' + f, 'utf8')));
      const broken = docs.flatMap((d) => [{ ...d, version: 'one' }, { ...d, datastores: [{ ...d.datastores?.[0], description: 5, engine: 'nope' }] }, { ...d, services: [{ description: 'x' }] }]);
      const verdicts = [...docs, ...broken].map((d) => {
        const a = validate(d); const ea = JSON.stringify(validate.errors ?? []);
        const b = full(d); const eb = JSON.stringify(full.errors ?? []);
        return { same: a === b && ea === eb, valid: a };
      });
      console.log(JSON.stringify({ cache: loaded.cache, verdicts }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { cache: string; verdicts: { same: boolean; valid: boolean }[] };
    expect(out.cache).toBe('used');
    expect(out.verdicts.every((v) => v.same)).toBe(true);
    expect(out.verdicts.filter((v) => v.valid).length).toBeGreaterThan(0);
    expect(out.verdicts.filter((v) => !v.valid).length).toBeGreaterThan(out.verdicts.length / 2);
  });
});

describe('the start-up bundle', () => {
  const bundle = join(ROOT, 'bundle');

  it('loads from the code caches the build made: every bundle file a lint loads is compiled from its cache', () => {
    const script = `
      const { createRequire } = require('node:module');
      const require2 = createRequire(${JSON.stringify(join(ROOT, 'bin/run.js'))});
      const hook = require2('../bundle/cli/code-cache.cjs');
      hook.useBundleCodeCache(${JSON.stringify(bundle)});
      require2('../bundle/cli/run.cjs');
      require2('../bundle/commands/lint.cjs');
      console.log(JSON.stringify([...hook.codeCacheUse()]));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).toBe('');
    const uses = JSON.parse(r.stdout) as [string, string][];
    expect(uses.length).toBeGreaterThan(5);
    expect(uses.filter(([, use]) => use !== 'used')).toEqual([]);
  });

  it('has no import() left in its CommonJS files but the one Node compiles itself', async () => {
    const { parseAst } = await import('rolldown/parseAst');
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(bundle, { recursive: true }).map(String).filter((f) => f.endsWith('.cjs'));
    expect(files.length).toBeGreaterThan(10);
    const withImport = files.filter((f) => JSON.stringify(parseAst(readFileSync(join(bundle, f), 'utf8'), { sourceType: 'commonjs' })).includes('"ImportExpression"'));
    expect(withImport).toEqual(['dynamic-import.cjs']);
  });

  it('runs import() from cached code: generate loads its precompiled templates (an ES module) and writes the project', () => {
    const out = join(dir, 'generated');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), 'generate', 'examples/payments-ledger.yaml', '--out', out], { encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).not.toMatch(/internal error|ERR_VM/);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'package.json'), 'utf8')).toContain('"name"');
  });
});
