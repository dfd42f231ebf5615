/**
 * Latency distributions for PBS simulation, a seeded random source, and the
 * production fits Bailis et al. used for LinkedIn (Voldemort, spinning disk and
 * SSD) and Yammer (Riak).
 *
 * The fits are the parameters of the authors' simulator,
 * pbailis/pbs-vldb-historical-paper-material:nrw_solver/src/Simulator.java
 * (classes LinkedSSDDelay, LinkedDiskDelay, YammerDelayModel). Pareto(xm, α) is
 * drawn as xm / U^(1/α); exponential(λ) has mean 1/λ ms.
 */

export type Distribution =
  | { kind: 'constant'; ms: number }
  | { kind: 'exponential'; rate: number }
  | { kind: 'pareto'; scale: number; shape: number }
  | { kind: 'mixture'; parts: ReadonlyArray<{ weight: number; dist: Distribution }> };

/** Message delays of the WARS model: write request, write ack, read request, read response. */
export interface WarsModel {
  name: string;
  w: Distribution;
  a: Distribution;
  r: Distribution;
  s: Distribution;
  /** Extra one-way delay to replicas outside the coordinator's datacentre (the paper's WAN scenario). */
  remoteDelayMs?: number;
  source?: string;
}

/** A uniform source in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator; the same seed gives the same stream. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * (1 − u)^power as exp(power · ln(1 − u)): V8's `**` (fdlibm's pow) took 80 ns a call
 * here against 45 for the two, and a Pareto leg draws one per message; the difference
 * is in the last bit or two, far below what a Monte Carlo estimate resolves.
 */
const powerOf = (x: number, power: number): number => Math.exp(Math.log(x) * power);

export function sample(d: Distribution, random: Random): number {
  switch (d.kind) {
    case 'constant':
      return d.ms;
    case 'exponential':
      return -Math.log(1 - random()) / d.rate;
    case 'pareto':
      return d.scale / powerOf(1 - random(), 1 / d.shape);
    case 'mixture': {
      let u = random();
      for (const part of d.parts) {
        if (u < part.weight) return sample(part.dist, random);
        u -= part.weight;
      }
      return sample(d.parts[d.parts.length - 1]!.dist, random);
    }
  }
}

/**
 * `sample` compiled once per distribution into a closure: the simulation draws millions
 * of times, and a closure skips the dispatch on `kind` at every draw. Same draws, same order.
 */
export function sampler(d: Distribution, random: Random): () => number {
  switch (d.kind) {
    case 'constant': {
      const ms = d.ms;
      return () => ms;
    }
    case 'exponential': {
      const rate = d.rate;
      return () => -Math.log(1 - random()) / rate;
    }
    case 'pareto': {
      const { scale } = d;
      const power = 1 / d.shape;
      return () => scale / powerOf(1 - random(), power);
    }
    case 'mixture': {
      const parts = d.parts.map((p) => ({ weight: p.weight, draw: sampler(p.dist, random) }));
      const last = parts[parts.length - 1]!.draw;
      if (parts.length === 2) {
        // The production fits' shape (exponential or Pareto): the loop below, unrolled.
        // The second part is also the fallback, so one comparison decides.
        const w0 = parts[0]!.weight;
        const a = parts[0]!.draw;
        return () => (random() < w0 ? a() : last());
      }
      return () => {
        let u = random();
        for (const part of parts) {
          if (u < part.weight) return part.draw();
          u -= part.weight;
        }
        return last();
      };
    }
  }
}

/** Numbers per leg in `flattenLegs`'s table. */
export const LEG_STRIDE = 8;

/**
 * The four WARS legs as one table of numbers, for the simulation's inner loop: per leg,
 * [mixed, weight of part 0, then kind, parameter, power for part 0 and for part 1], kind
 * 0 constant (ms), 1 exponential (rate), 2 Pareto (scale, 1/shape). One function reading
 * this table draws exactly what the closures of `sampler` draw, in the same order, but
 * its call sites stay monomorphic (a closure per leg and part made them megamorphic: a
 * third of a million-trial run). Undefined when a leg is a mixture of mixtures or of
 * more than two parts; `sampler` then draws.
 */
