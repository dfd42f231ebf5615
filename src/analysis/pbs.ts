/**
 * Probabilistically Bounded Staleness (Bailis, Venkataraman, Franklin, Hellerstein,
 * Stoica, VLDB 2012; facts.md §4.2).
 *
 * t-visibility by Monte Carlo over the WARS model of a Dynamo-style expanding
 * quorum: the coordinator sends a write to all N replicas (delay W each) and
 * returns after W acknowledgements (delay A); a read begins t ms later, goes to
 * all N replicas (delay R) and returns after the first R responses (delay S). It
 * is consistent when one of those responders received the write before the read
 * request: commit + t + Rᵢ ≥ Wᵢ. Each trial gives the least t at which it is
 * consistent, so one run answers every t and every target probability.
 */
import { UsageError } from '../errors.js';
import { analyseQuorum } from './quorum.js';
import { flatSampler, flattenLegs, LEG_STRIDE, sampler, seededRandom, type Random, type WarsModel } from './pbs-distributions.js';

export interface PbsOptions {
  n: number;
  r: number;
  w: number;
  model: WarsModel;
  trials?: number;
  seed?: number;
  /** Times after commit (ms) at which to report P(consistent). */
  at?: readonly number[];
  /** Probabilities for which to report the t that reaches them. */
  targets?: readonly number[];
  /** Called every `progressEvery` trials and at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

export interface PbsResult {
  n: number;
  r: number;
  w: number;
  model: string;
  trials: number;
  seed: number;
  /** R + W > N: every read sees the last write, t = 0. */
  strict: boolean;
  consistency: Array<{ tMs: number; probability: number }>;
  tVisibility: Array<{ probability: number; tMs: number }>;
  /** Operation latency percentiles, ms. */
  readLatency: { p50: number; p99: number; p999: number };
  writeLatency: { p50: number; p99: number; p999: number };
}

const DEFAULT_AT = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
const DEFAULT_TARGETS = [0.9, 0.99, 0.999];

/**
 * Trials are drawn in blocks of this many, block b from its own stream (seeded with
 * `blockSeed(seed, b)`; block 0 with the seed itself): a run split over threads draws
 * exactly what one thread draws.
 */
export const PBS_BLOCK = 131_072;

export const blockSeed = (seed: number, block: number): number => (seed + Math.imul(block, 0x9e3779b9)) >>> 0;

/** Per trial: the least t at which it is consistent, its read and its write latency. */
export interface PbsArrays {
  tNeeded: Float64Array;
  reads: Float64Array;
  writes: Float64Array;
}

export type PbsPlan = Pick<PbsOptions, 'n' | 'r' | 'w' | 'model'> & { trials: number; seed: number };

/** The plan of a run (trials and seed filled in), after checking them. */
export function pbsPlan(o: PbsOptions): PbsPlan {
  const trials = o.trials ?? 100_000;
  const seed = o.seed ?? 1;
  if (!Number.isInteger(trials) || trials < 1) throw new UsageError(`trials must be a positive integer, got ${trials}`);
  analyseQuorum({ n: o.n, r: o.r, w: o.w });
  return { n: o.n, r: o.r, w: o.w, model: o.model, trials, seed };
}

export const pbsBlocks = (plan: PbsPlan): number => Math.ceil(plan.trials / PBS_BLOCK);

/** Draws block `block` of `plan` into `out`; `tick(i)` after trial i when given (progress). Returns the trials drawn. */
export function runPbsBlock(plan: PbsPlan, block: number, out: PbsArrays, tick?: (i: number) => void): number {
  const from = block * PBS_BLOCK;
  const to = Math.min(plan.trials, from + PBS_BLOCK);
  const trial = trialRunner(plan.n, plan.r, plan.w, plan.model, seededRandom(blockSeed(plan.seed, block)));
  const { tNeeded, reads, writes } = out;
  for (let i = from; i < to; i++) {
    trial.run();
    tNeeded[i] = trial.tNeeded;
    reads[i] = trial.readMs;
    writes[i] = trial.writeMs;
    if (tick) tick(i);
  }
  return to - from;
}

export function simulatePbs(o: PbsOptions): PbsResult {
  const plan = pbsPlan(o);
  const { trials } = plan;
  const every = o.progressEvery ?? 10_000;
  const out: PbsArrays = { tNeeded: new Float64Array(trials), reads: new Float64Array(trials), writes: new Float64Array(trials) };
  const onProgress = o.onProgress;
  const tick = onProgress ? (i: number): void => void ((i + 1) % every === 0 && i + 1 < trials && onProgress(i + 1, trials)) : undefined;
  for (let b = 0; b < pbsBlocks(plan); b++) runPbsBlock(plan, b, out, tick);
  o.onProgress?.(trials, trials);
  return summarisePbs(o, plan, out);
}

/** The report of a run from its per-trial figures (reorders them). */
export function summarisePbs(o: Pick<PbsOptions, 'at' | 'targets'>, plan: PbsPlan, { tNeeded, reads, writes }: PbsArrays): PbsResult {
  const strict = analyseQuorum({ n: plan.n, r: plan.r, w: plan.w }).intersects;
  // Counting and selection instead of sorting: a million trials need a dozen order
  // statistics, not a sorted array (three sorts were a quarter of the run).
  const targets = o.targets ?? DEFAULT_TARGETS;
  const at = o.at ?? DEFAULT_AT;
  const visible = quantiles(tNeeded, targets);
  return {
    n: plan.n, r: plan.r, w: plan.w, model: plan.model.name, trials: plan.trials, seed: plan.seed, strict,
    consistency: fractionsAtMost(tNeeded, at).map((probability, i) => ({ tMs: at[i]!, probability })),
    tVisibility: targets.map((probability, i) => ({ probability, tMs: Math.max(0, visible[i]!) })),
    readLatency: percentiles(reads),
    writeLatency: percentiles(writes),
  };
}

