/**
 * Availability arithmetic (facts.md §6.2, §6.3). Serial dependencies multiply;
 * redundant parallel copies fail only together, 1 − Π(1 − aᵢ). Both assume
 * independent failures, which shared regions, deploys and control planes break:
 * the parallel figure is an upper bound. A month is 30 days, a year 365.25 days.
 */
import { UsageError } from '../errors.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const PERIOD_MS = { week: 7 * DAY_MS, month: 30 * DAY_MS, year: 365.25 * DAY_MS } as const;
export type Period = keyof typeof PERIOD_MS;

/** Each value must be a fraction in [0, 1] (a UsageError otherwise). */
export function check(values: readonly number[]): void {
  for (const a of values) {
    if (!Number.isFinite(a) || a < 0 || a > 1) throw new UsageError(`availability must be a fraction in [0, 1], got ${a}`);
  }
}

/** All parts are needed: Π aᵢ. */
export function serial(parts: readonly number[]): number {
  check(parts);
  return parts.reduce((p, a) => p * a, 1);
}

/** Any one part suffices (independent failures): 1 − Π(1 − aᵢ). */
export function parallel(parts: readonly number[]): number {
  check(parts);
  return parts.length === 0 ? 0 : 1 - parts.reduce((p, a) => p * (1 - a), 1);
}

/** At least k of n independent replicas of availability a are up. */
export function kOfN(a: number, k: number, n: number): number {
  check([a]);
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || k > n) throw new UsageError(`need 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  let sum = 0;
  for (let i = k; i <= n; i++) sum += binomial(n, i) * a ** i * (1 - a) ** (n - i);
  return Math.min(1, sum);
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

/** Expected downtime in ms over a period at availability a. */
export function downtimeMs(a: number, period: Period = 'month'): number {
  check([a]);
  return (1 - a) * PERIOD_MS[period];
}

export interface ErrorBudget {
  /** Allowed failure fraction, 1 − target. */
  fraction: number;
  perWeekMs: number;
  perMonthMs: number;
  perYearMs: number;
}

export function errorBudget(target: number): ErrorBudget {
  return {
    fraction: 1 - target,
    perWeekMs: downtimeMs(target, 'week'),
    perMonthMs: downtimeMs(target, 'month'),
    perYearMs: downtimeMs(target, 'year'),
  };
}

/** `99.95%`, to two decimals past the last 9 that matters. */
export function formatAvailability(a: number): string {
  const pct = a * 100;
  const digits = pct >= 99.99 ? 4 : pct >= 99 ? 3 : 2;
  return `${pct.toFixed(digits).replace(/\.?0+$/, '')}%`;
}

/** `21.6 min`, `4.3 min`, `25.9 s`, `8.77 h`. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(2)} h`;
}

/**
 * At least k of the parts up. Equal parts use the binomial formula; unequal ones
 * the Poisson-binomial distribution, built one part at a time (p[j] = P(j up)).
 */
export function atLeastK(values: number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > values.length) throw new UsageError(`k must be between 1 and the number of parts (${values.length}), got ${k}`);
  if (values.every((v) => v === values[0])) return kOfN(values[0]!, k, values.length);
  let p = [1];
  for (const a of values) p = [...p, 0].map((_, j) => (p[j] ?? 0) * (1 - a) + (j > 0 ? p[j - 1]! * a : 0));
  return Math.min(1, p.slice(k).reduce((s, x) => s + x, 0));
}

// Composition along a call graph: src/analysis/availability-graph.ts.
export { callGraphComposer, composeCallGraph, type CallGraphComposer, type GraphService, type ServiceAvailability } from './availability-graph.js';
