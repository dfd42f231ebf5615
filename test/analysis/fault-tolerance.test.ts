import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseFaultTolerance, byzantineFaultsTolerated, byzantineReplicasNeeded, crashFaultsTolerated, crashReplicasNeeded,
} from '../../src/analysis/fault-tolerance.js';
import { UsageError } from '../../src/errors.js';

describe('replica sizing', () => {
  it('needs 2f + 1 replicas for crash faults and 3f + 1 for Byzantine ones', () => {
    expect([0, 1, 2, 3].map(crashReplicasNeeded)).toEqual([1, 3, 5, 7]);
    expect([0, 1, 2, 3].map(byzantineReplicasNeeded)).toEqual([1, 4, 7, 10]);
    expect([1, 2, 3, 4, 5, 6, 7].map(crashFaultsTolerated)).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect([1, 3, 4, 6, 7].map(byzantineFaultsTolerated)).toEqual([0, 0, 1, 1, 2]);
  });

  it('round-trips: n = 2f + 1 tolerates exactly f crashes', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 50 }), (f) =>
      crashFaultsTolerated(crashReplicasNeeded(f)) === f && crashFaultsTolerated(crashReplicasNeeded(f) - 1) === Math.max(0, f - 1)));
  });
});

describe('losing a node, a zone or a region', () => {
  it('cannot survive a region loss over two regions, whatever the split', () => {
    for (const placement of [{ a: 1, b: 1 }, { a: 2, b: 2 }, { a: 2, b: 1 }, { a: 3, b: 2 }]) {
      expect(analyseFaultTolerance({ placement }).region.survives, JSON.stringify(placement)).toBe(false);
    }
    const twoOne = analyseFaultTolerance({ placement: { 'aws:us-east-1': 2, 'aws:eu-west-1': 1 } });
    expect(twoOne.region.breaking).toEqual(['aws:us-east-1']);
    expect(twoOne.region.copyRemains).toBe(true);
  });

  it('survives any one region loss with replicas 2 + 2 + 1 over three regions', () => {
    const report = analyseFaultTolerance({ placement: { a: 2, b: 2, c: 1 } });
    expect(report).toMatchObject({ replicas: 5, quorum: 3 });
    expect(report.region).toMatchObject({ survives: true, remaining: 3, breaking: [] });
  });

  it('spreads a region over zones round-robin and finds the zone whose loss hurts most', () => {
    const single = analyseFaultTolerance({ placement: { a: 3 }, zones: 1 });
    expect(single.node.survives).toBe(true);
    expect(single.zone).toMatchObject({ survives: false, lost: ['a/zone-1'], remaining: 0 });
    const spread = analyseFaultTolerance({ placement: { a: 3 } });
    expect(spread.zone).toMatchObject({ survives: true, remaining: 2 });
    const lopsided = analyseFaultTolerance({ placement: { a: 5 }, zones: 2 });
    expect(lopsided.zone).toMatchObject({ survives: false, lost: ['a/zone-1'], remaining: 2 });
  });

  it('does not survive a single node loss with two replicas', () => {
    const report = analyseFaultTolerance({ placement: { a: 2 } });
    expect(report.node.survives).toBe(false);
    expect(report.explanation).toMatch(/short of a quorum of 2/);
  });

  it('checks the worst combination when asked to tolerate several failures', () => {
    const report = analyseFaultTolerance({ placement: { a: 2, b: 2, c: 1 } }, { nodes: 2, regions: 2 });
    expect(report.node.survives).toBe(true);
    expect(report.region).toMatchObject({ survives: false, lost: ['a', 'b'], remaining: 1 });
  });

  it('honours a quorum other than a majority', () => {
    expect(analyseFaultTolerance({ placement: { a: 3 }, quorum: 3 }).node.survives).toBe(false);
  });

  it('rejects a placement without whole replica counts', () => {
    expect(() => analyseFaultTolerance({ placement: {} })).toThrow(UsageError);
    expect(() => analyseFaultTolerance({ placement: { a: -1 } })).toThrow(UsageError);
  });
});
