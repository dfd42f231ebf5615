/**
 * The package a team installs without a registry: `npm pack` here, then the
 * tarball installed into an empty folder and run there, as a user would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// A space and a % in the path: the installed CLI must not depend on paths that need no escaping.
const work = mkdtempSync(join(tmpdir(), 'archcap package 100%-'));
const app = join(work, 'app');
let packed: { filename: string; files: { path: string }[] };

const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
const run = (args: string[]): { status: number | null; stdout: string; stderr: string } =>
  spawnSync(join(app, 'node_modules/.bin/archcap'), args, { cwd: app, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: work, NO_COLOR: '1' } });

beforeAll(() => {
  // The build is fresh (test/global-setup.ts), so the prepare script need not run again.
  packed = (JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as (typeof packed)[])[0]!;
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)], app);
  copyFileSync(join(ROOT, 'examples/social-feed.yaml'), join(app, 'social-feed.yaml'));
}, 300_000);

describe('the npm package', () => {
  it('holds the compiled code, the precompiled start-up artefacts, the rules, templates and the schema', () => {
    const files = new Set(packed.files.map((f) => f.path));
    for (const file of ['bin/run.js', 'bundle/commands/lint.cjs', 'bundle/cli/run.cjs.v8cache', 'oclif.manifest.json', 'build/validate-system.cjs', 'build/templates.precompiled.mjs', 'build/knowledge.json', 'build/rules.json', 'schema/system.schema.json', 'docs/model.md', 'rules/knowledge/regions.yaml', 'templates/saga-orchestrator/pattern.yaml']) {
      expect(files, file).toContain(file);
    }
    // The bundle is what runs: neither the sources nor the separately compiled modules ship.
    expect([...files].filter((f) => f.startsWith('test/') || f.startsWith('src/') || f.startsWith('dist/'))).toEqual([]);
  });

  it('installs into an empty folder and `archcap lint` lints an example there (exit 1, its planted findings)', () => {
    const r = run(['lint']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^social-feed\.yaml$/m);
    expect(r.stdout).toContain('consistency/quorum-no-overlap');
    expect(existsSync(join(app, 'node_modules/archcap/build/validate-system.cjs'))).toBe(true);
    expect(run(['--version']).stdout).toMatch(/^archcap\/\d+\.\d+\.\d+/);
  });

  it('starts from the code caches it ships: every bundle file a lint loads compiles from its cache there', () => {
    const r = spawnSync(process.execPath, [join(app, 'node_modules/archcap/bin/run.js'), 'lint', 'social-feed.yaml'], { cwd: app, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: work, ARCHCAP_DEBUG_CODE_CACHE: '1' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^code cache: \d+ used\n$/);
  });

  it('says nothing about TypeScript in a TypeScript project run with NODE_ENV=development or test (oclif would look for it)', () => {
    writeFileSync(join(app, 'tsconfig.json'), '{ "compilerOptions": { "outDir": "dist", "rootDir": "src" } }\n');
    try {
      for (const NODE_ENV of ['development', 'test']) {
        const r = spawnSync(join(app, 'node_modules/.bin/archcap'), ['lint', 'social-feed.yaml'], { cwd: app, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: work, NODE_ENV } });
        expect(r.status, r.stderr).toBe(1);
        expect(r.stderr).toBe('');
      }
    } finally {
      rmSync(join(app, 'tsconfig.json'));
    }
  });

  it('runs analyze, generate and explain from the installed bundle (data files found from its chunks)', () => {
    const analyzed = run(['analyze', 'social-feed.yaml', '--format', 'json']);
    expect(analyzed.status, analyzed.stderr).toBe(0);
    expect((JSON.parse(analyzed.stdout) as { datastores: unknown[] }).datastores.length).toBeGreaterThan(0);
    const generated = run(['generate', 'social-feed.yaml', '--out', 'gen']);
    expect(generated.status, generated.stderr).toBe(0);
    expect(existsSync(join(app, 'gen/package.json'))).toBe(true);
    expect(run(['explain', 'lock/missing-fencing']).stdout).toContain('Read first: https://');
    // Worker threads load their module from the installed bundle, under the same odd path.
    // (40 files make three batches of 16, so two threads really start.)
    mkdirSync(join(app, 'many'));
    for (let i = 0; i < 40; i++) copyFileSync(join(app, 'social-feed.yaml'), join(app, 'many', `s${i}.yaml`));
    const threaded = run(['lint', 'many', '--concurrency', '2', '--format', 'json']);
    expect(threaded.stderr).toBe('');
    expect((JSON.parse(threaded.stdout) as unknown[]).length).toBeGreaterThan(40);
    expect(threaded.stdout).toBe(run(['lint', 'many', '--format', 'json']).stdout);
  });

  it('`archcap init` there points the modeline at the schema inside the installed package', () => {
    const r = run(['init', '--answers', join(ROOT, 'test/fixtures/answers/minimal.yaml'), '--out', 'system.yaml']);
    expect(r.status, r.stderr).toBe(0);
    const first = readFileSync(join(app, 'system.yaml'), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=./node_modules/archcap/schema/system.schema.json');
    expect(existsSync(join(app, 'node_modules/archcap/schema/system.schema.json'))).toBe(true);
  });
});
