import { describe, expect, it } from 'vitest';
import { classifyDatastore, classifyTopic, UnknownEngineError } from '../../src/analysis/classify-store.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { store } from './classify-helpers.js';

const kb = loadKnowledge();

describe('classifyDatastore', () => {
  it('returns the datastore entry of the JSON contract', () => {
    const c = classifyDatastore(store('cockroachdb', { name: 'ledger', replicas: 5 }), kb);
    expect(c).toMatchObject({
      name: 'ledger', path: 'datastores[0]', pacelc: 'PC/EC', cap: 'CP', consistency: 'serializable',
      onPartition: { reads: 'unavailable-minority', writes: 'unavailable-minority', ackedWritesLostOnFailover: false },
    });
    expect(c.explanation).toContain('Raft group of 5 replicas');
    expect(c.references.some((r) => r.includes('jepsen.io/analyses/cockroachdb'))).toBe(true);
    expect(c.caveats.some((r) => r.includes('beta-20160829'))).toBe(true);
  });

  it('names the settings that led to the class in the explanation', () => {
    const c = classifyDatastore(store('cassandra', { settings: { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' } }), kb);
    expect(c.explanation).toMatch(/Writes at QUORUM and reads at QUORUM with 3 replicas/);
    expect(c.rule).toBe('cassandra/quorum-overlap');
  });

  it('derives the CAP letter from the partition half of PACELC', () => {
    for (const id of kb.engines.keys()) {
      const c = classifyDatastore(store(id), kb);
      expect(c.cap).toBe(c.pacelc.startsWith('PA') ? 'AP' : 'CP');
    }
  });

  it('maps partition behaviour per operation from the consistency level', () => {
    const c = classifyDatastore(store('cassandra', { settings: { readConsistency: 'ONE', writeConsistency: 'ALL' } }), kb);
    expect(c.pacelc).toBe('PC/EC');
    expect(c.onPartition).toEqual({ reads: 'available-stale', writes: 'unavailable-if-any-replica-down', ackedWritesLostOnFailover: false });
  });

  it('uses per-region placement for multi-region quorum arithmetic', () => {
    const c = classifyDatastore(store('cassandra', {
      regions: ['aws:us-east-1', 'aws:eu-west-1'], replicas: 6, placement: { 'aws:us-east-1': 3, 'aws:eu-west-1': 3 },
      settings: { readConsistency: 'LOCAL_QUORUM', writeConsistency: 'LOCAL_QUORUM' },
    }), kb);
    expect(c).toMatchObject({ pacelc: 'PA/EL', consistency: 'read-your-writes', rule: 'cassandra/quorum-local-region' });
    expect(c.onPartition.reads).toBe('available-local-quorum');
  });

  it('flags Redis with Sentinel failover as losing acknowledged writes', () => {
    const c = classifyDatastore(store('redis', { settings: { failover: 'sentinel', waitReplicas: 1 } }), kb);
    expect(c.onPartition.ackedWritesLostOnFailover).toBe(true);
    expect(c.explanation).toContain('WAIT 1 does not prevent it');
    expect(c.caveats.join(' ')).toContain('56%');
  });

  it('lists the sources that disagree and the choice made', () => {
    const c = classifyDatastore(store('mongodb', { settings: { writeConcern: 1 } }), kb);
    expect(c.pacelc).toBe('PA/EC');
    expect(c.caveats.find((x) => x.startsWith('Sources disagree on MongoDB'))).toContain('Abadi 2012');
  });

  it('reports the engine-enforced invariants of a single-primary SQL store', () => {
    expect(classifyDatastore(store('postgres', { settings: { syncReplicas: 1 } }), kb).enforcesInvariants).toContain('unique-key');
    expect(classifyDatastore(store('postgres', { topology: 'multi-leader' }), kb).enforcesInvariants).toEqual([]);
  });

  it('fails clearly on an unknown engine', () => {
    expect(() => classifyDatastore(store('oracle'), kb)).toThrow(UnknownEngineError);
    expect(() => classifyDatastore(store('oracle'), kb)).toThrow(/unknown engine "oracle" \(known: [^)]*cassandra, /);
  });
});

describe('classifyTopic', () => {
  const topic = (settings: Record<string, string | number | boolean>) => ({
    name: 'order-events', path: 'messaging[0]', engine: 'kafka', delivery: 'at-least-once' as const,
    ordering: 'per-key' as const, regions: ['aws:us-east-1'], settings,
  });

  it('classifies a durable Kafka topic as PC/EC without acknowledged-write loss', () => {
    const c = classifyTopic(topic({ acks: 'all', minInsyncReplicas: 2, replicas: 3, uncleanLeaderElection: false }), kb);
    expect(c).toMatchObject({ pacelc: 'PC/EC', consistency: 'sequential', onPartition: { writes: 'unavailable-without-quorum-of-isr', ackedWritesLostOnFailover: false } });
    expect(c.explanation).toContain('min.insync.replicas = 2 of replication factor 3');
  });

  it('classifies acks=1 as losing acknowledged messages on failover', () => {
    const c = classifyTopic(topic({ acks: 1, replicas: 3 }), kb);
    expect(c).toMatchObject({ pacelc: 'PA/EL', onPartition: { ackedWritesLostOnFailover: true } });
  });
});
