import { describe, expect, it } from 'vitest';
import { INVARIANT_NAMES, invariantInfo, loadKnowledge, requiredModelFor } from '../../src/knowledge/index.js';

const kb = loadKnowledge();

describe('the invariant table', () => {
  it('covers the nine invariants of the design, each with a source', () => {
    expect([...kb.invariants.keys()].sort()).toEqual([...INVARIANT_NAMES].sort());
    expect(kb.invariants.size).toBe(9);
    for (const info of kb.invariants.values()) expect(kb.sources[info.source]).toMatch(/\w/);
  });

  it('classes the invariants as confluent or not as Bailis et al. 2015 do', () => {
    const confluent = INVARIANT_NAMES.filter((i) => invariantInfo(i).confluent).sort();
    expect(confluent).toEqual(['append-only', 'counter', 'grow-only-set', 'last-writer-wins']);
  });

  it('asks for coordination-free models only for confluent invariants', () => {
    for (const info of kb.invariants.values()) {
      const needsUnavailable = kb.models.get(info.weakestModel)?.availability === 'unavailable';
      expect(needsUnavailable).toBe(!info.confluent);
    }
  });

  it('notes the foreign key is confluent for inserts and cascading deletes only', () => {
    const fk = invariantInfo('foreign-key');
    expect(fk.confluent).toBe(false);
    expect(fk.confluentFor).toEqual(['insert', 'cascading-delete']);
    expect(fk.weakestModel).toBe('serializable');
    expect(fk.weakestModelIfInsertOnly).toBe('monotonic-atomic-view');
  });

  it('derives the required model of a data set from its invariants', () => {
    expect(requiredModelFor([]).model).toBe('eventual');
    expect(requiredModelFor(['counter', 'append-only']).model).toBe('eventual');
    expect(requiredModelFor(['non-negative', 'unique-key']).model).toBe('linearizable');
    expect(requiredModelFor(['unique-key', 'foreign-key']).model).toBe('strict-serializable');
    expect(requiredModelFor(['unique-key', 'counter']).needCoordination).toEqual(['unique-key']);
  });
});
