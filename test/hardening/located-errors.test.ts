import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOps } from '../../src/generate/write.js';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'archcap-located-'));
const EXAMPLE = join(ROOT, 'examples/hotel-booking.yaml');

function expectClean(r: { status: number; stdout: string; stderr: string }): void {
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr + r.stdout).not.toMatch(STACK_TRACE);
}

describe('input at fault gets a located message, not an internal error', () => {
  it('refuses an availability above 100 % at its line', () => {
    const file = join(scratch, 'avail.yaml');
    writeFileSync(file, 'version: 1\nname: avail\nrequirements: { availability: 99.9% }\nservices:\n  - name: api\n    availability: 101%\n');
    const r = archcap(['analyze', file]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:6:5: services[0].availability: availability 101% is above 100%`);
  });

  it('refuses a baseline entry that is not an object, at its line', () => {
    const baseline = join(scratch, 'baseline.json');
    writeFileSync(baseline, '{\n  "version": 1,\n  "findings": [\n    null\n  ]\n}\n');
    const r = archcap(['lint', EXAMPLE, '--no-config', '--baseline', baseline]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${baseline}:4:5: findings[0] is not a baseline entry`);
  });

  it('refuses an empty entry in the config’s formats, at its line', () => {
    const dir = join(scratch, 'cfg');
    mkdirSync(dir);
    writeFileSync(join(dir, '.archcap.yaml'), 'formats: [~]\n');
    const r = archcap(['lint', EXAMPLE], { cwd: dir });
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('.archcap.yaml:1:11: each format needs a `format` name');
  });

  it('says what is wrong with --out below a file', () => {
    writeFileSync(join(scratch, 'a-file'), 'x');
    const r = archcap(['generate', '--pattern', 'saga-orchestrator', '--out', join(scratch, 'a-file', 'sub')]);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot use .*a-file\/sub as the output folder/);
  });

  it('reports a dangling symbolic link inside --out as a conflict, and never follows it', () => {
    const out = join(scratch, 'gen-dangling');
    mkdirSync(out);
    symlinkSync(join(scratch, 'nowhere'), join(out, 'src'));
    const r = archcap(['generate', '--pattern', 'saga-orchestrator', '--out', out]);
    expectClean(r);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/src.*symbolic link that leads nowhere/);
  });

  it('writes ADRs beside a dangling link in the ADR folder', () => {
    const out = join(scratch, 'adrs');
    mkdirSync(out);
    symlinkSync(join(scratch, 'nowhere.md'), join(out, '0001-old.md'));
    const r = archcap(['adr', EXAMPLE, '--out', out]);
    expectClean(r);
    expect([0, 1]).toContain(r.status);
  });
});

describe('generate after an interrupted run', () => {
  it('recognises the files a killed run already wrote as its own, not as edits', async () => {
    const { applyPlan, planGeneration } = await import('../../src/generate/index.js');
    const out = join(scratch, 'interrupted');
    const v1 = await planGeneration([{ pattern: 'retry-policy', inputs: { maxAttempts: 3 } }], {});
    applyPlan(v1, { outDir: out });
    const v2 = await planGeneration([{ pattern: 'retry-policy', inputs: { maxAttempts: 5 } }], {});
    let writes = 0;
    // Dies after the first changed file is in place, as kill -9 would.
    const dying = {
      ...defaultOps,
      rename: (from: string, to: string) => {
        if (writes++ === 1) throw new Error('killed');
        renameSync(from, to);
      },
    };
    expect(() => applyPlan(v2, { outDir: out, ops: dying })).toThrow();
    expect(writes).toBe(2);
    // The next run asks for something else again (here: the first inputs back).
    const rerun = applyPlan(v1, { outDir: out });
    expect(rerun.conflicts.map((c) => c.path)).toEqual([]);
    expect(rerun.changes.length).toBeGreaterThan(0);
  });
});
