// Defects found by review: each test failed on the code before its fix.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../recommend/helpers.js';

const store = (engine: string, extra: string): string => `
version: 1
name: review
regions: [aws:us-east-1, aws:eu-west-1]
datastores: [{ name: s, engine: ${engine}, ${extra} }]
`;

describe('settings count wherever the engine honours them', () => {
  it('PostgreSQL REPEATABLE READ is snapshot isolation, on a single node too', async () => {
    const report = await analyseText(`${store('postgres', 'replicas: 1, settings: { isolation: repeatable-read }')}datasets: [{ name: d, store: s, consistency: snapshot-isolation }]\n`);
    expect(report.datasets[0]!.satisfied).toBe(true);
    expect(report.datastores[0]!.models).toContain('snapshot-isolation');
  });

  it('PostgreSQL REPEATABLE READ on the primary of a replicated store is snapshot isolation', async () => {
    const report = await analyseText(`${store('postgres', 'replicas: 2, settings: { isolation: repeatable-read, syncReplicas: 1 }')}datasets: [{ name: d, store: s, consistency: snapshot-isolation }]\n`);
    expect(report.datasets[0]!.satisfied).toBe(true);
  });

  it('last-writer-wins changes the answer: Riak strict quorums with LWW lose acknowledged concurrent writes, siblings do not', async () => {
    const lww = await analyseText(store('riak', 'replicas: 3, conflictResolution: lww, settings: { r: quorum, w: quorum, sloppyQuorum: false }'));
    const siblings = await analyseText(store('riak', 'replicas: 3, conflictResolution: application, settings: { r: quorum, w: quorum, sloppyQuorum: false }'));
    expect(siblings.datastores[0]!.onPartition.ackedWritesLostOnFailover).toBe(false);
    expect(siblings.datastores[0]!.consistency).toBe('read-your-writes');
    expect(lww.datastores[0]!.onPartition.ackedWritesLostOnFailover).toBe(true);
    expect(lww.datastores[0]!.consistency).toBe('eventual');
  });
});

describe('what a minority side serves follows the engine defaults', () => {
  it('a ZooKeeper server cut off from its quorum serves nothing unless read-only mode is on', async () => {
    const plain = await analyseText(store('zookeeper', 'replicas: 3'));
    expect(plain.datastores[0]!.onPartition.reads).toBe('unavailable-minority');
    const readOnly = await analyseText(store('zookeeper', 'replicas: 3, settings: { readOnlyMode: true }'));
    expect(readOnly.datastores[0]!.onPartition.reads).toBe('available-stale');
  });
});

describe('durability across regions', () => {
  it('Cosmos DB bounded staleness across regions can lose up to K versions / T seconds on a region outage, so rpo 0 is flagged', async () => {
    const report = await analyseText(`${store('cosmosdb', 'regions: [aws:us-east-1, aws:eu-west-1], replicas: 8, settings: { consistencyLevel: BoundedStaleness }')}requirements: { rpo: 0s }\n`);
    expect(report.datastores[0]!.onPartition.ackedWritesLostOnFailover).toBe(true);
    expect(report.findings.map((f) => f.ruleId)).toContain('durability/async-replication-rpo');
  });

  it('Cosmos DB bounded staleness in one region keeps rpo 0 unflagged by that rule', async () => {
    const report = await analyseText(`${store('cosmosdb', 'regions: [aws:us-east-1], replicas: 4, settings: { consistencyLevel: BoundedStaleness }')}requirements: { rpo: 0s }\n`);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('durability/async-replication-rpo');
  });
});

