import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockSeed, fractionsAtMost, kStaleness, PBS_BLOCK, quantiles, simulatePbs } from '../../src/analysis/pbs.js';
import { simulatePbsOnThreads } from '../../src/analysis/pbs-threads.js';
import { exponentialModel, flatSampler, flattenLegs, LEG_STRIDE, paretoModel, PRODUCTION_FITS, sample, sampler, seededRandom, type Distribution } from '../../src/analysis/pbs-distributions.js';
import { UsageError } from '../../src/errors.js';

/*
 * Published figures compared below come from Bailis et al., "Quantifying Eventual
 * Consistency with PBS" (CACM research highlight of the VLDB 2012 paper), read in
 * its LaTeX source, pbailis/paper-repo-cacm-pbs-research-highlight:pbs-cacm.tex,
 * §"Staleness in Production" and Table "Δ for (p = 99.9%, Δ)-regular semantics",
 * all for N = 3:
 *   LNKD-SSD  R=W=1: 97.4% consistent at Δ = 0, > 99.999% after 5 ms, Δ(99.9%) = 1.85 ms
 *   LNKD-DISK R=W=1: 43.9% at Δ = 0, 92.5% at 10 ms, Δ(99.9%) = 45.5 ms; R=2,W=1: 13.6 ms;
 *             99.9th percentile write latency 10.99 ms
 *   YMMR      R=W=1: 89.3% at Δ = 0, Δ(99.9%) = 1364 ms; R=2,W=1: 202 ms
 * The fits are the authors' own simulator parameters (see pbs-distributions.ts), so the
 * probabilities at fixed Δ match to about a percentage point. The 99.9% tail times
 * match within 25%: the paper drew 50,000 reads per configuration, so its tail
 * quantiles carry sampling noise of that order; we check the shape and the
 * magnitude there, not the exact value.
 */
const within = (actual: number, expected: number, fraction: number) => {
  expect(actual).toBeGreaterThan(expected * (1 - fraction));
  expect(actual).toBeLessThan(expected * (1 + fraction));
};
const run = (fit: keyof typeof PRODUCTION_FITS, r: number, w: number, at: number[] = [0]) =>
  simulatePbs({ n: 3, r, w, model: PRODUCTION_FITS[fit], trials: 100_000, seed: 42, at, targets: [0.999] });
const pAt = (res: ReturnType<typeof simulatePbs>, t: number) => res.consistency.find((c) => c.tMs === t)!.probability;

describe('PBS t-visibility against the published production results', () => {
  it('reproduces LNKD-SSD: consistent almost at once', () => {
    const res = run('LNKD-SSD', 1, 1, [0, 5]);
    expect(pAt(res, 0)).toBeCloseTo(0.974, 1);
    expect(Math.abs(pAt(res, 0) - 0.974)).toBeLessThan(0.01);
    expect(pAt(res, 5)).toBeGreaterThan(0.9999);
    within(res.tVisibility[0]!.tMs, 1.85, 0.25);
  });

  it('reproduces LNKD-DISK: slow writes leave reads stale for tens of ms', () => {
    const res = run('LNKD-DISK', 1, 1, [0, 10]);
    expect(Math.abs(pAt(res, 0) - 0.439)).toBeLessThan(0.015);
    expect(Math.abs(pAt(res, 10) - 0.925)).toBeLessThan(0.015);
    within(res.tVisibility[0]!.tMs, 45.5, 0.25);
    within(res.writeLatency.p999, 10.99, 0.1);
    within(run('LNKD-DISK', 2, 1).tVisibility[0]!.tMs, 13.6, 0.25);
  });

  it('reproduces YMMR: mostly consistent at once, with a tail over a second long', () => {
    const res = run('YMMR', 1, 1, [0]);
    expect(Math.abs(pAt(res, 0) - 0.893)).toBeLessThan(0.015);
    within(res.tVisibility[0]!.tMs, 1364, 0.25);
    within(run('YMMR', 2, 1).tVisibility[0]!.tMs, 202, 0.25);
  });
});

