/**
 * The order of services along their calls, computed once per model without
 * recursion: callees before callers. `all` follows every call; `sync` only the
 * synchronous ones (the loader refuses synchronous cycles, but a queued call back
 * up the chain is ordinary, so `all` may have back edges, which walks cut).
 */
import { depthFirst, type GraphOrder } from './graph-order.js';
import { lookup } from './lookup.js';
import type { Call, SystemModel } from './types.js';

export interface CallOrders {
  all: GraphOrder<Call>;
  sync: GraphOrder<Call>;
}

const cache = new WeakMap<SystemModel, CallOrders>();

export function callOrders(model: SystemModel): CallOrders {
  let orders = cache.get(model);
  if (!orders) {
    const services = lookup(model).services;
    const roots = model.services.map((s) => s.name);
    const edges = (syncOnly: boolean) => (name: string) =>
      (services.get(name)?.calls ?? []).filter((c) => !syncOnly || c.mode === 'sync').map((c) => ({ to: c.service, edge: c }));
    orders = { all: depthFirst(roots, edges(false)), sync: depthFirst(roots, edges(true)) };
    cache.set(model, orders);
  }
  return orders;
}
