import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availabilityClass, loadKnowledge, MODEL_NAMES, satisfies, strongestCommon, weakestSatisfyingAll,
} from '../../src/knowledge/index.js';
import type { ConsistencyModel } from '../../src/model/types.js';

const kb = loadKnowledge();
const model = fc.constantFrom(...MODEL_NAMES);

describe('the consistency hierarchy', () => {
  it('defines every model name of the system model, each with a source', () => {
    expect([...kb.models.keys()].sort()).toEqual([...MODEL_NAMES].sort());
    for (const info of kb.models.values()) expect(kb.sources[info.source]).toBeTruthy();
  });

  it('is reflexive: every model satisfies itself', () => {
    for (const m of MODEL_NAMES) expect(satisfies(m, m)).toBe(true);
  });

  it('follows the Jepsen map on both branches', () => {
    expect(satisfies('strict-serializable', 'linearizable')).toBe(true);
    expect(satisfies('strict-serializable', 'read-committed')).toBe(true);
    expect(satisfies('serializable', 'snapshot-isolation')).toBe(true);
    expect(satisfies('linearizable', 'read-your-writes')).toBe(true);
    expect(satisfies('causal', 'monotonic-writes')).toBe(true);
    expect(satisfies('sequential', 'causal')).toBe(true);
  });

  it('does not let a weaker or incomparable model meet a stronger requirement', () => {
    expect(satisfies('serializable', 'linearizable')).toBe(false);
    expect(satisfies('linearizable', 'serializable')).toBe(false);
    expect(satisfies('snapshot-isolation', 'serializable')).toBe(false);
    expect(satisfies('snapshot-isolation', 'repeatable-read')).toBe(false);
    expect(satisfies('causal', 'sequential')).toBe(false);
    expect(satisfies('read-your-writes', 'monotonic-reads')).toBe(false);
    expect(satisfies('eventual', 'read-your-writes')).toBe(false);
  });

  it('places bounded staleness between linearizable and consistent prefix, apart from causal', () => {
    expect(satisfies('linearizable', 'bounded-staleness')).toBe(true);
    expect(satisfies('bounded-staleness', 'consistent-prefix')).toBe(true);
    expect(satisfies('bounded-staleness', 'causal')).toBe(false);
    expect(satisfies('causal', 'bounded-staleness')).toBe(false);
    expect(satisfies('sequential', 'bounded-staleness')).toBe(false);
    expect(kb.models.get('bounded-staleness')?.note).toMatch(/Cosmos/);
  });

  it('makes eventual the bottom that every model meets', () => {
    for (const m of MODEL_NAMES) expect(satisfies(m, 'eventual')).toBe(true);
  });

  it('gives the availability classes of Jepsen and the HAT paper', () => {
    expect(availabilityClass('linearizable')).toBe('unavailable');
    expect(availabilityClass('snapshot-isolation')).toBe('unavailable');
    expect(availabilityClass('cursor-stability')).toBe('unavailable');
    expect(availabilityClass('causal')).toBe('sticky');
    expect(availabilityClass('read-your-writes')).toBe('sticky');
    expect(availabilityClass('pram')).toBe('sticky');
    expect(availabilityClass('read-committed')).toBe('total');
    expect(availabilityClass('monotonic-atomic-view')).toBe('total');
    expect(availabilityClass('monotonic-reads')).toBe('total');
  });

  it('never marks a model more available than a model it implies', () => {
    const rank = { total: 0, sticky: 1, unavailable: 2 } as const;
    for (const [m, implied] of kb.closure) {
      for (const weaker of implied) expect(rank[availabilityClass(m)]).toBeGreaterThanOrEqual(rank[availabilityClass(weaker)]);
    }
  });

  it('finds the strongest model two configurations still share', () => {
    expect(strongestCommon(['strict-serializable', 'linearizable'])).toBe('linearizable');
    expect(strongestCommon(['linearizable', 'causal'])).toBe('causal');
    expect(strongestCommon(['serializable', 'linearizable'])).toBe('eventual');
    expect(strongestCommon(['snapshot-isolation', 'repeatable-read'])).toBe('monotonic-atomic-view');
  });

  it('finds the weakest model meeting several requirements', () => {
    expect(weakestSatisfyingAll(['serializable', 'linearizable'])).toBe('strict-serializable');
    expect(weakestSatisfyingAll(['read-your-writes', 'monotonic-reads'])).toBe('pram');
    expect(weakestSatisfyingAll(['snapshot-isolation', 'repeatable-read'])).toBe('serializable');
    expect(weakestSatisfyingAll([])).toBe('eventual');
  });
});

describe('the hierarchy, as properties', () => {
  const pairs = [...kb.closure].flatMap(([strong, weaker]) => [...weaker].map((weak) => [strong, weak] as const));

  it('lets a stronger model satisfy every weaker requirement in the closure', () => {
    fc.assert(fc.property(fc.constantFrom(...pairs), ([strong, weak]) => satisfies(strong, weak)));
  });

  it('is transitive', () => {
    fc.assert(fc.property(model, model, model, (a, b, c) => !(satisfies(a, b) && satisfies(b, c)) || satisfies(a, c)), { numRuns: 2000 });
  });

  it('is antisymmetric: two distinct models never satisfy each other', () => {
    fc.assert(fc.property(model, model, (a, b) => a === b || !(satisfies(a, b) && satisfies(b, a))));
  });

  it('returns from strongestCommon a model that every input satisfies', () => {
    fc.assert(fc.property(fc.array(model, { minLength: 1, maxLength: 4 }), (ms: ConsistencyModel[]) => {
      const common = strongestCommon(ms);
      return ms.every((m) => satisfies(m, common));
    }));
  });

  it('returns from weakestSatisfyingAll a model that satisfies every input', () => {
    fc.assert(fc.property(fc.array(model, { minLength: 1, maxLength: 3 }), (ms: ConsistencyModel[]) => {
      const join = weakestSatisfyingAll(ms);
      return join === undefined || ms.every((m) => satisfies(join, m));
    }));
  });
});
