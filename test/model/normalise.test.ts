import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadSystemText } from '../../src/model/load.js';
import { testDeps } from '../helpers/deps.js';

async function load(yaml: string) {
  return loadSystemText('system.yaml', yaml, await testDeps());
}

async function diagnostics(yaml: string) {
  try {
    await load(yaml);
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('normalisation', () => {
  it('turns units into numbers', async () => {
    const { model } = await load(`version: 1
name: s
requirements: { availability: 99.95%, rpo: 0s, rto: 1m, latency: { write: { p99: 150ms } }, tolerate: { nodes: 1 } }
datastores: [{ name: db, engine: postgres }]
datasets: [{ name: d, store: db, size: 200GB, access: { reads: 5000/s, writes: 30/m } }]
services:
  - name: a
    calls: [{ service: b, timeout: 2s, retries: { attempts: 3, backoff: exponential, jitter: full, baseDelay: 100ms, budget: 10% } }]
  - name: b
`);
    expect(model.requirements).toMatchObject({ availability: 0.9995, rpo: 0, rto: 60_000, latency: { write: { p99: 150 } }, tolerate: { nodes: 1, zones: 0, regions: 0 } });
    expect(model.datasets[0]).toMatchObject({ size: 2e11, access: { reads: 5000, writes: 0.5 } });
    expect(model.services[0]!.calls[0]).toMatchObject({ timeout: 2000, mode: 'sync', idempotent: false, retries: { attempts: 3, baseDelay: 100, budget: 0.1 } });
  });

  it('spreads replicas round-robin over the regions of a single-leader store', async () => {
    const { model } = await load(`version: 1
name: s
regions: [aws:us-east-1, aws:eu-west-1]
datastores: [{ name: db, engine: cockroachdb, regions: [aws:us-east-1, aws:eu-west-1], replicas: 5 }]
`);
    expect(model.datastores[0]).toMatchObject({ replicas: 5, placement: { 'aws:us-east-1': 3, 'aws:eu-west-1': 2 } });
  });

  it('counts replicas per region for engines that replicate per datacentre', async () => {
    const { model } = await load(`version: 1
name: s
regions: [aws:us-east-1, aws:eu-west-1]
datastores: [{ name: c, engine: cassandra, regions: [aws:us-east-1, aws:eu-west-1], replicas: 3 }]
`);
    expect(model.datastores[0]).toMatchObject({ replicas: 6, placement: { 'aws:us-east-1': 3, 'aws:eu-west-1': 3 } });
  });

  it('takes an explicit placement and refuses one that does not add up', async () => {
    const { model } = await load(`version: 1
name: s
regions: [aws:us-east-1, aws:eu-west-1]
datastores: [{ name: db, engine: etcd, regions: [aws:us-east-1, aws:eu-west-1], replicas: 5, placement: { aws:us-east-1: 4, aws:eu-west-1: 1 } }]
`);
    expect(model.datastores[0]!.placement).toEqual({ 'aws:us-east-1': 4, 'aws:eu-west-1': 1 });
    const d = await diagnostics(`version: 1
name: s
regions: [aws:us-east-1, aws:eu-west-1]
datastores:
  - { name: db, engine: etcd, regions: [aws:us-east-1, aws:eu-west-1], replicas: 5, placement: { aws:us-east-1: 2, aws:eu-west-1: 1 } }
`);
    expect(d[0]).toMatchObject({ code: 'placement-mismatch', line: 5 });
    expect(d[0]!.message).toContain('placement adds up to 3 replicas but replicas says 5');
  });

  it('resolves known and custom regions with their jurisdictions', async () => {
    const { model } = await load(`version: 1
name: s
regions: [aws:eu-central-1, { id: onprem-zurich, location: { lat: 47.37, lon: 8.54 }, jurisdictions: [ch] }]
`);
    expect(model.regions[0]).toMatchObject({ id: 'aws:eu-central-1', provider: 'aws', jurisdictions: expect.arrayContaining(['de', 'eu']) });
    expect(model.regions[1]).toMatchObject({ id: 'onprem-zurich', location: { lat: 47.37, lon: 8.54 }, jurisdictions: ['ch'] });
  });

  it('refuses a store in a region the system does not list', async () => {
    const d = await diagnostics(`version: 1
name: s
regions: [aws:us-east-1]
datastores: [{ name: db, engine: postgres, regions: [aws:eu-west-1] }]
`);
    expect(d[0]).toMatchObject({ code: 'unknown-region', path: 'datastores[0].regions[0]' });
  });

  it('collects suppressions with the node they sit on', async () => {
    const { model } = await load(`version: 1
name: s
services:
  - name: a
    x-archcap-ignore: [{ rule: timeout/missing, reason: "batch job, waits by design", until: 2030-01-01 }]
`);
    expect(model.suppressions).toEqual([{ rule: 'timeout/missing', reason: 'batch job, waits by design', until: '2030-01-01', path: 'services[0]' }]);
  });

  it('refuses a suppression without a reason', async () => {
    const d = await diagnostics(`version: 1
name: s
services:
  - name: a
    x-archcap-ignore: [{ rule: timeout/missing }]
`);
    expect(d[0]!.message).toContain('a suppression needs a reason');
    expect(d[0]!.line).toBe(5);
  });

  it('reports every schema problem of a file at once, in line order', async () => {
    const d = await diagnostics(`version: 1
name: s
datastores:
  - { name: a, engine: postgress }
  - { name: b, engine: postgres, replication: sometimes }
`);
    expect(d.map((x) => x.line)).toEqual([4, 5]);
    expect(d[0]!.message).toContain("did you mean 'postgres'");
  });
});

describe('suppressions and call cycles', () => {
  it("accepts the short form 'rule-id: reason'", async () => {
    const { model } = await load(`version: 1
name: s
services:
  - name: a
    calls:
      - { service: b, x-archcap-ignore: ["timeout/missing: batch job, waits by design"] }
  - name: b
`);
    expect(model.suppressions).toEqual([{ rule: 'timeout/missing', reason: 'batch job, waits by design', path: 'services[0].calls[0]' }]);
  });

  it('refuses a bare rule id, which gives no reason', async () => {
    const d = await diagnostics(`version: 1
name: s
services:
  - name: a
    x-archcap-ignore: [timeout/missing]
`);
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('a suppression needs a reason');
  });

  it('allows an asynchronous call back up the chain but not a synchronous loop', async () => {
    const { model } = await load(`version: 1
name: s
services:
  - { name: a, calls: [{ service: b, timeout: 1s }] }
  - { name: b, calls: [{ service: a, mode: async }] }
`);
    expect(model.services).toHaveLength(2);
    const d = await diagnostics(`version: 1
name: s
services:
  - { name: a, calls: [{ service: b, timeout: 1s }] }
  - { name: b, calls: [{ service: a, timeout: 1s }] }
`);
    expect(d[0]).toMatchObject({ code: 'call-cycle', path: 'services[1].calls[0].service' });
  });
});
