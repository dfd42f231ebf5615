import { describe, expect, it } from 'vitest';
import { classifyDataset } from '../../src/analysis/classify-dataset.js';
import { classifyDatastore } from '../../src/analysis/classify-store.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import type { Dataset } from '../../src/model/types.js';
import { store } from './classify-helpers.js';

const kb = loadKnowledge();

function dataset(over: Partial<Dataset>): Dataset {
  return { name: 'balances', path: 'datasets[0]', store: 's', invariants: [], access: {}, residency: [], ...over };
}

describe('classifyDataset', () => {
  it('is satisfied when the store gives a stronger model than the declared one', () => {
    const sc = classifyDatastore(store('spanner'), kb);
    const d = classifyDataset(dataset({ consistency: 'linearizable' }), sc, kb);
    expect(d).toMatchObject({ requires: 'linearizable', requiresFrom: 'declared', provided: 'strict-serializable', satisfied: true });
    expect(d.explanation).toContain('implies linearizable');
  });

  it('is not satisfied when eventually consistent reads meet a linearizable requirement', () => {
    const sc = classifyDatastore(store('dynamodb'), kb);
    const d = classifyDataset(dataset({ consistency: 'linearizable' }), sc, kb);
    expect(d).toMatchObject({ provided: 'eventual', satisfied: false });
    expect(d.explanation).toContain('does not imply linearizable');
  });

  it('derives the requirement from the invariants and says so', () => {
    const sc = classifyDatastore(store('cassandra'), kb);
    const d = classifyDataset(dataset({ invariants: ['non-negative'] }), sc, kb);
    expect(d).toMatchObject({ requires: 'linearizable', requiresFrom: 'invariants', satisfied: false });
    expect(d.explanation).toMatch(/declares no consistency; linearizable is the weakest model that keeps non-negative/);
  });

  it('accepts confluent invariants on an eventually consistent store', () => {
    const sc = classifyDatastore(store('riak'), kb);
    expect(classifyDataset(dataset({ invariants: ['counter', 'grow-only-set'] }), sc, kb).satisfied).toBe(true);
  });

  it('counts the other guaranteed models, not only the headline', () => {
    const sc = classifyDatastore(store('cockroachdb'), kb);
    expect(classifyDataset(dataset({ consistency: 'linearizable' }), sc, kb).satisfied).toBe(true);
    expect(classifyDataset(dataset({ consistency: 'strict-serializable' }), sc, kb).satisfied).toBe(false);
  });

  it('credits constraints a single primary enforces itself', () => {
    const sc = classifyDatastore(store('postgres', { settings: { syncReplicas: 1 } }), kb);
    const d = classifyDataset(dataset({ invariants: ['foreign-key', 'unique-key'] }), sc, kb);
    expect(d.requires).toBe('strict-serializable');
    expect(d.satisfied).toBe(true);
    expect(d.explanation).toContain('the engine enforces foreign-key, unique-key itself');
  });
});
