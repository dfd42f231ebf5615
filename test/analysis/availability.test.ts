import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeCallGraph, downtimeMs, errorBudget, formatAvailability, kOfN, parallel, serial, type GraphService,
} from '../../src/analysis/availability.js';
import { UsageError } from '../../src/errors.js';

const MIN = 60_000;

describe('serial and parallel composition', () => {
  it('matches the worked examples of facts.md §6.2', () => {
    expect(serial([0.999, 0.999, 0.999])).toBeCloseTo(0.997002999, 12);
    expect(serial([0.9999, 0.9999, 0.9995])).toBeCloseTo(0.99930, 5);
    expect(parallel([0.999, 0.999])).toBeCloseTo(0.999999, 9);
    expect(parallel([0.99, 0.99])).toBeCloseTo(0.9999, 9);
    expect(kOfN(0.99, 2, 3)).toBeCloseTo(0.999702, 9);
    expect(kOfN(0.9, 3, 3)).toBeCloseTo(0.729, 9);
  });

  it('never makes a serial chain better than its weakest part, nor a parallel set worse than its best', () => {
    const parts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(parts, (as) => serial(as) <= Math.min(...as) + 1e-12 && parallel(as) >= Math.max(...as) - 1e-12));
  });

  it('rejects a percentage given where a fraction belongs', () => {
    expect(() => serial([99.9])).toThrow(UsageError);
    expect(() => kOfN(0.9, 4, 3)).toThrow(UsageError);
  });
});

describe('downtime and error budgets', () => {
  it('matches the table of facts.md §6.3 (30-day month, 365.25-day year)', () => {
    expect(downtimeMs(0.999) / MIN).toBeCloseTo(43.2, 6);
    expect(downtimeMs(0.9995) / MIN).toBeCloseTo(21.6, 6);
    expect(downtimeMs(0.9999) / MIN).toBeCloseTo(4.32, 6);
    expect(downtimeMs(0.99999) / 1000).toBeCloseTo(25.92, 2);
    expect(downtimeMs(0.9999, 'year') / MIN).toBeCloseTo(52.596, 3);
    expect(downtimeMs(0.999, 'week') / MIN).toBeCloseTo(10.08, 6);
    const budget = errorBudget(0.9995);
    expect(budget.fraction).toBeCloseTo(0.0005, 12);
    expect(budget.perYearMs / MIN).toBeCloseTo(262.98, 2);
  });

  it('formats availabilities without losing the nines', () => {
    expect(formatAvailability(0.9995)).toBe('99.95%');
    expect(formatAvailability(0.997003)).toBe('99.7%');
    expect(formatAvailability(0.99999)).toBe('99.999%');
  });
});

