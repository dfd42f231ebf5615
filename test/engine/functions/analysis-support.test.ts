import { describe, expect, it } from 'vitest';
import { loadSystemText } from '../../../src/model/load.js';
import type { Retries, SystemModel } from '../../../src/model/types.js';
import { backoffMs, callTime, multiplier, worstRetryChain } from '../../../src/engine/functions/support/call-graph.js';
import { coordinatesSynchronously, majorityReason } from '../../../src/engine/functions/support/coordination.js';
import { modelRegionResolver } from '../../../src/engine/functions/support/regions.js';
import { effectiveRequirements, tightest } from '../../../src/engine/functions/support/requirements.js';
import { writeLatency } from '../../../src/engine/functions/support/write-latency.js';
import { testDeps } from '../../helpers/deps.js';

const model = async (yaml: string): Promise<SystemModel> => loadSystemText('unit.yaml', yaml, await testDeps()).model;
const retries = (r: Partial<Retries>): Retries => ({ attempts: 3, backoff: 'none', jitter: 'none', ...r });

describe('retry and timeout arithmetic', () => {
  it('sums capped backoff delays between attempts, and counts none when no base delay is given', () => {
    expect(backoffMs(retries({ attempts: 4, backoff: 'exponential', baseDelay: 100 }))).toBe(100 + 200 + 400);
    expect(backoffMs(retries({ attempts: 4, backoff: 'exponential', baseDelay: 100, maxDelay: 250 }))).toBe(100 + 200 + 250);
    expect(backoffMs(retries({ attempts: 3, backoff: 'linear', baseDelay: 50 }))).toBe(50 + 100);
    expect(backoffMs(retries({ attempts: 3, backoff: 'fixed' }))).toBe(0);
  });

  it('lets a retry budget cap what one call can multiply', () => {
    expect(multiplier(retries({ attempts: 3 }))).toBe(3);
    expect(multiplier(retries({ attempts: 3, budget: 0.1 }))).toBeCloseTo(1.1);
    expect(multiplier(undefined)).toBe(1);
  });

  it('finds the chain with the largest product of attempts, not the longest one', async () => {
    const m = await model(`
version: 1
name: s
services:
  - name: a
    calls:
      - { service: b, timeout: 1s, retries: { attempts: 2 } }
      - { service: c, timeout: 1s, retries: { attempts: 5 } }
  - { name: b, calls: [{ service: d, timeout: 1s, retries: { attempts: 2 } }] }
  - { name: c }
  - { name: d }
`);
    const chain = worstRetryChain(m, 'a');
    expect(chain.factor).toBe(5);
    expect(chain.calls.map((c) => c.call.service)).toEqual(['c']);
  });

  it('bounds a call without a timeout by its callee’s own worst case', async () => {
    const m = await model(`
version: 1
name: s
services:
  - { name: a, calls: [{ service: b, retries: { attempts: 2 } }] }
  - { name: b, calls: [{ service: c, timeout: 300ms, retries: { attempts: 3, backoff: fixed, baseDelay: 50ms } }] }
  - { name: c }
`);
    expect(callTime(m, m.services[0]!.calls[0]!)?.ms).toBe(2 * (3 * 300 + 100));
  });
});

describe('requirements that apply to one node', () => {
  it('takes each field from the most specific level that gives it', async () => {
    const m = await model(`
version: 1
name: s
requirements: { availability: 99.9%, tolerate: { nodes: 1 }, latency: { write: { p99: 200ms } } }
datastores:
  - { name: db, engine: postgres, requirements: { tolerate: { nodes: 2 } } }
`);
    const req = effectiveRequirements(m, ["store 'db' requirement", m.datastores[0]!.requirements]);
    expect(req.tolerate.nodes).toBe(2);
    expect(req.from.tolerate).toBe("store 'db' requirement");
    expect(req.availability).toBeCloseTo(0.999);
    expect(req.from.availability).toBe('system requirement');
    expect(tightest(req.latency!.write!)).toEqual({ percentile: 'p99', ms: 200 });
  });

  it('picks the smallest bound among the percentiles given', () => {
    expect(tightest({ p50: 20, p99: 80, p999: 150 })).toEqual({ percentile: 'p50', ms: 20 });
    expect(tightest({})).toBeUndefined();
  });
});

describe('how a store coordinates writes', () => {
  it('knows consensus engines, quorum stores and elections, and leaves async failover-by-hand alone', async () => {
    const m = await model(`
version: 1
name: s
datastores:
  - { name: crdb, engine: cockroachdb }
  - { name: cass, engine: cassandra }
  - { name: pg-auto, engine: postgres, failover: automatic }
  - { name: pg-manual, engine: postgres, failover: manual }
  - { name: pg-sync, engine: postgres, replication: sync }
`);
    const [crdb, cass, auto, manual, sync] = m.datastores;
    expect(majorityReason(crdb!)).toMatch(/consensus/);
    expect(majorityReason(cass!)).toMatch(/quorum/);
    expect(majorityReason(auto!)).toMatch(/automatic failover/);
    expect(majorityReason(manual!)).toBeUndefined();
    expect([crdb, cass, manual, sync].map((s) => coordinatesSynchronously(s!))).toEqual([true, true, false, true]);
  });

  it('waits for the farthest region’s majority under EACH_QUORUM and for nothing remote under LOCAL_QUORUM', async () => {
    const m = await model(`
version: 1
name: s
regions: [aws:us-east-1, aws:us-east-2, aws:eu-west-1]
datastores:
  - { name: each, engine: cassandra, regions: [aws:us-east-1, aws:us-east-2, aws:eu-west-1], replicas: 3, settings: { writeConsistency: EACH_QUORUM } }
  - { name: local, engine: cassandra, regions: [aws:us-east-1, aws:eu-west-1], replicas: 3, settings: { writeConsistency: LOCAL_QUORUM } }
`);
    const resolve = modelRegionResolver(m);
    const each = writeLatency(m.datastores[0]!, 'aws:us-east-1', resolve)!;
    expect(each.dominant.floor[0]!.to).toBe('aws:eu-west-1');
    expect(each.floorMs).toBeGreaterThan(50);
    expect(writeLatency(m.datastores[1]!, 'aws:us-east-1', resolve)).toBeUndefined();
  });

  it('adds the trip to a distant single leader before its commit', async () => {
    const m = await model(`
version: 1
name: s
regions: [aws:us-east-1, aws:eu-west-1, aws:ap-southeast-1]
datastores:
  - { name: db, engine: postgres, regions: [aws:eu-west-1, aws:us-east-1], replicas: 2, topology: single-leader, replication: sync }
`);
    const resolve = modelRegionResolver(m);
    const fromLeader = writeLatency(m.datastores[0]!, 'aws:eu-west-1', resolve)!;
    const fromAsia = writeLatency(m.datastores[0]!, 'aws:ap-southeast-1', resolve)!;
    expect(fromAsia.floorMs).toBeGreaterThan(fromLeader.floorMs + 100);
    expect(fromAsia.waitsFor).toBe('the leader in aws:eu-west-1 and 2 of 2 replicas');
  });

  it('places custom regions from their declared coordinates', async () => {
    const m = await model(`
version: 1
name: s
regions:
  - { id: here, location: { lat: 0, lon: 0 } }
  - { id: there, location: { lat: 0, lon: 18 } }
datastores: []
`);
    const there = modelRegionResolver(m)('there');
    expect(there?.location).toEqual({ lat: 0, lon: 18 });
    expect(modelRegionResolver(m)('aws:us-east-1')?.id).toBe('aws:us-east-1');
  });
});
