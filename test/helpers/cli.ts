import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// ARCHCAP_TEST_BIN runs the end-to-end tests against another build (e.g. to see a regression test fail before its fix).
const BIN = process.env['ARCHCAP_TEST_BIN'] ?? fileURLToPath(new URL('../../bin/run.js', import.meta.url));

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (the build is kept fresh by test/global-setup.ts). */
export function archcap(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    // Without vitest's own variables, so the CLI uses the build artefacts as a user's would.
    env: { ...withoutVitest(), NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function withoutVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
}

/** A stack trace has lines like `    at fn (file.js:1:2)`. */
export const STACK_TRACE = /^\s+at .+[:(]\d+/m;