describe('ordering advice', () => {
  it('never offers a database sequence for gap-free ids (aborts and crashes skip values)', async () => {
    const report = await analyseText(`${store('postgres', 'replicas: 1')}datasets: [{ name: invoices, store: s, invariants: [sequential-id] }]\n`);
    const rec = report.recommendations.find((r) => r.topic === 'ordering' && r.target === 'datasets[0]');
    expect(rec?.recommendation).not.toMatch(/primary's sequence/);
    expect(rec?.recommendation).toMatch(/not a database sequence/);
  });
});

describe('partitioning advice uses each engine\'s own limits', () => {
  it('respects a declared shard count that is not provably too small', async () => {
    const report = await analyseText(`
version: 1
name: ledger
datastores: [{ name: s, engine: cockroachdb, replicas: 5, partitioning: { strategy: range, key: account_id, shards: 256 } }]
datasets: [{ name: balances, store: s, size: 40GB, access: { reads: 6000/s, writes: 900/s, pattern: point } }]
`);
    expect(report.recommendations.filter((r) => r.topic === 'partitioning')).toEqual([]);
  });

  it('sizes a Cassandra table by Cassandra guidance, not by DynamoDB partition limits', async () => {
    const report = await analyseText(`
version: 1
name: feed
datastores: [{ name: s, engine: cassandra, replicas: 3, partitioning: { strategy: hash, key: user_id } }]
datasets: [{ name: events, store: s, size: 2TB, access: { reads: 20000/s, writes: 20000/s, pattern: point } }]
`);
    const rec = report.recommendations.find((r) => r.topic === 'partitioning');
    const text = `${rec?.recommendation ?? ''} ${rec?.rationale ?? ''}`;
    expect(text).not.toMatch(/DynamoDB/);
    expect(rec === undefined || !/\d+ shards/.test(rec.recommendation)).toBe(true);
  });

  it('keeps DynamoDB sizing on DynamoDB partition limits', async () => {
    const report = await analyseText(`
version: 1
name: devices
datastores: [{ name: s, engine: dynamodb, replicas: 3 }]
datasets: [{ name: shadows, store: s, size: 50GB, access: { reads: 30000/s, writes: 8000/s, pattern: point } }]
`);
    const rec = report.recommendations.find((r) => r.topic === 'partitioning');
    expect(rec?.rationale).toMatch(/DynamoDB/);
  });
});

describe('uniqueness on a hash-partitioned store', () => {
  it('names Cassandra lightweight transactions', async () => {
    const report = await analyseText(`
version: 1
name: feed
datastores: [{ name: s, engine: cassandra, replicas: 3, settings: { readConsistency: QUORUM, writeConsistency: QUORUM } }]
datasets: [{ name: handles, store: s, invariants: [unique-key] }]
`);
    const rec = report.recommendations.find((r) => r.topic === 'consistency' && r.target.startsWith('datasets[0]'));
    expect(rec?.recommendation).toMatch(/IF NOT EXISTS/);
  });

  it('names DynamoDB condition expressions on a single-Region table', async () => {
    const report = await analyseText(`
version: 1
name: users
datastores: [{ name: s, engine: dynamodb, replicas: 3 }]
datasets: [{ name: emails, store: s, invariants: [unique-key] }]
`);
    const rec = report.recommendations.find((r) => r.topic === 'consistency' && r.target.startsWith('datasets[0]'));
    expect(rec?.recommendation).toMatch(/attribute_not_exists/);
  });
});

describe('calls that are not request/response', () => {
  it('a nightly file drop gets a run deadline and resumable retries, not RPC defaults', async () => {
    const report = await analyseText(`
version: 1
name: settlement
services:
  - name: settlement-service
    calls:
      - { service: bank-gateway, kind: file-drop, idempotent: true, retries: { attempts: 5, backoff: exponential, jitter: full, baseDelay: 30s, maxDelay: 10m } }
  - name: bank-gateway
`);
    const rec = report.recommendations.find((r) => r.target === 'services[0].calls[0]')!;
    expect(rec.recommendation).not.toMatch(/\b1s timeout|circuit breaker that opens|10% of/);
    expect(rec.patterns).not.toContain('circuit-breaker');
    expect(rec.recommendation).toMatch(/deadline of 30m/);
    expect(rec.recommendation).toMatch(/spaced from 30s up to 10m/);
  });

  it('advises the payments ledger SFTP transfer as a file drop', async () => {
    const { analyse, loadFile } = await import('../recommend/helpers.js');
    const report = analyse(await loadFile('examples/payments-ledger.yaml'));
    const rec = report.recommendations.find((r) => r.id === 'failure-handling/batch:settlement-service-to-bank-gateway');
    expect(rec?.recommendation).toContain('file drop');
  });
});

describe("a data set's own write settings count for durability too", () => {
  it('MongoDB writes at w: 1 for one data set lose acknowledged writes on failover, against rpo 0', async () => {
    const report = await analyseText(`
version: 1
name: orders
requirements: { rpo: 0s }
datastores: [{ name: m, engine: mongodb, replicas: 3, settings: { writeConcern: majority } }]
datasets:
  - { name: orders, store: m }
  - { name: clicks, store: m, writes: { writeConcern: 1 } }
`);
    const f = report.findings.filter((x) => x.ruleId === 'durability/async-replication-rpo');
    expect(f.map((x) => x.path)).toEqual(['datasets[1].writes.writeConcern']);
  });
});
