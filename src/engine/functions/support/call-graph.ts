/**
 * The call graph for the retry and timeout rules: each figure is computed for every
 * service at once, callees first (src/model/call-order.ts), and kept per model.
 */
import type { Call, Retries, SystemModel } from '../../../model/types.js';
import type { CheckContext } from '../../types.js';
import { callOrders } from '../../../model/call-order.js';
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

interface ChainStep {
  factor: number;
  /** The first call of the worst chain from this service, if any. */
  call?: Call;
}

const chainTables = new WeakMap<SystemModel, Map<string, ChainStep>>();

/** The worst chain from every service, callees first, in one pass; a call that closes a (queued) cycle is cut. */
function chainTable(model: SystemModel): Map<string, ChainStep> {
  let table = chainTables.get(model);
  if (table) return table;
  table = new Map();
  const { all } = callOrders(model);
  const services = lookup(model).services;
  for (const name of all.postOrder) {
    let best: ChainStep = { factor: 1 };
    for (const call of services.get(name)?.calls ?? []) {
      if (all.backEdges.has(call)) continue;
      const factor = multiplier(call.retries) * (table.get(call.service)?.factor ?? 1);
      if (factor > best.factor) best = { factor, call };
    }
    table.set(name, best);
  }
  chainTables.set(model, table);
  return table;
}

/** The call chain from `start` whose product of attempts is largest. */
export function worstRetryChain(model: SystemModel, start: string): Chain {
  const table = chainTable(model);
  const factor = table.get(start)?.factor ?? 1;
  const calls: Chain['calls'] = [];
  let from = start;
  for (let step = table.get(from); step?.call; step = table.get(from)) {
    calls.push({ from, call: step.call });
    from = step.call.service;
  }
  return { calls, factor };
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
export function callTime(model: SystemModel, call: Call): CallTime | undefined {
  return timeOfCall(call, (name) => serviceTimes(model).get(name));
}

function timeOfCall(call: Call, serviceWorst: (name: string) => CallTime | undefined): CallTime | undefined {
  const attempts = call.retries?.attempts ?? 1;
  const per = call.timeout !== undefined ? { ms: call.timeout, how: `${fmt(call.timeout)} timeout` } : serviceWorst(call.service);
  if (!per) return undefined;
  const backoff = backoffMs(call.retries);
  const ms = attempts * per.ms + backoff;
  const how = `${attempts} attempt${attempts === 1 ? '' : 's'} × ${call.timeout !== undefined ? per.how : `('${call.service}' up to ${fmt(per.ms)})`}${backoff ? ` + ${fmt(backoff)} backoff` : ''}`;
  return { ms, how };
}

type ServiceTime = CallTime & { call: Call };
const timeTables = new WeakMap<SystemModel, Map<string, ServiceTime | undefined>>();

/** Every service's worst case, callees first, in one pass over the synchronous calls. */
function serviceTimes(model: SystemModel): Map<string, ServiceTime | undefined> {
  let table = timeTables.get(model);
  if (table) return table;
  const times = new Map<string, ServiceTime | undefined>();
  const { sync } = callOrders(model);
  const services = lookup(model).services;
  for (const name of sync.postOrder) {
    let worst: ServiceTime | undefined;
    for (const call of services.get(name)?.calls ?? []) {
      if (call.mode !== 'sync' || sync.backEdges.has(call)) continue;
      const t = timeOfCall(call, (callee) => times.get(callee));
      if (t && (!worst || t.ms > worst.ms)) worst = { ...t, call };
    }
    times.set(name, worst);
  }
  timeTables.set(model, times);
  return times;
}

/** A service's worst case: its slowest synchronous dependency (calls may run in parallel, so they are not summed). */
export function serviceTime(model: SystemModel, name: string): ServiceTime | undefined {
  return serviceTimes(model).get(name);
}

export const fmt = (ms: number): string => (ms >= 1000 ? `${Number((ms / 1000).toFixed(2))}s` : `${Math.round(ms)}ms`);
