import { describe, expect, it } from 'vitest';
import type { QuorumResult } from '../../src/report/quorum-text.js';
import { archcap, STACK_TRACE } from '../helpers/cli.js';

type QuorumJson = QuorumResult;

const json = (args: string[]): QuorumJson => {
  const r = archcap(['quorum', ...args, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as QuorumJson;
};

describe('archcap quorum', () => {
  it('reports no overlap for N=3, R=1, W=1, and two replicas of slack each way', () => {
    const r = archcap(['quorum', '--n', '3', '--r', '1', '--w', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^read\/write overlap \(R \+ W > N\)\s+no$/m);
    expect(r.stdout).toContain('R + W = 2 ≤ N = 3');
    const q = json(['--n', '3', '--r', '1', '--w', '1']);
    expect(q).toMatchObject({ overlap: false, intersects: false, writesIntersect: false, writeFaultTolerance: 2, readFaultTolerance: 2 });
  });

  it('reports overlap for N=5, R=3, W=3 with two failures tolerated on each side', () => {
    expect(json(['--n', '5', '--r', '3', '--w', '3'])).toMatchObject({ overlap: true, writesIntersect: true, writeFaultTolerance: 2, readFaultTolerance: 2 });
  });

  it('says a sloppy quorum loses the overlap that R + W > N would give', () => {
    const q = json(['--n', '3', '--r', '2', '--w', '2', '--sloppy']);
    expect(q).toMatchObject({ intersects: true, overlap: false, sloppy: true });
    expect(q.sloppyNote).toContain('hinted handoff');
    expect(archcap(['quorum', '--n', '3', '--r', '2', '--w', '2', '--sloppy']).stdout).toContain('sets intersect, but the quorum is sloppy');
  });

  it('prints the PBS t-visibility table, the same for the same seed', () => {
    const args = ['--n', '3', '--r', '1', '--w', '1', '--pbs', '--pbs-model', 'lnkd-ssd', '--t', '0,1,10', '--trials', '20000', '--seed', '7'];
    const first = json(args);
    expect(json(args)).toEqual(first);
    const pbs = first.pbs!;
    expect(pbs).toMatchObject({ model: 'LNKD-SSD', trials: 20000, seed: 7, strict: false });
    expect(pbs.consistency.map((c) => c.tMs)).toEqual([0, 1, 10]);
    const [at0, at1, at10] = pbs.consistency.map((c) => c.probability);
    expect(at0).toBeLessThan(at1!);
    expect(at1).toBeLessThanOrEqual(at10!);
    // The paper: LNKD-SSD with R = W = 1 is consistent with high probability within a few ms.
    expect(at10).toBeGreaterThan(0.999);
    const t999 = pbs.tVisibility.find((t) => t.probability === 0.999)!.tMs;
    expect(t999).toBeGreaterThan(0);
    expect(t999).toBeLessThan(10);
    const text = archcap(['quorum', ...args]).stdout;
    expect(text).toContain('Probabilistically bounded staleness: LNKD-SSD, 20,000 trials, seed 7');
    expect(text).toMatch(/^\s+99\.9%\s+\d+\.\d+$/m);
  });

  it('gives a different sample for a different seed, and takes an exponential model', () => {
    const base = ['--n', '3', '--r', '1', '--w', '1', '--pbs', '--pbs-model', 'exponential:10', '--trials', '5000'];
    const a = json([...base, '--seed', '1']).pbs!;
    const b = json([...base, '--seed', '2']).pbs!;
    expect(a.model).toBe('exponential(10/10 ms)');
    expect(a.consistency).not.toEqual(b.consistency);
  });

  it('reports a strict quorum as consistent at t = 0 under PBS', () => {
    const pbs = json(['--n', '3', '--r', '2', '--w', '2', '--pbs', '--trials', '2000', '--t', '0']).pbs!;
    expect(pbs.strict).toBe(true);
    expect(pbs.consistency).toEqual([{ tMs: 0, probability: 1 }]);
  });

  it('keeps standard error free of progress when it is not a terminal', () => {
    const r = archcap(['quorum', '--n', '3', '--r', '1', '--w', '1', '--pbs', '--trials', '30000']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  const bad: Array<[string, string[], string]> = [
    ['R greater than N', ['--n', '3', '--r', '4', '--w', '1'], 'R and W cannot exceed N (N=3, R=4, W=1)'],
    ['N below 1', ['--n', '0', '--r', '1', '--w', '1'], 'N must be a positive integer, got 0'],
    ['a missing W', ['--n', '3', '--r', '1'], 'Missing required flag w'],
    ['an unknown PBS model', ['--n', '3', '--r', '1', '--w', '1', '--pbs', '--pbs-model', 'lnkd'], "unknown PBS model 'lnkd'; accepted: lnkd-disk, lnkd-ssd, ymmr"],
    ['a time that is not a number', ['--n', '3', '--r', '1', '--w', '1', '--pbs', '--t', '1,soon'], "--t takes milliseconds ≥ 0 separated by commas, e.g. 1,5,10; got '1,soon'"],
    ['zero trials', ['--n', '3', '--r', '1', '--w', '1', '--pbs', '--trials', '0'], 'greater than or equal to 1'],
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name} with exit code 2 and no stack trace`, () => {
      const r = archcap(['quorum', ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_TRACE);
    });
  }
});