describe('composition along a call graph', () => {
  const graph: GraphService[] = [
    { name: 'order', availability: 0.9995, calls: [{ service: 'payment' }, { service: 'email', mode: 'async' }], stores: [{ name: 'catalog', availability: 0.9999 }] },
    { name: 'payment', availability: 0.999, calls: [], stores: [{ name: 'ledger', availability: 0.9999 }] },
    { name: 'email', availability: 0.99, calls: [] },
  ];

  it('multiplies own availability by every synchronous dependency and ignores async calls', () => {
    const order = composeCallGraph(graph).get('order')!;
    expect(order.effective).toBeCloseTo(0.9995 * 0.999 * 0.9999 * 0.9999, 12);
    expect(order.dependencies.map((d) => d.name).sort()).toEqual(['catalog', 'ledger', 'payment']);
    expect(order.weakestPath).toEqual({ names: ['order', 'payment', 'ledger'], availability: expect.closeTo(0.9995 * 0.999 * 0.9999, 12) });
    expect(order.cyclic).toBe(false);
    expect(order.explanation).toContain('weakest serial path order → payment → ledger');
  });

  it('counts a dependency shared by two branches once', () => {
    const diamond: GraphService[] = [
      { name: 'a', calls: [{ service: 'b' }, { service: 'c' }] },
      { name: 'b', calls: [{ service: 'd' }] },
      { name: 'c', calls: [{ service: 'd' }] },
      { name: 'd', availability: 0.99, calls: [] },
    ];
    expect(composeCallGraph(diamond).get('a')!.effective).toBeCloseTo(0.99, 12);
  });

  it('ends on a call cycle and says it met one', () => {
    const cycle: GraphService[] = [
      { name: 'a', availability: 0.99, calls: [{ service: 'b' }] },
      { name: 'b', availability: 0.98, calls: [{ service: 'a' }] },
    ];
    const a = composeCallGraph(cycle).get('a')!;
    expect(a.effective).toBeCloseTo(0.99 * 0.98, 12);
    expect(a.cyclic).toBe(true);
  });

  it('never rates a service above the weakest serial path it depends on', () => {
    const graphArb = fc.integer({ min: 1, max: 7 }).chain((n) => fc.array(
      fc.record({
        availability: fc.double({ min: 0.9, max: 1, noNaN: true }),
        calls: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }),
        store: fc.option(fc.double({ min: 0.9, max: 1, noNaN: true }), { nil: undefined }),
      }),
      { minLength: n, maxLength: n },
    ));
    fc.assert(fc.property(graphArb, (nodes) => {
      const services: GraphService[] = nodes.map((s, i) => ({
        name: `s${i}`, availability: s.availability, calls: s.calls.map((c) => ({ service: `s${c}` })),
        ...(s.store === undefined ? {} : { stores: [{ name: `db${i}`, availability: s.store }] }),
      }));
      return [...composeCallGraph(services).values()].every((r) =>
        r.effective <= r.weakestPath.availability + 1e-12 &&
        r.weakestPath.availability <= r.own + 1e-12 &&
        r.dependencies.every((d) => r.effective <= d.availability + 1e-12));
    }), { numRuns: 300 });
  });

  it('composes an acyclic graph once, callees first, to the same figures as a walk from each service', () => {
    const dagArb = fc.integer({ min: 1, max: 9 }).chain((n) => fc.array(
      fc.record({
        availability: fc.option(fc.double({ min: 0.9, max: 1, noNaN: true }), { nil: undefined }),
        calls: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 3 }),
        async: fc.boolean(),
        store: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      }),
      { minLength: n, maxLength: n },
    ));
    const storeAvailability = [0.999, 0.99, 0.9999, 0.95];
    fc.assert(fc.property(dagArb, (nodes) => {
      // Calls only go to higher-numbered services, so the graph has no cycle.
      const services: GraphService[] = nodes.map((s, i) => ({
        name: `s${i}`, ...(s.availability === undefined ? {} : { availability: s.availability }),
        calls: s.calls.filter((d) => i + d < nodes.length).map((d, k) => ({ service: `s${i + d}`, ...(s.async && k === 0 ? { mode: 'async' as const } : {}) })),
        ...(s.store === undefined ? {} : { stores: [{ name: `db${s.store}`, availability: storeAvailability[s.store]! }] }),
      }));
      const byName = new Map(services.map((s) => [s.name, s]));
      const composed = composeCallGraph(services);
      return services.every((root) => {
        const reached = new Map<string, number>();
        const stack = [root];
        while (stack.length) {
          const s = stack.pop()!;
          for (const st of s.stores ?? []) reached.set(`store:${st.name}`, st.availability);
          for (const c of s.calls) {
            if (c.mode === 'async' || reached.has(`service:${c.service}`)) continue;
            const callee = byName.get(c.service)!;
            reached.set(`service:${c.service}`, callee.availability ?? 1);
            stack.push(callee);
          }
        }
        const r = composed.get(root.name)!;
        const expected = [...reached.values()].reduce((p, a) => p * a, root.availability ?? 1);
        const weakest = Math.min(root.availability ?? 1, ...reached.values());
        return Math.abs(r.effective - expected) < 1e-12 && r.dependencies.length === reached.size && r.weakest.availability === weakest && !r.cyclic;
      });
    }), { numRuns: 300, seed: 9 });
  });
});
