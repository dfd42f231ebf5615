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

/** The largest double below 1: a rescaled uniform never reaches 1 (whose logarithm is −∞ here). */
const BELOW_ONE = 1 - 2 ** -53;

/**
 * The value of `d` at the uniform u in [0, 1): its inverse distribution function. A
 * mixture picks its part with u and passes on u rescaled within that part's share (the
 * uniform conditioned on the pick is again uniform), so every draw costs one uniform:
 * half the generator calls of picking with one and drawing with another. Past the sum of
 * the weights (rounding) the last part is drawn at its top.
 */
export function valueAt(d: Distribution, u: number): number {
  switch (d.kind) {
    case 'constant':
      return d.ms;
    case 'exponential':
      return -Math.log(1 - u) / d.rate;
    case 'pareto':
      return d.scale / powerOf(1 - u, 1 / d.shape);
    case 'mixture': {
      let rest = u;
      for (const part of d.parts) {
        if (rest < part.weight) return valueAt(part.dist, Math.min(rest / part.weight, BELOW_ONE));
        rest -= part.weight;
      }
      return valueAt(d.parts[d.parts.length - 1]!.dist, BELOW_ONE);
    }
  }
}

/** One draw: a constant takes no uniform, anything else exactly one. */
export function sample(d: Distribution, random: Random): number {
  return d.kind === 'constant' ? d.ms : valueAt(d, random());
}

/** `valueAt` compiled once per distribution into a closure (no dispatch on `kind` at each draw). */
function valueAtOf(d: Distribution): (u: number) => number {
  switch (d.kind) {
    case 'constant': {
      const ms = d.ms;
      return () => ms;
    }
    case 'exponential': {
      const rate = d.rate;
      return (u) => -Math.log(1 - u) / rate;
    }
    case 'pareto': {
      const { scale } = d;
      const power = 1 / d.shape;
      return (u) => scale / powerOf(1 - u, power);
    }
    case 'mixture': {
      const parts = d.parts.map((p) => ({ weight: p.weight, at: valueAtOf(p.dist) }));
      const last = parts[parts.length - 1]!.at;
      return (u) => {
        let rest = u;
        for (const part of parts) {
          if (rest < part.weight) return part.at(Math.min(rest / part.weight, BELOW_ONE));
          rest -= part.weight;
        }
        return last(BELOW_ONE);
      };
    }
  }
}

/**
 * `sample` compiled once per distribution into a closure: the simulation draws millions
 * of times. Same draws, same order.
 */
export function sampler(d: Distribution, random: Random): () => number {
  if (d.kind === 'constant') {
    const ms = d.ms;
    return () => ms;
  }
  const at = valueAtOf(d);
  return () => at(random());
}

/** Numbers per leg in `flattenLegs`'s table. */
export const LEG_STRIDE = 9;

/**
 * The four WARS legs as one table of numbers, for the simulation's inner loop: per leg,
 * [mixed, weight of part 0, weight of part 1, then kind, parameter, power of part 0 and
 * of part 1], kind 0 constant (ms), 1 exponential (rate), 2 Pareto (scale, 1/shape); a
 * one-part mixture has weight 0 for its (repeated) second part. `flatSampler` reading
 * this table draws exactly what `sample` draws, in the same order, with one closure per
 * leg over plain numbers: nested closures per part made the calls megamorphic.
 * Undefined when a leg is a mixture of mixtures or of more than two parts; `sampler`
 * then draws.
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
      if (!put(at + 3, d)) return undefined;
      continue;
    }
    if (d.parts.length < 1 || d.parts.length > 2) return undefined;
    const first = d.parts[0]!;
    const second = d.parts[d.parts.length - 1]!;
    table.set([1, first.weight, d.parts.length === 2 ? second.weight : 0], at);
    if (!put(at + 3, first.dist) || !put(at + 6, second.dist)) return undefined;
  }
  return table;
}

/**
 * A draw function for the leg at `at` of a `flattenLegs` table, its numbers captured as
 * constants: the same numbers, in the same order, as `sample`.
 */
export function flatSampler(table: Float64Array, at: number, random: Random): () => number {
  const [mixed, w0, w1, k0, p0, q0, k1, p1, q1] = table.subarray(at, at + LEG_STRIDE) as unknown as number[] as [number, number, number, number, number, number, number, number, number];
  if (mixed !== 1 && k0 === 0) return () => p0;
  return () => {
    let u = random();
    let k = k0;
    let p = p0;
    let q = q0;
    if (mixed === 1) {
      if (u < w0) {
        u = Math.min(u / w0, BELOW_ONE);
      } else {
        const rest = u - w0;
        u = rest < w1 ? Math.min(rest / w1, BELOW_ONE) : BELOW_ONE;
        k = k1;
        p = p1;
        q = q1;
      }
    }
    if (k === 0) return p;
    if (k === 1) return -Math.log(1 - u) / p;
    return p / powerOf(1 - u, q);
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
