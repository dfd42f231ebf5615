// Focused fixtures: each small system calls for one recommendation, asserted by id and values.
import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../src/recommend/index.js';
import { FIXTURES } from './fixtures.js';
import { analyseText } from './helpers.js';

async function recs(name: keyof typeof FIXTURES): Promise<Map<string, Recommendation>> {
  const report = await analyseText(FIXTURES[name]!);
  return new Map(report.recommendations.map((r) => [r.id, r]));
}

describe('recommendations for focused fixtures', () => {
  it('a uniqueness invariant on a multi-region-write store recommends coordinated writes through one write region', async () => {
    const r = (await recs('uniqueMultiLeader')).get('consistency/model:usernames')!;
    expect(r.recommendation).toMatch(/coordinate/);
    expect(r.changes).toEqual([{ store: 'users-db', settings: { consistencyLevel: 'Strong', multiRegionWrites: false } }]);
  });

  it('a workflow across three services recommends an orchestrated saga with the pivot last, never 2PC', async () => {
    const all = await recs('threeServiceWorkflow');
    const r = all.get('transactions/saga:checkout')!;
    expect(r.title).toBe('Run checkout as an orchestrated saga');
    expect(r.patterns).toContain('saga-orchestrator');
    expect(r.recommendation).toContain('Step order: create-order (compensatable) → take-stock (compensatable) → charge (pivot)');
    expect(r.recommendation).toContain('Replace the declared two-phase commit');
    expect([...all.keys()].filter((id) => id.startsWith('transactions/2pc:'))).toEqual([]);
    expect(r.patternInputs?.['saga-orchestrator']).toEqual({
      sagaTable: 'checkout_sagas',
      stepTable: 'checkout_saga_steps',
      // The scaffold gets the workflow's own steps, in the planned order, with the pivot marked.
      workflows: [{
        name: 'checkout',
        steps: [
          { name: 'create-order', service: 'order-service', compensation: 'cancel-order', pivot: false, retriable: false, external: false },
          { name: 'take-stock', service: 'stock-service', compensation: 'put-back', pivot: false, retriable: false, external: false },
          { name: 'charge', service: 'payment-service', compensation: '', pivot: true, retriable: false, external: true },
        ],
      }],
    });
  });

  it('a service that writes and publishes directly gets a transactional outbox named after it', async () => {
    const r = (await recs('writeAndPublish')).get('transactions/outbox:billing')!;
    expect(r.patterns).toEqual(['transactional-outbox']);
    expect(r.patternInputs).toEqual({ 'transactional-outbox': { outboxTable: 'billing_outbox' } });
  });

  it('range scans on a hash-partitioned key recommend range partitioning, sized by the engine\'s own guidance', async () => {
    const r = (await recs('rangeScans')).get('partitioning/range:readings')!;
    expect(r.recommendation).toBe('Partition readings by range (now hash) on `device_id`.');
    // Cassandra scales by nodes on its token ring: no DynamoDB partition budget, no shard count.
    expect(r.rationale).toContain('keeping each partition under about 100 MB');
    expect(r.rationale).not.toContain('DynamoDB');
  });

  it('hot keys without mitigation recommend salting each hot key into sub-keys', async () => {
    const r = (await recs('hotKeys')).get('partitioning/hash:item-views')!;
    expect(r.recommendation).toContain('salt each hot key into 8 sub-keys (`item_id#0` … `item_id#7`)');
  });

  it('a workflow in one service over one store recommends a local ACID transaction', async () => {
    const r = (await recs('localWorkflow')).get('transactions/local:transfer')!;
    expect(r.recommendation).toContain('one local ACID transaction in ledger on db');
    expect(r.patterns).toEqual([]);
  });

  it('a retried, non-idempotent call gets an idempotency key and no retries until then; a call without timeout gets one', async () => {
    const all = await recs('retriedNonIdempotent');
    expect(all.get('transactions/idempotency-key:web-to-payments')?.patternInputs).toEqual({ 'idempotency-key': { table: 'payments_idempotency_keys', leaseMs: 2000, waitTimeoutMs: 2000 } });
    expect(all.get('failure-handling/call:web-to-payments')?.callPlan).toMatchObject({ maxAttempts: 1, timeoutMs: 2000 });
    expect(all.get('failure-handling/call:web-to-payments')?.patternInputs?.['retry-policy']).toMatchObject({ maxAttempts: 1, deadlineMs: 2000, budgetRatio: 0.1 });
    const search = all.get('failure-handling/call:web-to-search')!;
    expect(search.recommendation).toContain('1s timeout per attempt (none is declared)');
    expect(search.patterns).toEqual(['retry-policy', 'circuit-breaker']);
  });

  it('rpo 0 on an asynchronous PostgreSQL recommends a synchronous standby', async () => {
    const r = (await recs('asyncRpoZero')).get('replication/single-leader:ledger-db')!;
    expect(r.changes).toEqual([{ store: 'ledger-db', settings: { synchronousCommit: 'on', syncReplicas: 1 }, replication: 'sync' }]);
  });

  it('a consensus store that must survive a region adds a third region with no majority in any one', async () => {
    const r = (await recs('regionLoss')).get('replication/consensus:coord')!;
    expect(r.changes?.[0]?.placement).toEqual({ 'aws:us-east-1': 1, 'aws:eu-west-1': 1, 'aws:us-west-2': 1 });
    expect(r.recommendation).toMatch(/adding aws:us-west-2 .* Cost: 2 of 3 replicas must acknowledge/);
  });

  it('Cassandra reading its writes in one region recommends LOCAL_QUORUM reads and writes', async () => {
    expect((await recs('cassandraReadYourWrites')).get('consistency/model:profiles')?.changes).toEqual([{ store: 'profiles-db', settings: { readConsistency: 'LOCAL_QUORUM', writeConsistency: 'LOCAL_QUORUM' } }]);
  });

  it('MongoDB needing linearizable reads recommends majority writes, linearizable read concern and primary reads', async () => {
    expect((await recs('mongoLinearizable')).get('consistency/model:balances')?.changes?.[0]?.settings).toEqual({ readConcern: 'linearizable', readPreference: 'primary', writeConcern: 'majority' });
  });

  it('DynamoDB needing linearizable reads recommends consistent reads', async () => {
    expect((await recs('dynamoStrongReads')).get('consistency/model:sessions')?.changes).toEqual([{ store: 'table', settings: { consistentReads: true } }]);
  });

  it('last-writer-wins across regions recommends hybrid logical clocks; a sequence recommends one consensus log', async () => {
    const all = await recs('lwwAndSequence');
    expect(all.get('ordering/hlc:carts')?.patterns).toEqual(['hybrid-logical-clock']);
    expect(all.get('ordering/consensus-log:invoice-numbers')?.recommendation).toContain('single consensus-replicated log');
  });

  it('a counter on an AP store recommends a PN-counter CRDT and vector clocks', async () => {
    const all = await recs('counterOnApStore');
    expect(all.get('consistency/model:like-counts')?.patterns).toEqual(['crdt']);
    expect(all.get('consistency/model:like-counts')?.recommendation).toContain('CRDT (PN-counter)');
    expect(all.get('consistency/model:like-counts')?.title).toBe('Merge like-counts as a CRDT');
    expect(all.get('ordering/vector-clock:like-counts')?.patterns).toEqual(['vector-clock']);
  });

  it('an at-least-once consumer that is not idempotent gets an inbox; a correctness lock gets fencing tokens with its TTL', async () => {
    const all = await recs('consumerAndLock');
    expect(all.get('transactions/idempotent-consumer:shipper-from-orders')?.patternInputs?.['transactional-outbox']).toEqual({ inboxTable: 'shipper_inbox', consumer: 'shipper', orderedByAggregate: true });
    expect(all.get('transactions/fenced-lock:ship-lock')?.patternInputs).toEqual({ 'fenced-lock': { keyPrefix: 'ship-lock:', ttlMs: 15000, resourceTable: 'shipments' } });
    expect(all.get('transactions/fenced-lock:ship-lock')?.recommendation).toContain('take it from a consensus store');
  });

  it('a callee whose own calls outlast its caller\'s timeout gets fewer retries and a timeout that fits inside it', async () => {
    const all = await recs('timeoutBudget');
    const inner = all.get('failure-handling/call:api-to-bank')!;
    expect(inner.callPlan).toEqual({ timeoutMs: 800, maxAttempts: 1, baseDelayMs: 100, maxDelayMs: 2000 });
    expect(inner.recommendation).toContain('800ms timeout per attempt (now 2s)');
    expect(inner.rationale).toContain("api's own callers give it 1s");
    expect(all.get('failure-handling/call:edge-to-api')?.callPlan).toMatchObject({ timeoutMs: 1000, maxAttempts: 2 });
  });

  it('one service writing two PostgreSQL stores may use two-phase commit: one trust domain, participants that can prepare', async () => {
    const r = (await recs('oneServiceTwoStores')).get('transactions/2pc:post-with-audit')!;
    expect(r.recommendation).toContain('two-phase commit (prepared transactions / XA)');
    expect(r.tradeoffs).toContain('2PC blocks');
  });

  it('a per-key topic fed by two services gets Lamport timestamps; a totally ordered topic one replicated partition', async () => {
    const all = await recs('sharedTopics');
    expect(all.get('ordering/lamport:order-events')?.recommendation).toContain('2 producers (orders and payments)');
    expect(all.get('ordering/consensus-log:audit')?.recommendation).toContain('single partition of a replicated log');
  });
});
