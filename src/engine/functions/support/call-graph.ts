/**
 * Walks over the call graph for the retry and timeout rules. Loading rejects call
 * cycles, so every walk ends; the memo keeps each service visited once.
 */
import type { Call, Retries, Service, SystemModel } from '../../../model/types.js';
import type { CheckContext } from '../../types.js';
import { lookup } from '../../../model/lookup.js';

/** Names of the services some other service calls; the rest are entry points. */
export function calledServices(ctx: CheckContext): Set<string> {
  return ctx.knowledge.memo('services/called', () => new Set(ctx.model.services.flatMap((s) => s.calls.map((c) => c.service))));
}

export interface Chain {
  /** Calls from the start service down to the end of the chain. */
  calls: Array<{ from: string; call: Call }>;
  factor: number;
}

/** Requests one attempt can turn into: attempts, or 1 + budget when a retry budget caps retries. */
export function multiplier(r: Retries | undefined): number {
  if (!r) return 1;
  return r.budget !== undefined ? Math.min(r.attempts, 1 + r.budget) : r.attempts;
}

/** The call chain from `start` whose product of attempts is largest. */
export function worstRetryChain(model: SystemModel, start: string, memo = new Map<string, Chain>()): Chain {
  const known = memo.get(start);
  if (known) return known;
  const svc = lookup(model).services.get(start);
  let best: Chain = { calls: [], factor: 1 };
  for (const call of svc?.calls ?? []) {
    const below = worstRetryChain(model, call.service, memo);
    const factor = multiplier(call.retries) * below.factor;
    if (factor > best.factor) best = { calls: [{ from: start, call }, ...below.calls], factor };
  }
  memo.set(start, best);
  return best;
}

/** Sum of the waits between attempts at their cap (jitter only shortens them); 0 when no delay is declared. */
export function backoffMs(r: Retries | undefined): number {
  if (!r || r.attempts < 2 || r.backoff === 'none' || r.baseDelay === undefined) return 0;
  const cap = r.maxDelay ?? Number.POSITIVE_INFINITY;
  let total = 0;
  for (let i = 1; i < r.attempts; i++) {
    const raw = r.backoff === 'fixed' ? r.baseDelay : r.backoff === 'linear' ? r.baseDelay * i : r.baseDelay * 2 ** (i - 1);
    total += Math.min(cap, raw);
  }
  return total;
}

export interface CallTime {
  ms: number;
  /** How the time is made up, for messages. */
  how: string;
}

/**
 * The longest a synchronous call can keep its caller waiting: every attempt runs to
 * its timeout, plus the backoff between attempts. An attempt with no timeout lasts as
 * long as the callee's own worst case; undefined when nothing bounds it.
 */
export function callTime(model: SystemModel, call: Call, memo = new Map<string, CallTime | undefined>()): CallTime | undefined {
  const attempts = call.retries?.attempts ?? 1;
  const per = call.timeout !== undefined ? { ms: call.timeout, how: `${fmt(call.timeout)} timeout` } : serviceTime(model, call.service, memo);
  if (!per) return undefined;
  const backoff = backoffMs(call.retries);
  const ms = attempts * per.ms + backoff;
  const how = `${attempts} attempt${attempts === 1 ? '' : 's'} × ${call.timeout !== undefined ? per.how : `('${call.service}' up to ${fmt(per.ms)})`}${backoff ? ` + ${fmt(backoff)} backoff` : ''}`;
  return { ms, how };
}

/** A service's worst case: its slowest synchronous dependency (calls may run in parallel, so they are not summed). */
export function serviceTime(model: SystemModel, name: string, memo = new Map<string, CallTime | undefined>()): (CallTime & { call?: Call }) | undefined {
  if (memo.has(name)) return memo.get(name);
  const svc: Service | undefined = lookup(model).services.get(name);
  let worst: (CallTime & { call: Call }) | undefined;
  for (const call of svc?.calls.filter((c) => c.mode === 'sync') ?? []) {
    const t = callTime(model, call, memo);
    if (t && (!worst || t.ms > worst.ms)) worst = { ...t, call };
  }
  memo.set(name, worst);
  return worst;
}

export const fmt = (ms: number): string => (ms >= 1000 ? `${Number((ms / 1000).toFixed(2))}s` : `${Math.round(ms)}ms`);