describe('PBS simulation', () => {
  const model = exponentialModel(1, 5);

  it('gives the same result for the same seed and a different one for another seed', () => {
    const a = simulatePbs({ n: 3, r: 1, w: 1, model, trials: 5_000, seed: 9 });
    expect(simulatePbs({ n: 3, r: 1, w: 1, model, trials: 5_000, seed: 9 })).toEqual(a);
    expect(simulatePbs({ n: 3, r: 1, w: 1, model, trials: 5_000, seed: 10 }).consistency).not.toEqual(a.consistency);
  });

  it('is always consistent for a strict quorum', () => {
    const res = simulatePbs({ n: 3, r: 2, w: 2, model, trials: 5_000 });
    expect(res.strict).toBe(true);
    expect(res.consistency.every((c) => c.probability === 1)).toBe(true);
    expect(res.tVisibility.every((t) => t.tMs === 0)).toBe(true);
  });

  it('grows more consistent with time, with more replicas read, and with a higher target needs more time', () => {
    const at = [0, 1, 2, 5, 10, 20];
    const one = simulatePbs({ n: 3, r: 1, w: 1, model, trials: 20_000, at, targets: [0.9, 0.99, 0.999] });
    const two = simulatePbs({ n: 3, r: 2, w: 1, model, trials: 20_000, at });
    const ps = one.consistency.map((c) => c.probability);
    expect(ps).toEqual([...ps].sort((x, y) => x - y));
    expect(ps[0]).toBeLessThan(0.9);
    one.consistency.forEach((c, i) => expect(two.consistency[i]!.probability).toBeGreaterThanOrEqual(c.probability));
    const ts = one.tVisibility.map((t) => t.tMs);
    expect(ts).toEqual([...ts].sort((x, y) => x - y));
  });

  it('adds the remote delay in the WAN scenario: a read waits for the write to cross', () => {
    const res = simulatePbs({ n: 3, r: 1, w: 1, model: PRODUCTION_FITS.WAN, trials: 20_000, at: [0, 200] });
    expect(res.consistency[0]!.probability).toBeLessThan(0.4);
    expect(res.consistency[1]!.probability).toBeGreaterThan(0.999);
    expect(res.writeLatency.p50).toBeLessThan(75);
  });

  it('reports progress as it goes and once at the end', () => {
    const calls: Array<[number, number]> = [];
    simulatePbs({ n: 3, r: 1, w: 1, model: paretoModel(1, 2), trials: 2_500, progressEvery: 1_000, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([[1000, 2500], [2000, 2500], [2500, 2500]]);
  });

  it('rejects impossible quorum sizes and trial counts', () => {
    expect(() => simulatePbs({ n: 3, r: 4, w: 1, model })).toThrow(UsageError);
    expect(() => simulatePbs({ n: 3, r: 1, w: 1, model, trials: 0 })).toThrow(UsageError);
  });
});

describe('distributions', () => {
  it('draw with the intended means', () => {
    const random = seededRandom(3);
    const mean = (draw: () => number) => Array.from({ length: 50_000 }, draw).reduce((s, x) => s + x, 0) / 50_000;
    expect(mean(() => sample({ kind: 'exponential', rate: 0.5 }, random))).toBeCloseTo(2, 1);
    // Pareto(xm, α) has mean α·xm/(α − 1) for α > 1: 3·1/2 = 1.5.
    expect(mean(() => sample({ kind: 'pareto', scale: 1, shape: 3 }, random))).toBeCloseTo(1.5, 1);
    expect(Math.min(...Array.from({ length: 1000 }, () => sample({ kind: 'pareto', scale: 2, shape: 3 }, random)))).toBeGreaterThanOrEqual(2);
  });

  it('the flattened legs the simulation draws from give exactly what sample and sampler give, draw for draw', () => {
    const models = [...Object.values(PRODUCTION_FITS), exponentialModel(10, 20), paretoModel(1, 2.5, { scale: 3, shape: 1.5 })];
    const legsOf = (m: (typeof models)[number]) => [m.w, m.a, m.r, m.s];
    const odd: Distribution[] = [{ kind: 'constant', ms: 4 }, { kind: 'mixture', parts: [{ weight: 1, dist: { kind: 'exponential', rate: 2 } }] }];
    for (const legs of [...models.map(legsOf), odd]) {
      const table = flattenLegs(legs)!;
      expect(table).toBeDefined();
      legs.forEach((leg, i) => {
        const [ra, rb, rc] = [seededRandom(11), seededRandom(11), seededRandom(11)];
        const flat = flatSampler(table, i * LEG_STRIDE, ra);
        const closure = sampler(leg, rb);
        for (let k = 0; k < 2_000; k++) {
          const x = flat();
          expect(x).toBe(closure());
          expect(x).toBe(sample(leg, rc));
        }
      });
    }
    // A mixture of mixtures, or of three parts, is left to the closures.
    expect(flattenLegs([{ kind: 'mixture', parts: [{ weight: 0.5, dist: odd[1]! }, { weight: 0.5, dist: odd[0]! }] }])).toBeUndefined();
  });

  it('Pareto draws as exp(p·ln x) stay within a few units in the last place of x ** p', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 10_000; i++) {
      const x = 1 - random();
      const p = 0.05 + random() * 2;
      const exact = x ** p;
      expect(Math.abs(Math.exp(Math.log(x) * p) - exact)).toBeLessThanOrEqual(Math.abs(exact) * 8 * Number.EPSILON * Math.max(1, Math.abs(Math.log(x) * p)));
    }
  });

  it('come from a seeded source in [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('k-staleness closed form', () => {
  it('matches the values the paper derives for N = 3', () => {
    // pbs-cacm.tex §"PBS (K, p)-regular semantics".
    expect(kStaleness(3, 1, 1, 1)).toBeCloseTo(1 / 3, 12);
    expect(kStaleness(3, 1, 1, 2)).toBeCloseTo(5 / 9, 12);
    expect(kStaleness(3, 1, 1, 3)).toBeCloseTo(0.7037, 4);
    expect(kStaleness(3, 1, 1, 5)).toBeGreaterThan(0.868);
    expect(kStaleness(3, 1, 1, 10)).toBeGreaterThan(0.98);
    expect(kStaleness(3, 1, 2, 1)).toBeCloseTo(2 / 3, 12);
    expect(kStaleness(3, 1, 2, 2)).toBeCloseTo(8 / 9, 12);
    expect(kStaleness(3, 1, 2, 5)).toBeGreaterThan(0.995);
  });

  it('gives N = 100, R = W = 30 a miss probability of 1.88 × 10⁻⁶', () => {
    expect(1 - kStaleness(100, 30, 30, 1)).toBeCloseTo(1.88e-6, 8);
    expect(kStaleness(3, 2, 2, 1)).toBe(1);
  });
});

describe('order statistics without sorting', () => {
  // The simulation reads its quantiles by selection and its probabilities by counting;
  // both must agree with a sorted copy, ties and constant runs included.
  const sortedQuantile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  const ps = [0, 0.001, 0.25, 0.5, 0.5, 0.9, 0.99, 0.999, 1];
  it('quantiles and fractions match a sorted copy', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 400 }), fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { maxLength: 12 }), (values, xs) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(quantiles(Float64Array.from(values), ps)).toEqual(ps.map((p) => sortedQuantile(sorted, p)));
        expect(fractionsAtMost(Float64Array.from(values), xs)).toEqual(xs.map((x) => sorted.filter((v) => v <= x).length / sorted.length));
      }),
      { seed: 7, numRuns: 500 },
    );
  });
  it('a constant or already sorted million does not go quadratic', () => {
    expect(quantiles(new Float64Array(1_000_000).fill(3), [0.5, 0.999])).toEqual([3, 3]);
    expect(quantiles(Float64Array.from({ length: 1_000_000 }, (_, i) => i), [0.5, 0.999])).toEqual([499_999, 998_999]);
  });
});

describe('PBS on several threads', () => {
  const model = PRODUCTION_FITS['LNKD-SSD'];

  it('gives exactly what one thread gives for the same seed, whatever the number of threads', async () => {
    const o = { n: 5, r: 2, w: 2, model, trials: 3 * PBS_BLOCK + 1234, seed: 42 };
    const one = simulatePbs(o);
    for (const threads of [2, 3, 8]) expect(await simulatePbsOnThreads(o, threads)).toEqual(one);
    expect(simulatePbs({ ...o, seed: 43 })).not.toEqual(one);
  }, 60_000);

  it('draws the first block from the seed itself (runs of one block are what they were)', () => {
    expect(blockSeed(7, 0)).toBe(7);
    expect(new Set([0, 1, 2, 3].map((b) => blockSeed(7, b))).size).toBe(4);
  });

  it('reports progress as the threads go, ending at the total', async () => {
    const calls: number[] = [];
    await simulatePbsOnThreads({ n: 3, r: 1, w: 1, model, trials: 4 * PBS_BLOCK, seed: 1, onProgress: (done, total) => void calls.push(done / total) }, 2);
    expect(calls.at(-1)).toBe(1);
    expect(calls).toEqual([...calls].sort((a, b) => a - b));
  }, 60_000);
});
