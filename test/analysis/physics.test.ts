import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clientWriteLatency, greatCircleKm, leaderCommitLatency, legBetween, measuredStretch, quorumLatency,
  readYourWritesLatency, rttFloorMs,
} from '../../src/analysis/physics.js';
import { UsageError } from '../../src/errors.js';
import { findRegion, knownRegionIds, typicalRtt } from '../../src/knowledge/regions.js';

const loc = (id: string) => findRegion(id)!.location;
const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });

describe('great-circle distance and the fibre floor', () => {
  it('puts us-east-1 and eu-west-1 about 5,460 km apart, a 54.6 ms floor under the 69.6 ms measured median', () => {
    // facts.md §5.4: 5,461 km; measured p50 69.6 ms (cloudping.co, p50 over one year, captured 2025-05-29).
    expect(greatCircleKm(loc('aws:us-east-1'), loc('aws:eu-west-1'))).toBeCloseTo(5461, -1);
    const leg = legBetween('aws:us-east-1', 'aws:eu-west-1');
    expect(leg.floorMs).toBeCloseTo(54.6, 1);
    expect(leg.typicalMs).toBe(69.6);
    expect(leg.typicalKind).toBe('measured');
  });

  it('gives London to New York a floor near 56 ms (2 × 5,570 km / 200 km/ms)', () => {
    expect(rttFloorMs({ lat: 51.5074, lon: -0.1278 }, { lat: 40.7128, lon: -74.006 })).toBeCloseTo(55.7, 0);
  });

  it('never finds a measured AWS median below its physical floor', () => {
    const aws = knownRegionIds().filter((id) => id.startsWith('aws:'));
    for (const a of aws) for (const b of aws) {
      const measured = typicalRtt(a, b)!.ms;
      expect(measured, `${a} ↔ ${b}`).toBeGreaterThanOrEqual(rttFloorMs(loc(a), loc(b)));
    }
  });

  it('is symmetric', () => {
    fc.assert(fc.property(point, point, (a, b) => Math.abs(rttFloorMs(a, b) - rttFloorMs(b, a)) < 1e-9));
  });

  it('obeys the triangle inequality', () => {
    fc.assert(fc.property(point, point, point, (a, b, c) => rttFloorMs(a, c) <= rttFloorMs(a, b) + rttFloorMs(b, c) + 1e-9));
  });

  it('obeys it for nearly antipodal points too, where haversine loses precision', () => {
    const a = { lat: 0, lon: -179.99999790869023 };
    const b = { lat: -6.037091348628667e-7, lon: 0 };
    const c = { lat: 0, lon: 0 };
    expect(rttFloorMs(a, c)).toBeLessThanOrEqual(rttFloorMs(a, b) + rttFloorMs(b, c) + 1e-9);
  });

  it('is zero for a point and itself and at most half the circumference apart', () => {
    fc.assert(fc.property(point, point, (a, b) => rttFloorMs(a, a) === 0 && greatCircleKm(a, b) <= Math.PI * 6371 + 1e-6));
  });
});

describe('typical round trips where none is published', () => {
  it('estimates from the median measured/floor ratio of the AWS matrix', () => {
    const s = measuredStretch();
    expect(s.pairs).toBe(496);
    expect(s.ratio).toBeGreaterThan(1.5);
    expect(s.ratio).toBeLessThan(2);
    const leg = legBetween('gcp:us-east4', 'gcp:europe-west1');
    expect(leg.typicalKind).toBe('estimated');
    expect(leg.typicalMs).toBeCloseTo(leg.floorMs * s.ratio, 1);
    expect(leg.typicalSource).toMatch(/median measured\/floor ratio over 496 AWS region pairs/);
  });

  it('works for a custom region given with a location', () => {
    const resolve = (id: string) => findRegion(id, id === 'dc:berlin' ? { location: { lat: 52.52, lon: 13.405 } } : undefined);
    const leg = legBetween('dc:berlin', 'aws:eu-central-1', resolve);
    expect(leg.distanceKm).toBeCloseTo(424, -1);
    expect(() => legBetween('dc:nowhere', 'aws:eu-central-1')).toThrow(UsageError);
  });
});

describe('commit latency', () => {
  it('makes a leader in us-east-1 wait for eu-west-1 when 3 of 5 replicas are needed', () => {
    const est = leaderCommitLatency('aws:us-east-1', { 'aws:us-east-1': 2, 'aws:eu-west-1': 2, 'aws:ap-southeast-1': 1 });
    expect(est.floorMs).toBeCloseTo(54.6, 1);
    expect(est.typicalMs).toBe(69.6);
    expect(est.dominant.typical[0]).toMatchObject({ from: 'aws:us-east-1', to: 'aws:eu-west-1' });
    expect(est.explanation).toContain('3 of 5 replicas');
  });

  it('makes a leader in Singapore wait for its nearest other region when one replica sits in each of three', () => {
    const est = leaderCommitLatency('aws:ap-southeast-1', { 'aws:us-east-1': 1, 'aws:eu-west-1': 1, 'aws:ap-southeast-1': 1 });
    expect(est.dominant.floor[0]?.to).toBe('aws:eu-west-1');
    expect(est.typicalMs).toBe(typicalRtt('aws:ap-southeast-1', 'aws:eu-west-1')!.ms);
  });

  it('needs no cross-region trip when the leader region holds a majority', () => {
    const est = leaderCommitLatency('aws:us-east-1', { 'aws:us-east-1': 3, 'aws:eu-west-1': 2 });
    expect(est.floorMs).toBe(0);
    expect(est.typicalMs).toBe(typicalRtt('aws:us-east-1', 'aws:us-east-1')!.ms);
  });

  it('waits for the k-th nearest replica in a multi-region quorum', () => {
    const placement = { 'aws:us-east-1': 3, 'aws:eu-west-1': 3 };
    expect(quorumLatency('aws:us-east-1', placement, 3).floorMs).toBe(0);
    expect(quorumLatency('aws:us-east-1', placement, 4).typicalMs).toBe(69.6);
    expect(() => quorumLatency('aws:us-east-1', placement, 7)).toThrow(UsageError);
  });

  it('adds the client trip to the leader commit', () => {
    const placement = { 'aws:us-east-1': 1, 'aws:us-east-2': 1, 'aws:us-west-2': 1 };
    const est = clientWriteLatency('aws:eu-west-1', 'aws:us-east-1', placement);
    expect(est.typicalMs).toBeCloseTo(69.6 + typicalRtt('aws:us-east-1', 'aws:us-east-2')!.ms, 2);
    expect(est.dominant.typical.map((l) => l.to)).toEqual(['aws:us-east-1', 'aws:us-east-2']);
  });

  it('prices read-your-writes across regions as a one-way lag or a round trip back', () => {
    const { replicationLag, readAtWriter } = readYourWritesLatency('aws:us-east-1', 'aws:eu-west-1');
    expect(replicationLag.floorMs).toBeCloseTo(27.3, 1);
    expect(readAtWriter.typicalMs).toBe(69.6);
  });
});