export function flattenLegs(legs: readonly Distribution[]): Float64Array | undefined {
  const table = new Float64Array(legs.length * LEG_STRIDE);
  const put = (at: number, d: Distribution): boolean => {
    switch (d.kind) {
      case 'constant':
        table.set([0, d.ms, 0], at);
        return true;
      case 'exponential':
        table.set([1, d.rate, 0], at);
        return true;
      case 'pareto':
        table.set([2, d.scale, 1 / d.shape], at);
        return true;
      case 'mixture':
        return false;
    }
  };
  for (const [i, d] of legs.entries()) {
    const at = i * LEG_STRIDE;
    if (d.kind !== 'mixture') {
      if (!put(at + 2, d)) return undefined;
      continue;
    }
    if (d.parts.length < 1 || d.parts.length > 2) return undefined;
    const first = d.parts[0]!;
    const second = d.parts[d.parts.length - 1]!;
    // A one-part mixture still draws its selector (then takes its only part, as `sampler` does).
    table[at] = 1;
    table[at + 1] = d.parts.length === 2 ? first.weight : Infinity;
    if (!put(at + 2, first.dist) || !put(at + 5, second.dist)) return undefined;
  }
  return table;
}

/**
 * A draw function for the leg at `at` of a `flattenLegs` table, its numbers captured as
 * constants: the same numbers, in the same order, as `sampler`'s closures.
 */
export function flatSampler(table: Float64Array, at: number, random: Random): () => number {
  const mixed = table[at] === 1;
  const cut = table[at + 1]!;
  const [k0, p0, q0, k1, p1, q1] = table.subarray(at + 2, at + LEG_STRIDE) as unknown as [number, number, number, number, number, number];
  return () => {
    let k = k0;
    let p = p0;
    let q = q0;
    if (mixed && !(random() < cut)) {
      k = k1;
      p = p1;
      q = q1;
    }
    if (k === 0) return p;
    if (k === 1) return -Math.log(1 - random()) / p;
    return p / powerOf(1 - random(), q);
  };
}

const mix = (pExp: number, rate: number, scale: number, shape: number): Distribution => ({
  kind: 'mixture',
  parts: [
    { weight: pExp, dist: { kind: 'exponential', rate } },
    { weight: 1 - pExp, dist: { kind: 'pareto', scale, shape } },
  ],
});

const SOURCE = 'Bailis et al., "Probabilistically Bounded Staleness for Practical Partial Quorums", VLDB 2012; parameters from the authors\' simulator (pbailis/pbs-vldb-historical-paper-material, Simulator.java)';
const LNKD_SSD_LEG = mix(0.0878, 1.66, 0.235, 10);
const YMMR_READ_LEG = mix(0.018, 0.0217, 1.5, 3.8);

export const PRODUCTION_FITS = {
  'LNKD-SSD': { name: 'LNKD-SSD', w: LNKD_SSD_LEG, a: LNKD_SSD_LEG, r: LNKD_SSD_LEG, s: LNKD_SSD_LEG, source: SOURCE },
  'LNKD-DISK': { name: 'LNKD-DISK', w: mix(0.62, 0.183, 1.05, 1.51), a: LNKD_SSD_LEG, r: LNKD_SSD_LEG, s: LNKD_SSD_LEG, source: SOURCE },
  YMMR: { name: 'YMMR', w: mix(0.061, 0.0028, 3, 3.5), a: YMMR_READ_LEG, r: YMMR_READ_LEG, s: YMMR_READ_LEG, source: SOURCE },
  WAN: { name: 'WAN', w: mix(0.62, 0.183, 1.05, 1.51), a: LNKD_SSD_LEG, r: LNKD_SSD_LEG, s: LNKD_SSD_LEG, remoteDelayMs: 75, source: SOURCE },
} as const satisfies Record<string, WarsModel>;

export type ProductionFit = keyof typeof PRODUCTION_FITS;

/** Every leg exponential with the same mean (the paper's synthetic baseline). */
export function exponentialModel(meanMs: number, writeMeanMs = meanMs): WarsModel {
  const leg: Distribution = { kind: 'exponential', rate: 1 / meanMs };
  return { name: `exponential(${writeMeanMs}/${meanMs} ms)`, w: { kind: 'exponential', rate: 1 / writeMeanMs }, a: leg, r: leg, s: leg };
}

/** Every leg Pareto (write legs may differ). */
export function paretoModel(scale: number, shape: number, write: { scale: number; shape: number } = { scale, shape }): WarsModel {
  const leg: Distribution = { kind: 'pareto', scale, shape };
  return { name: `pareto(${scale}, ${shape})`, w: { kind: 'pareto', ...write }, a: leg, r: leg, s: leg };
}
