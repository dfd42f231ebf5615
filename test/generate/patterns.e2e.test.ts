/**
 * Acceptance: every pattern in templates/, generated alone and all together, type-checks
 * under strict and passes its own tests against the real servers. The packages go under
 * .tmp/gen-test/ inside the repository, so they resolve pg, ioredis, vitest and
 * typescript from its node_modules.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, patternFolders } from '../../src/generate/catalogue.js';
import { applyPlan, planGeneration } from '../../src/generate/index.js';
import { REAL_TEMPLATES, ROOT } from './scratch.js';

const run = promisify(execFile);
const OUT = process.env.ARCHCAP_GEN_TEST_DIR ?? join(ROOT, '.tmp/gen-test');
const ALL = '_all';
// A snapshot, so templates edited while the test runs cannot mix versions in one run.
const TEMPLATES = join(OUT, '_templates');
rmSync(TEMPLATES, { recursive: true, force: true });
cpSync(REAL_TEMPLATES, TEMPLATES, { recursive: true });
const folders = patternFolders(TEMPLATES);

/** The environment of a nested tool run, without this vitest's own variables. */
function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
}

async function generate(name: string, patterns: string[], systemName?: string): Promise<string> {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  const plan = await planGeneration(patterns.map((pattern) => ({ pattern })), { templatesDir: TEMPLATES, ...(systemName ? { systemName } : {}) });
  const result = applyPlan(plan, { outDir: dir });
  expect(result.conflicts).toEqual([]);
  return dir;
}

/** One strict type-check of every generated package (tsgo, else tsc); errors grouped by package. */
async function typecheckAll(dirs: string[]): Promise<Map<string, string[]>> {
  const config = join(OUT, 'tsconfig.json');
  writeFileSync(config, `${JSON.stringify({ extends: `./${ALL}/tsconfig.json`, compilerOptions: { rootDir: '.', noEmit: true }, include: dirs.flatMap((d) => [`${relative(OUT, d)}/src/**/*.ts`, `${relative(OUT, d)}/test/**/*.ts`]) }, null, 2)}\n`);
  const tsgo = join(ROOT, 'node_modules/.bin/tsgo');
  const [cmd, args] = existsSync(tsgo) ? [tsgo, []] : [process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc')]];
  const errors = new Map<string, string[]>(dirs.map((d) => [relative(OUT, d), []]));
  try {
    await run(cmd, [...args, '--noEmit', '-p', config, '--pretty', 'false'], { cwd: OUT, env: childEnv(), maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? error);
    for (const line of output.split('\n').filter((l) => /error TS\d+/.test(l))) {
      const pkg = line.split('/')[0] ?? '';
      (errors.get(pkg) ?? errors.set(pkg, []).get(pkg)!).push(line);
    }
    if ([...errors.values()].every((e) => e.length === 0)) errors.set('(type-check)', [output]);
  }
  return errors;
}

interface VitestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  success: boolean;
  testResults?: { name: string; message?: string; assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}

/** The failed tests of a report, each with the start of its failure message. */
function failures(summary: VitestSummary | undefined): string {
  return (summary?.testResults ?? [])
    .flatMap((file) => [
      ...(file.message ? [`${file.name}: ${file.message.slice(0, 800)}`] : []),
      ...(file.assertionResults ?? []).filter((a) => a.status === 'failed').map((a) => `${a.fullName}: ${(a.failureMessages ?? []).join('\n').slice(0, 800)}`),
    ])
    .join('\n\n');
}

async function runTests(dir: string): Promise<{ code: number; summary: VitestSummary | undefined; output: string }> {
  const report = `${dir}.vitest-report.json`;
  rmSync(report, { force: true });
  const args = ['run', '--root', dir, '--reporter=json', `--outputFile=${report}`, '--maxWorkers=2'];
  let code = 0;
  let output = '';
  try {
    const r = await run(join(ROOT, 'node_modules/.bin/vitest'), args, { cwd: dir, env: childEnv(), maxBuffer: 32 * 1024 * 1024, timeout: 240_000 });
    output = r.stderr;
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    code = typeof e.code === 'number' ? e.code : 1;
    output = `${e.stderr ?? ''}\n${e.stdout ?? ''}`;
  }
  const summary = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as VitestSummary) : undefined;
  return { code, summary, output: `${failures(summary)}\n${output.slice(-2000)}` };
}

describe('every pattern in templates/', () => {
  const dirs = new Map<string, string>();
  let typeErrors = new Map<string, string[]>();

  beforeAll(async () => {
    // A malformed pattern folder fails here, naming the file: none is skipped.
    const catalogue = loadCatalogue(TEMPLATES, { fresh: true });
    expect([...catalogue.patterns.keys()]).toEqual(folders);
    for (const name of folders) dirs.set(name, await generate(name, [name]));
    dirs.set(ALL, await generate(ALL, folders, 'every pattern'));
    typeErrors = await typecheckAll([...dirs.values()]);
  }, 300_000);

  it('has at least one pattern', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it('changes nothing when the same package is generated again', async () => {
    const plan = await planGeneration(folders.map((pattern) => ({ pattern })), { templatesDir: TEMPLATES, systemName: 'every pattern', outDir: dirs.get(ALL)! });
    expect(plan.files.filter((f) => f.action !== 'unchanged')).toEqual([]);
    const result = applyPlan(plan, { outDir: dirs.get(ALL)! });
    expect(result).toMatchObject({ changes: [], conflicts: [], manifestChanged: false });
    expect(result.unchanged.length).toBe(plan.files.length);
  });

  for (const name of [...folders, ALL]) {
    const label = name === ALL ? `all ${folders.length} patterns together` : name;
    it(`${label}: type-checks under strict and passes its own tests`, async () => {
      expect(typeErrors.get(name) ?? [], `type errors in ${name}`).toEqual([]);
      const { code, summary, output } = await runTests(dirs.get(name)!);
      expect(summary, `vitest wrote no report for ${name}:\n${output}`).toBeDefined();
      expect(summary?.numFailedTests, output).toBe(0);
      expect(code, output).toBe(0);
      expect(summary?.numPassedTests).toBeGreaterThan(0);
    }, 300_000);
  }
});
