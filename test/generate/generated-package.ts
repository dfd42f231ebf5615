/**
 * Checking a generated package as its user would: one strict type-check of several
 * packages (tsgo, else tsc), and a vitest run of each package's own tests.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './scratch.js';

const run = promisify(execFile);

/** The environment of a nested tool run, without this vitest's own variables. */
export function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
}

/** One strict type-check of every generated package (tsgo, else tsc); errors grouped by package. */
export async function typecheckAll(out: string, dirs: string[], base: string): Promise<Map<string, string[]>> {
  const config = join(out, 'tsconfig.json');
  writeFileSync(config, `${JSON.stringify({ extends: `./${relative(out, base)}/tsconfig.json`, compilerOptions: { rootDir: '.', noEmit: true }, include: dirs.flatMap((d) => [`${relative(out, d)}/src/**/*.ts`, `${relative(out, d)}/test/**/*.ts`]) }, null, 2)}\n`);
  const tsgo = join(ROOT, 'node_modules/.bin/tsgo');
  const [cmd, args] = existsSync(tsgo) ? [tsgo, []] : [process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc')]];
  const errors = new Map<string, string[]>(dirs.map((d) => [relative(out, d), []]));
  try {
    await run(cmd, [...args, '--noEmit', '-p', config, '--pretty', 'false'], { cwd: out, env: childEnv(), maxBuffer: 32 * 1024 * 1024 });
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

export interface VitestSummary {
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

export async function runTests(dir: string): Promise<{ code: number; summary: VitestSummary | undefined; output: string }> {
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

