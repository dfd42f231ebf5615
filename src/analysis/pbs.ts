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
import { sampler, seededRandom, type Random, type WarsModel } from './pbs-distributions.js';

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

export function simulatePbs(o: PbsOptions): PbsResult {
  const strict = analyseQuorum({ n: o.n, r: o.r, w: o.w }).intersects;
  const trials = o.trials ?? 100_000;
  const seed = o.seed ?? 1;
  if (!Number.isInteger(trials) || trials < 1) throw new UsageError(`trials must be a positive integer, got ${trials}`);
  const random = seededRandom(seed);
  const every = o.progressEvery ?? 10_000;
  const tNeeded = new Float64Array(trials);
  const reads = new Float64Array(trials);
  const writes = new Float64Array(trials);
  const trial = trialRunner(o.n, o.r, o.w, o.model, random);
  for (let i = 0; i < trials; i++) {
    trial.run();
    tNeeded[i] = trial.tNeeded;
    reads[i] = trial.readMs;
    writes[i] = trial.writeMs;
    if (o.onProgress && (i + 1) % every === 0 && i + 1 < trials) o.onProgress(i + 1, trials);
  }
  o.onProgress?.(trials, trials);
  tNeeded.sort();
  reads.sort();
  writes.sort();
  return {
    n: o.n, r: o.r, w: o.w, model: o.model.name, trials, seed, strict,
    consistency: (o.at ?? DEFAULT_AT).map((tMs) => ({ tMs, probability: fractionAtMost(tNeeded, tMs) })),
    tVisibility: (o.targets ?? DEFAULT_TARGETS).map((probability) => ({ probability, tMs: Math.max(0, quantile(tNeeded, probability)) })),
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
  const [drawW, drawA, drawR, drawS] = [model.w, model.a, model.r, model.s].map((d) => sampler(d, random)) as [() => number, () => number, () => number, () => number];
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
      acks.sort();
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

/** Fraction of sorted values ≤ x. */
function fractionAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}

/** The smallest sorted value v with fraction(≤ v) ≥ p. */
function quantile(sorted: Float64Array, p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index]!;
}

function percentiles(sorted: Float64Array): { p50: number; p99: number; p999: number } {
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), p999: quantile(sorted, 0.999) };
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
