/**
 * Timeouts and retries that fit together, computed bottom-up over the call graph (the
 * loader rejects cycles): a call's timeout must cover everything its callee does in
 * turn (its calls × attempts + backoff), and retries stay under a 10× amplification
 * along any chain. Backoff is exponential with full jitter; its worst case is the cap.
 */
import type { Call, SystemModel } from '../model/types.js';

export const MAX_ATTEMPTS = 3;
export const MAX_AMPLIFICATION = 10;
export const DEFAULT_BASE_MS = 100;
export const DEFAULT_MAX_DELAY_MS = 2000;
/** A leaf call with no declared timeout gets the callee's p99 target, else this. */
export const DEFAULT_LEAF_TIMEOUT_MS = 1000;
const MARGIN = 1.25;

export interface CallPlan {
  attempts: number;
  timeoutMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Worst-case time of the whole call: attempts × timeout + backoff. */
  totalMs: number;
  /** The callee's own worst-case time (its calls), which the timeout must cover. */
  calleeMs: number;
  /** Attempts multiplied along the deepest chain below this call, this call included. */
  amplification: number;
}

export function backoffTotal(attempts: number, base: number, cap: number): number {
  let sum = 0;
  for (let i = 0; i < attempts - 1; i++) sum += Math.min(cap, base * 2 ** i);
  return sum;
}

export interface ServiceBudget {
  /** Worst-case time the service spends in its synchronous calls. */
  ms: number;
  amplification: number;
  calls: Map<Call, CallPlan>;
}

export function planBudgets(model: SystemModel): Map<string, ServiceBudget> {
  const memo = new Map<string, ServiceBudget>();
  const visit = (name: string, seen: string[]): ServiceBudget => {
    const done = memo.get(name);
    if (done) return done;
    const service = model.services.find((s) => s.name === name);
    const calls = new Map<Call, CallPlan>();
    let ms = 0;
    let amplification = 1;
    for (const call of service?.calls ?? []) {
      const callee = seen.includes(call.service) ? { ms: 0, amplification: 1, calls: new Map() } : visit(call.service, [...seen, name]);
      const retriable = call.idempotent || call.idempotencyKey;
      const wanted = retriable ? Math.min(call.retries?.attempts ?? MAX_ATTEMPTS, MAX_ATTEMPTS) : 1;
      const attempts = Math.max(1, Math.min(wanted, Math.floor(MAX_AMPLIFICATION / callee.amplification)));
      const baseDelayMs = call.retries?.baseDelay ?? DEFAULT_BASE_MS;
      const maxDelayMs = call.retries?.maxDelay ?? DEFAULT_MAX_DELAY_MS;
      const calleeService = model.services.find((s) => s.name === call.service);
      const leaf = calleeService?.requirements?.latency?.read?.p99 ?? DEFAULT_LEAF_TIMEOUT_MS;
      // A queued (async) call only waits for the enqueue, not for the callee's work.
      const floor = call.mode === 'sync' && callee.ms > 0 ? Math.ceil(callee.ms * MARGIN) : (call.timeout ?? leaf);
      const timeoutMs = Math.max(call.timeout ?? floor, floor);
      const totalMs = attempts * timeoutMs + backoffTotal(attempts, baseDelayMs, maxDelayMs);
      calls.set(call, { attempts, timeoutMs, baseDelayMs, maxDelayMs, totalMs, calleeMs: callee.ms, amplification: attempts * callee.amplification });
      // Calls may run in parallel: a service's time is its slowest call, as the timeout rules assume.
      if (call.mode === 'sync') ms = Math.max(ms, totalMs);
      amplification = Math.max(amplification, attempts * callee.amplification);
    }
    const budget = { ms, amplification, calls };
    memo.set(name, budget);
    return budget;
  };
  for (const s of model.services) visit(s.name, []);
  return memo;
}
