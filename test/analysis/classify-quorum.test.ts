import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quorumOverlap } from '../../src/analysis/classify-quorum.js';

describe('Cassandra consistency-level overlap', () => {
  it('finds QUORUM writes and reads overlapping with RF 3', () => {
    expect(quorumOverlap('QUORUM', 'QUORUM', [3])).toBe('global');
  });

  it('finds ONE and ONE not overlapping with RF 3', () => {
    expect(quorumOverlap('ONE', 'ONE', [3])).toBe('none');
  });

  it('finds ALL writes and ONE reads overlapping (W = RF)', () => {
    expect(quorumOverlap('ALL', 'ONE', [3])).toBe('global');
    expect(quorumOverlap('ONE', 'ALL', [3, 3])).toBe('global');
  });

  it('treats LOCAL_QUORUM on both sides as overlapping only within a region when there are several', () => {
    expect(quorumOverlap('LOCAL_QUORUM', 'LOCAL_QUORUM', [3])).toBe('global');
    expect(quorumOverlap('LOCAL_QUORUM', 'LOCAL_QUORUM', [3, 3])).toBe('local');
  });

  it('makes EACH_QUORUM writes visible to LOCAL_QUORUM reads in every region', () => {
    expect(quorumOverlap('EACH_QUORUM', 'LOCAL_QUORUM', [3, 3, 3])).toBe('global');
  });

  it('sees that a LOCAL_QUORUM write can be missed by a global QUORUM read', () => {
    expect(quorumOverlap('LOCAL_QUORUM', 'QUORUM', [3, 3])).toBe('none');
  });

  it('counts QUORUM across all regions (4 of 6 with two regions of 3)', () => {
    expect(quorumOverlap('QUORUM', 'QUORUM', [3, 3])).toBe('global');
    expect(quorumOverlap('QUORUM', 'TWO', [3, 3])).toBe('none');
    expect(quorumOverlap('QUORUM', 'THREE', [3, 3])).toBe('global');
  });

  it('never lets ANY writes overlap with anything short of ALL', () => {
    expect(quorumOverlap('ANY', 'QUORUM', [3])).toBe('none');
  });

  it('decides overlap for many regions in polynomial time', () => {
    const started = performance.now();
    for (const [w, r] of [['LOCAL_QUORUM', 'LOCAL_QUORUM'], ['QUORUM', 'QUORUM'], ['EACH_QUORUM', 'LOCAL_ONE'], ['LOCAL_QUORUM', 'QUORUM']] as const) {
      quorumOverlap(w, r, Array.from({ length: 12 }, () => 3));
    }
    expect(quorumOverlap('QUORUM', 'QUORUM', Array.from({ length: 40 }, () => 5))).toBe('global');
    // The exhaustive search took about 4^regions × regions² steps: minutes at 12 regions.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('agrees with an exhaustive search over every split of replicas between a write and a disjoint read', () => {
    const levels = ['ANY', 'ONE', 'TWO', 'THREE', 'QUORUM', 'SERIAL', 'LOCAL_ONE', 'LOCAL_QUORUM', 'LOCAL_SERIAL', 'EACH_QUORUM', 'ALL'];
    const majority = (n: number): number => Math.floor(n / 2) + 1;
    /** Does `counts` (replicas answering per region) meet `level` for a coordinator in region `home`? */
    const meets = (level: string, counts: number[], rfs: number[], home: number): boolean => {
      const sum = counts.reduce((a, b) => a + b, 0);
      const total = rfs.reduce((a, b) => a + b, 0);
      switch (level) {
        case 'ANY': return true;
        case 'ONE': return sum >= 1;
        case 'TWO': return sum >= 2;
        case 'THREE': return sum >= 3;
        case 'QUORUM': case 'SERIAL': return sum >= majority(total);
        case 'LOCAL_ONE': return counts[home]! >= 1;
        case 'LOCAL_QUORUM': case 'LOCAL_SERIAL': return counts[home]! >= majority(rfs[home]!);
        case 'EACH_QUORUM': return counts.every((c, d) => c >= majority(rfs[d]!));
        default: return counts.every((c, d) => c >= rfs[d]!);
      }
    };
    const splits = (rfs: number[]): number[][] => rfs.reduce<number[][]>((acc, rf) => acc.flatMap((p) => Array.from({ length: rf + 1 }, (_, w) => [...p, w])), [[]]);
    const canMiss = (wl: string, rl: string, rfs: number[], writer: number, reader: number): boolean =>
      splits(rfs).some((w) => meets(wl, w, rfs, writer) && meets(rl, rfs.map((rf, d) => rf - w[d]!), rfs, reader));
    const reference = (wl: string, rl: string, rfs: number[]): string => {
      const ids = rfs.map((_, i) => i);
      if (ids.some((d) => canMiss(wl, rl, rfs, d, d))) return 'none';
      return ids.every((w) => ids.every((r) => !canMiss(wl, rl, rfs, w, r))) ? 'global' : 'local';
    };
    fc.assert(
      fc.property(fc.constantFrom(...levels), fc.constantFrom(...levels), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }), (w, r, rfs) =>
        quorumOverlap(w, r, rfs) === reference(w, r, rfs)),
      { numRuns: 2000, seed: 42 },
    );
  });
});
