import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archcap, STACK_TRACE } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'archcap-callgraph-'));
const write = (name: string, text: string): string => {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
};

/** An entry service calling a worker that queues work to itself. */
const selfQueue = `version: 1
name: self-queue
services:
  - name: api
    calls:
      - { service: worker, timeout: 1s, retries: { attempts: 3, backoff: exponential, jitter: full }, idempotent: true }
  - name: worker
    calls:
      - { service: worker, mode: async, timeout: 1s, retries: { attempts: 3, backoff: exponential, jitter: full }, idempotent: true }
`;

/** A synchronous chain s0 → s1 → … → s(n-1), deeper than any stack-recursive walk survives. */
function deepChain(n: number): string {
  const lines = ['version: 1', `name: chain-${n}`, 'services:'];
  for (let i = 0; i < n; i++) {
    lines.push(`  - name: s${i}`);
    if (i + 1 < n) lines.push(`    calls: [{ service: s${i + 1}, timeout: 1s }]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('call graphs with asynchronous cycles and deep chains', () => {
  it('lints a service that queues work to itself, and still reports the other files', () => {
    const file = write('self-queue.yaml', selfQueue);
    const r = archcap(['lint', file, 'examples/hotel-booking.yaml', '--format', 'json']);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as Array<{ file: string }>;
    expect(findings.some((f) => f.file === 'examples/hotel-booking.yaml')).toBe(true);
  });

  it('analyzes and generates for a service that queues work to itself', () => {
    const file = write('self-queue-2.yaml', selfQueue);
    const analyzed = archcap(['analyze', file, '--format', 'json']);
    expect(analyzed.stderr).not.toContain('internal error');
    expect(analyzed.status).toBe(0);
    const generated = archcap(['generate', file, '--out', join(scratch, 'gen'), '--dry-run']);
    expect(generated.stderr).not.toContain('internal error');
    expect(generated.status).toBe(0);
  });

  it('checks a 4,000-deep synchronous call chain without an internal error', () => {
    const file = write('chain.yaml', deepChain(4000));
    for (const args of [['lint', file], ['analyze', file, '--format', 'json']]) {
      const r = archcap(args);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr + r.stdout).not.toMatch(STACK_TRACE);
      expect([0, 1]).toContain(r.status);
    }
  });
});