interface Trial {
  /** Draws one trial; its figures are then in the fields below. */
  run(): void;
  tNeeded: number;
  readMs: number;
  writeMs: number;
}

/**
 * One trial at a time into buffers allocated once: a million trials allocate nothing
 * per trial. Draws happen in a fixed order, so a seed gives the same figures.
 */
function trialRunner(n: number, r: number, w: number, model: WarsModel, random: Random): Trial {
  const remote = model.remoteDelayMs ?? 0;
  const ws = new Float64Array(n);
  const rs = new Float64Array(n);
  const acks = new Float64Array(n);
  const rounds = new Float64Array(n);
  /** Replica indices by round-trip time, ties in index order (a stable sort). */
  const order = new Int32Array(n);
  const legs = [model.w, model.a, model.r, model.s];
  const table = flattenLegs(legs);
  const [drawW, drawA, drawR, drawS] = table
    ? [0, 1, 2, 3].map((leg) => flatSampler(table, leg * LEG_STRIDE, random))
    : (legs.map((d) => sampler(d, random)) as Array<() => number>);
  if (!drawW || !drawA || !drawR || !drawS) throw new Error('PBS: a WARS model has four legs');
  const trial: Trial = {
    tNeeded: Infinity,
    readMs: 0,
    writeMs: 0,
    run() {
      const writerLocal = remote > 0 ? Math.floor(random() * n) : -1;
      const readerLocal = remote > 0 ? Math.floor(random() * n) : -1;
      for (let i = 0; i < n; i++) {
        const wDelay = i === writerLocal ? 0 : remote;
        const rDelay = i === readerLocal ? 0 : remote;
        const wi = drawW() + wDelay;
        ws[i] = wi;
        acks[i] = wi + drawA() + wDelay;
        const ri = drawR() + rDelay;
        rs[i] = ri;
        rounds[i] = ri + drawS() + rDelay;
      }
      // Insertion sort: a TypedArray sort call per trial cost more than sorting n values.
      for (let i = 1; i < n; i++) {
        const v = acks[i]!;
        let j = i - 1;
        while (j >= 0 && acks[j]! > v) {
          acks[j + 1] = acks[j]!;
          j -= 1;
        }
        acks[j + 1] = v;
      }
      const commit = acks[w - 1]!;
      // Insertion sort: n is a replica count, and it keeps ties in index order.
      for (let i = 0; i < n; i++) {
        let j = i;
        while (j > 0 && rounds[order[j - 1]!]! > rounds[i]!) {
          order[j] = order[j - 1]!;
          j -= 1;
        }
        order[j] = i;
      }
      let tNeeded = Infinity;
      for (let k = 0; k < r; k++) {
        const i = order[k]!;
        tNeeded = Math.min(tNeeded, ws[i]! - commit - rs[i]!);
      }
      trial.tNeeded = tNeeded;
      trial.readMs = rounds[order[r - 1]!]!;
      trial.writeMs = commit;
    },
  };
  return trial;
}

/** For each x, the fraction of values ≤ x: one pass over the values, a binary search per value over the sorted xs. */
export function fractionsAtMost(values: Float64Array, xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const sorted = order.map((o) => o.x);
  /** counts[k]: values v with sorted[k-1] < v ≤ sorted[k]. */
  const counts = new Float64Array(sorted.length + 1);
  for (let j = 0; j < values.length; j++) {
    const v = values[j]!;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v <= sorted[mid]!) hi = mid;
      else lo = mid + 1;
    }
    counts[lo]! += 1;
  }
  const out = new Array<number>(xs.length);
  let below = 0;
  order.forEach((o, k) => {
    below += counts[k]!;
    out[o.i] = below / values.length;
  });
  return out;
}

/**
 * For each p, the smallest value v with fraction(≤ v) ≥ p: the value of rank
 * ceil(p·n) − 1, found by selection (Hoare's quickselect, median-of-three pivots). The
 * ranks are selected in increasing order, each within what the previous one left to its
 * right, so a dozen ranks cost a few passes. Reorders `values`.
 */
export function quantiles(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  const rankOf = (p: number): number => Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
  const order = ps.map((p, i) => ({ rank: rankOf(p), i })).sort((a, b) => a.rank - b.rank);
  const out = new Array<number>(ps.length);
  let from = 0;
  for (const { rank, i } of order) {
    select(values, from, n - 1, rank);
    out[i] = values[rank]!;
    from = rank;
  }
  return out;
}

/** Moves the value of rank k (within a[lo..hi]) to a[k], smaller ones before it and larger after. */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot, so sorted or constant input does not go quadratic.
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

function percentiles(values: Float64Array): { p50: number; p99: number; p999: number } {
  const [p50, p99, p999] = quantiles(values, [0.5, 0.99, 0.999]) as [number, number, number];
  return { p50, p99, p999 };
}

/**
 * (K, p)-regular semantics for non-expanding quorums chosen uniformly at random:
 * the probability that a read returns one of the last k versions,
 * 1 − (C(N−W, R) / C(N, R))^k (PBS §3; a lower bound for expanding quorums).
 */
export function kStaleness(n: number, r: number, w: number, k: number): number {
  analyseQuorum({ n, r, w });
  if (!Number.isInteger(k) || k < 1) throw new UsageError(`k must be a positive integer, got ${k}`);
  const missAll = choose(n - w, r) / choose(n, r);
  return 1 - missAll ** k;
}

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}
