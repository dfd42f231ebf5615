import { describe, expect, it } from 'vitest';
import { classifyDatastore } from '../../src/analysis/classify-store.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { store } from './classify-helpers.js';

const kb = loadKnowledge();

describe('failover decided outside the store', () => {
  it('loses acknowledged commits on asynchronous PostgreSQL whether the replicas or an outside service promote the standby', () => {
    for (const failover of ['automatic', 'external'] as const) {
      const c = classifyDatastore(store('postgres', { replicas: 2, failover }), kb);
      expect(c.onPartition.ackedWritesLostOnFailover, failover).toBe(true);
      expect(c.pacelc, failover).toBe('PA/EC');
    }
  });

  it('keeps acknowledged commits with a synchronous standby', () => {
    const c = classifyDatastore(store('postgres', { replicas: 2, failover: 'external', settings: { synchronousCommit: 'on', syncReplicas: 1 } }), kb);
    expect(c.onPartition.ackedWritesLostOnFailover).toBe(false);
  });

  it('stays PC/EC with manual failover: the store never promotes a standby on its own', () => {
    const c = classifyDatastore(store('postgres', { replicas: 2, failover: 'manual' }), kb);
    expect(c.pacelc).toBe('PC/EC');
  });
});
