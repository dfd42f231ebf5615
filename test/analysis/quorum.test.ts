import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseQuorum, CONSISTENCY_LEVELS, consistencyLevelOverlap, majority, replicasAcked, type ConsistencyLevel,
} from '../../src/analysis/quorum.js';
import { UsageError } from '../../src/errors.js';

/** All k-element subsets of {0..n-1} as bit masks. */
function subsets(n: number, k: number): number[] {
  const out: number[] = [];
  for (let m = 0; m < 1 << n; m++) if (popcount(m) === k) out.push(m);
  return out;
}
const popcount = (m: number): number => (m === 0 ? 0 : (m & 1) + popcount(m >>> 1));

describe('strict and partial quorums', () => {
  it('overlap exactly when R + W > N, checked against every R-subset and W-subset', () => {
    const nrw = fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n })));
    fc.assert(fc.property(nrw, ([n, r, w]) => {
      const bruteForce = subsets(n, r).every((rs) => subsets(n, w).every((ws) => (rs & ws) !== 0));
      return analyseQuorum({ n, r, w }).overlap === bruteForce && bruteForce === r + w > n;
    }), { numRuns: 300 });
  });

  it('reports fault tolerance N − W and N − R and the majority', () => {
    expect(analyseQuorum({ n: 5, r: 2, w: 4 })).toMatchObject({
      overlap: true, writeFaultTolerance: 1, readFaultTolerance: 3, majority: 3, writesIntersect: true,
    });
    expect(analyseQuorum({ n: 3, r: 1, w: 1 })).toMatchObject({ overlap: false, writesIntersect: false });
    expect(majority(4)).toBe(3);
    expect(majority(5)).toBe(3);
  });

  it('voids the guarantee under a sloppy quorum even when R + W > N', () => {
    const q = analyseQuorum({ n: 3, r: 2, w: 2, sloppy: true });
    expect(q.intersects).toBe(true);
    expect(q.overlap).toBe(false);
    expect(q.explanation).toMatch(/sloppy/);
  });

  it('rejects impossible sizes with a usage error', () => {
    expect(() => analyseQuorum({ n: 3, r: 4, w: 1 })).toThrow(UsageError);
    expect(() => analyseQuorum({ n: 0, r: 1, w: 1 })).toThrow(UsageError);
    expect(() => analyseQuorum({ n: 3, r: 1.5, w: 1 })).toThrow(UsageError);
  });
});

describe('Cassandra consistency levels', () => {
  const twoDcs = { dc1: 3, dc2: 3 };

  it('counts the replicas each level waits for', () => {
    expect(replicasAcked('QUORUM', twoDcs, 'dc1')).toBe(4);
    expect(replicasAcked('LOCAL_QUORUM', twoDcs, 'dc1')).toBe(2);
    expect(replicasAcked('EACH_QUORUM', twoDcs, 'dc1')).toBe(4);
    expect(replicasAcked('ALL', twoDcs, 'dc2')).toBe(6);
    expect(replicasAcked('LOCAL_ONE', twoDcs, 'dc2')).toBe(1);
    expect(replicasAcked('ANY', twoDcs, 'dc2')).toBe(0);
  });

  it('overlaps globally at QUORUM/QUORUM but only within a datacentre at LOCAL_QUORUM/LOCAL_QUORUM', () => {
    expect(consistencyLevelOverlap('QUORUM', 'QUORUM', twoDcs).scope).toBe('global');
    const local = consistencyLevelOverlap('LOCAL_QUORUM', 'LOCAL_QUORUM', twoDcs);
    expect(local.scope).toBe('local');
    expect(local.localOverlapDcs).toEqual(['dc1', 'dc2']);
    expect(local.writesOverlap).toBe(false);
  });

  it('overlaps globally for LOCAL_QUORUM reads after EACH_QUORUM writes, and never at ONE/ONE', () => {
    expect(consistencyLevelOverlap('LOCAL_QUORUM', 'EACH_QUORUM', twoDcs).scope).toBe('global');
    expect(consistencyLevelOverlap('ONE', 'ONE', twoDcs).scope).toBe('none');
    expect(consistencyLevelOverlap('ONE', 'ALL', twoDcs).scope).toBe('global');
    expect(consistencyLevelOverlap('LOCAL_ONE', 'ANY', { dc1: 1 }).scope).toBe('none');
  });

  it('names an unknown level and lists the accepted ones', () => {
    expect(() => consistencyLevelOverlap('LOCAL_TWO' as ConsistencyLevel, 'ONE', twoDcs)).toThrow(/accepted: ANY, ONE/);
  });

  it('agrees with a brute-force search for disjoint replica sets', () => {
    // Replicas are numbered; each belongs to one datacentre. A set satisfies a level when it has
    // enough members overall / per datacentre, as the DataStax definitions state.
    function satisfies(level: ConsistencyLevel, set: number[], dcOf: string[], rf: Record<string, number>, dc: string): boolean {
      const inDc = (d: string) => set.filter((i) => dcOf[i] === d).length;
      const n = dcOf.length;
      switch (level) {
        case 'ANY': return true;
        case 'ONE': return set.length >= 1;
        case 'TWO': return set.length >= 2;
        case 'THREE': return set.length >= 3;
        case 'QUORUM': case 'SERIAL': return set.length >= majority(n);
        case 'ALL': return set.length === n;
        case 'EACH_QUORUM': return Object.keys(rf).every((d) => inDc(d) >= majority(rf[d]!));
        case 'LOCAL_ONE': return set.every((i) => dcOf[i] === dc) && inDc(dc) >= 1;
        case 'LOCAL_QUORUM': case 'LOCAL_SERIAL': return set.every((i) => dcOf[i] === dc) && inDc(dc) >= majority(rf[dc]!);
      }
    }
    const rfArb = fc.record({ dc1: fc.integer({ min: 1, max: 3 }), dc2: fc.integer({ min: 1, max: 3 }) });
    const level = fc.constantFrom(...CONSISTENCY_LEVELS);
    fc.assert(fc.property(rfArb, level, level, (rf, read, write) => {
      const dcOf = [...Array<string>(rf.dc1).fill('dc1'), ...Array<string>(rf.dc2).fill('dc2')];
      const all = [...Array(1 << dcOf.length).keys()].map((m) => dcOf.map((_, i) => i).filter((i) => m & (1 << i)));
      const meets = (dr: string, dw: string) => {
        const reads = all.filter((s) => satisfies(read, s, dcOf, rf, dr));
        const writes = all.filter((s) => satisfies(write, s, dcOf, rf, dw));
        return reads.every((r) => writes.every((w) => r.some((i) => w.includes(i))));
      };
      const expected = ['dc1', 'dc2'].every((dr) => ['dc1', 'dc2'].every((dw) => meets(dr, dw)));
      return (consistencyLevelOverlap(read, write, rf).scope === 'global') === expected;
    }), { numRuns: 400 });
  });
});
