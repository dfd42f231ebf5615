import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, TEMP_SUFFIX, type WriteOps } from '../../src/generate/write.js';
import { LOCK_FILE, withFolderLock } from '../../src/generate/write-lock.js';
import { writeOutputFile } from '../../src/generate/write-output.js';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples/hotel-booking.yaml');

/** A cloned repository: the example and whatever the test commits beside it. */
function repo(): { dir: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'archcap-repo-'));
  const dir = join(base, 'repo');
  const outside = join(base, 'outside');
  mkdirSync(dir);
  mkdirSync(outside);
  writeFileSync(join(dir, 'system.yaml'), readFileSync(EXAMPLE, 'utf8'));
  return { dir, outside };
}

describe('report files a repository cannot redirect', () => {
  it('refuses to write a report through a committed symbolic link', () => {
    const { dir, outside } = repo();
    writeFileSync(join(outside, 'victim'), 'precious\n');
    symlinkSync(join(outside, 'victim'), join(dir, 'archcap.sarif'));
    const r = archcap(['lint', 'system.yaml', '--no-config', '--format', 'sarif=archcap.sarif'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refusing to write .*archcap\.sarif.*symbolic link/);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('precious\n');
  });

  it('refuses a report path that leaves the working folder through a linked folder', () => {
    const { dir, outside } = repo();
    symlinkSync(outside, join(dir, 'reports'));
    const r = archcap(['lint', 'system.yaml', '--no-config', '--format', 'json=reports/out.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refusing to write "reports\/out\.json": reports leads outside/);
    expect(existsSync(join(outside, 'out.json'))).toBe(false);
  });

  it('refuses, at its line, a config that sends a report or the baseline outside the repository', () => {
    for (const [config, at] of [
      ['formats:\n  - { format: json, output: /tmp/archcap-abs.json }\n', '2:21'],
      ['formats:\n  - format: json\n    output: ../up.json\n', '3:5'],
      ['baseline: /tmp/archcap-baseline.json\n', '1:1'],
    ] as const) {
      const { dir } = repo();
      writeFileSync(join(dir, '.archcap.yaml'), config);
      const r = archcap(['lint', 'system.yaml', '--update-baseline'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`.archcap.yaml:${at}: `);
      expect(r.stderr).toContain('must be a relative path inside the folder of the config file');
      expect(existsSync(join(dir, '..', 'up.json'))).toBe(false);
    }
  });

  it('still writes where the user points: a config path inside the repository, an absolute path typed on the command line', () => {
    const { dir, outside } = repo();
    writeFileSync(join(dir, '.archcap.yaml'), 'formats:\n  - { format: json, output: reports/lint.json }\n  - stylish\n');
    expect(archcap(['lint', 'system.yaml'], { cwd: dir }).status).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'reports/lint.json'), 'utf8'))).toBeInstanceOf(Array);
    const abs = join(outside, 'chosen.json');
    expect(archcap(['lint', 'system.yaml', '--no-config', '--format', `json=${abs}`], { cwd: dir }).status).toBe(1);
    expect(JSON.parse(readFileSync(abs, 'utf8'))).toBeInstanceOf(Array);
  });

  it('reports a full disk or a refused write as a message, not an internal error', () => {
    const { outside } = repo();
    const failing = (code: string): WriteOps => ({
      rename: () => undefined,
      write: () => { throw Object.assign(new Error(`${code}: simulated`), { code }); },
    });
    expect(() => writeOutputFile(join(outside, 'r.json'), '{}', { ops: failing('ENOSPC') })).toThrow(/^cannot write .*r\.json: no space left on the device \(ENOSPC\)$/);
    expect(() => writeOutputFile(join(outside, 'r.json'), '{}', { ops: failing('EACCES') })).toThrow(/^cannot write .*r\.json: permission denied \(EACCES\)$/);
    const r = archcap(['lint', EXAMPLE, '--no-config', '--format', 'json=/dev/full']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

/** Runs the CLI without waiting, so several run at once. */
function start(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/run.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('concurrent writers', () => {
  it('lets parallel runs write one report and one baseline without tripping over each other', async () => {
    const { dir } = repo();
    const runs = await Promise.all(Array.from({ length: 6 }, (_, i) =>
      start(['lint', 'system.yaml', '--no-config', ...(i % 2 ? ['--format', 'json=report.json'] : ['--baseline', 'baseline.json', '--update-baseline'])], dir)));
    for (const r of runs) {
      expect(r.stderr).not.toMatch(/ENOENT|internal error/);
      expect([0, 1]).toContain(r.status);
    }
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toBeInstanceOf(Array);
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).version).toBe(1);
  }, 120_000);

  it('serialises two generate runs into one folder, so neither loses the other’s manifest', async () => {
    const { dir } = repo();
    const out = join(dir, 'gen');
    const [a, b] = await Promise.all([
      start(['generate', '--pattern', 'saga-orchestrator', '--out', 'gen'], dir),
      start(['generate', '--pattern', 'idempotency-key', '--out', 'gen'], dir),
    ]);
    expect([a.status, b.status]).toEqual([0, 0]);
    const manifest = JSON.parse(readFileSync(join(out, '.archcap-manifest.json'), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files).some((f) => f.includes('saga'))).toBe(true);
    expect(Object.keys(manifest.files).some((f) => f.includes('idempotency'))).toBe(true);
    // Whichever ran second recorded the shared files as it left them: a rerun finds no edits.
    for (const pattern of ['saga-orchestrator', 'idempotency-key']) {
      const again = archcap(['generate', '--pattern', pattern, '--out', 'gen'], { cwd: dir });
      expect(again.stdout + again.stderr).not.toMatch(/[1-9]\d* conflicts?/);
      expect(again.status).toBe(0);
    }
  }, 120_000);
});

describe('the folder lock and temporary files', () => {
  /** The pid of a process that has exited. */
  const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;

  it('makes a second writer wait for the lock, and refuses after the wait with the holder named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archcap-lock-'));
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    const started = Date.now();
    expect(() => withFolderLock(dir, () => 'never', 300)).toThrow(new RegExp(`another archcap process \\(pid ${process.ppid}\\) is writing to`));
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('takes over a lock whose process is gone, and releases it after the work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archcap-lock-'));
    writeFileSync(join(dir, LOCK_FILE), `${deadPid()}\n`);
    expect(withFolderLock(dir, () => readFileSync(join(dir, LOCK_FILE), 'utf8'), 300)).toBe(`${process.pid}\n`);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('removes only the temporary files of writers that are gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archcap-temps-'));
    const live = `.report.json.${process.ppid}.a1b2c3${TEMP_SUFFIX}`;
    const dead = `.report.json.${deadPid()}.d4e5f6${TEMP_SUFFIX}`;
    for (const name of [live, dead]) writeFileSync(join(dir, name), 'partial');
    removeStaleTemps(dir, 'report.json');
    expect(readdirSync(dir)).toEqual([live]);
  });
});
