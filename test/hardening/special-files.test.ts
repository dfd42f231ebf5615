import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, STACK_TRACE } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'archcap-special-'));
const fifo = join(scratch, 'fifo.yaml');
execFileSync('mkfifo', [fifo]);

/** The CLI with a short deadline: a hang is the failure being tested. */
function run(args: string[]): { status: number | null; stderr: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 15_000, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stderr: r.stderr, signal: r.signal };
}

describe.skipIf(process.platform === 'win32')('files that are not regular files', () => {
  it('refuses a FIFO instead of waiting for a writer', () => {
    const r = run(['lint', fifo]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${fifo}:1:1: is a named pipe (FIFO); expected a regular file`);
  });

  it('refuses a character device instead of reading it without end', () => {
    const r = run(['analyze', '/dev/zero']);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/dev/zero:1:1: is a character device; expected a regular file');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses a FIFO or a device as the answers file of init', () => {
    for (const file of [fifo, '/dev/zero']) {
      const r = run(['init', '--answers', file, '--out', join(scratch, 'out.yaml')]);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/expected a regular file/);
    }
  });

  it('refuses a FIFO given as a ruleset', () => {
    const r = run(['lint', 'examples/hotel-booking.yaml', '--ruleset', fifo]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a named pipe (FIFO)');
  });
});
