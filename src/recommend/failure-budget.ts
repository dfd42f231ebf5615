/**
 * Timeouts and retries that fit together over the call graph (the loader rejects cycles).
 * First, bottom-up: attempts per call (capped at 3, 1 for calls that are neither idempotent
 * nor keyed, and so that attempts multiplied along any chain stay within 10×), and a
 * timeout for calls that declare none (enough for the callee's own calls). Then, top-down:
 * every service must finish its calls inside the timeout its callers give it (less a
 * margin), so a call that would overrun first loses retries, then gets a shorter timeout.
 * Backoff is exponential with full jitter; its worst case is the cap.
 */
import { callOrders } from '../model/call-order.js';
import { lookup } from '../model/lookup.js';
import type { Call, SystemModel } from '../model/types.js';

export const MAX_ATTEMPTS = 3;
export const MAX_AMPLIFICATION = 10;
export const DEFAULT_BASE_MS = 100;
export const DEFAULT_MAX_DELAY_MS = 2000;
/** A call with no declared timeout gets the callee's p99 read target, else this. */
export const DEFAULT_LEAF_TIMEOUT_MS = 1000;
/** A callee must answer within its caller's timeout divided by this. */
export const MARGIN = 1.25;

export interface CallPlan {
  attempts: number;
  timeoutMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Worst-case time of the whole call: attempts × timeout + backoff. */
  totalMs: number;
  /** The callee's own worst case (its slowest synchronous call), which the timeout must cover. */
  calleeMs: number;
  /** Attempts multiplied along the deepest chain below this call, this call included. */
  amplification: number;
  /** The time the caller itself has (its callers' timeout ÷ margin), when it has a caller. */
  budgetMs?: number;
  /** Why there are fewer attempts than declared: not idempotent, chain amplification, or the caller's budget. */
  limitedBy?: 'idempotency' | 'amplification' | 'budget';
}

export function backoffTotal(attempts: number, base: number, cap: number): number {
  let sum = 0;
  for (let i = 0; i < attempts - 1; i++) sum += Math.min(cap, base * 2 ** i);
  return sum;
}

const total = (p: Pick<CallPlan, 'attempts' | 'timeoutMs' | 'baseDelayMs' | 'maxDelayMs'>): number => p.attempts * p.timeoutMs + backoffTotal(p.attempts, p.baseDelayMs, p.maxDelayMs);

/** Callers before callees: reverse post-order of a depth-first walk. */
function topDown(model: SystemModel): string[] {
  return [...callOrders(model).all.postOrder].reverse();
}

export function planCalls(model: SystemModel): Map<Call, CallPlan> {
  const plans = new Map<Call, CallPlan>();
  const amp = new Map<string, number>();
  const services = lookup(model).services;
  const callsOf = (name: string): Call[] => services.get(name)?.calls ?? [];
  const worst = (name: string): number => Math.max(0, ...callsOf(name).filter((c) => c.mode === 'sync').map((c) => plans.get(c)?.totalMs ?? 0));
  // Bottom-up: attempts and missing timeouts.
  for (const name of topDown(model).reverse()) {
    let a = 1;
    for (const call of callsOf(name)) {
      const below = amp.get(call.service) ?? 1;
      const wanted = call.idempotent || call.idempotencyKey ? Math.min(call.retries?.attempts ?? MAX_ATTEMPTS, MAX_ATTEMPTS) : 1;
      const attempts = Math.max(1, Math.min(wanted, Math.floor(MAX_AMPLIFICATION / below)));
      const leaf = services.get(call.service)?.requirements?.latency?.read?.p99 ?? DEFAULT_LEAF_TIMEOUT_MS;
      const need = call.mode === 'sync' ? Math.ceil(worst(call.service) * MARGIN) : 0;
      const p = { attempts, timeoutMs: call.timeout ?? Math.max(leaf, need), baseDelayMs: call.retries?.baseDelay ?? DEFAULT_BASE_MS, maxDelayMs: call.retries?.maxDelay ?? DEFAULT_MAX_DELAY_MS };
      const limitedBy = wanted === 1 && (call.retries?.attempts ?? 1) > 1 ? 'idempotency' as const : attempts < wanted ? 'amplification' as const : undefined;
      plans.set(call, { ...p, totalMs: total(p), calleeMs: 0, amplification: attempts * below, ...(limitedBy ? { limitedBy } : {}) });
      a = Math.max(a, attempts * below);
    }
    amp.set(name, a);
  }
  // Top-down: fit each service's calls inside the time its callers give it.
  const budget = new Map<string, number>();
  for (const name of topDown(model)) {
    const b = budget.get(name);
    for (const call of callsOf(name)) {
      const p = { ...plans.get(call)! };
      if (b !== undefined && call.mode === 'sync') {
        while (p.attempts > 1 && total(p) > b) {
          p.attempts -= 1;
          p.limitedBy = 'budget';
        }
        if (total(p) > b) p.timeoutMs = Math.max(1, Math.floor(b));
        p.budgetMs = b;
      }
      p.totalMs = total(p);
      plans.set(call, p);
      if (call.mode === 'sync') budget.set(call.service, Math.min(budget.get(call.service) ?? Infinity, Math.floor(p.timeoutMs / MARGIN)));
    }
  }
  for (const [call, p] of plans) plans.set(call, { ...p, calleeMs: call.mode === 'sync' ? worst(call.service) : 0 });
  return plans;
}
