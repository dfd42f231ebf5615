/**
 * Services along the call graph: a service serves in a region when it runs there and
 * every dependency it needs answers from that side of the world. A sync call to a
 * callee that cannot answer takes the caller down (failing fast with a timeout and a
 * breaker, piling up without); an async call, an outbox or a cache miss only degrade it.
 */
import { lookup } from '../../model/lookup.js';
import type { Call, Service, SystemModel } from '../../model/types.js';
import { zonesIn } from './world.js';
import type { World } from './world.js';
import type { OpState, ServiceEffect, ServiceState, StoreEffect } from './types.js';

export interface ServiceInputs {
  model: SystemModel;
  world: World;
  /** store name → effect; topic name → effect. */
  stores: Map<string, StoreEffect>;
  topics: Map<string, StoreEffect>;
  /** Stores whose engine is a cache: losing one degrades its readers instead of stopping them. */
  caches: Set<string>;
}

type RegionState = { state: ServiceState; reasons: string[]; failureMode?: 'fails-fast' | 'piles-up'; capacity?: string };

const worse = (a: ServiceState, b: ServiceState): ServiceState => (a === 'down' || b === 'down' ? 'down' : a === 'degraded' || b === 'degraded' ? 'degraded' : 'up');

function sideOf(world: World, region: string): string[] | undefined {
  return world.sides.find((s) => s.includes(region));
}

function opOn(effect: StoreEffect | undefined, side: readonly string[], op: 'reads' | 'writes'): OpState {
  if (!effect) return 'available';
  const match = effect.sides.find((s) => s.regions.some((r) => side.includes(r)));
  return match ? match[op] : 'unavailable';
}

/** Whether the service's own instances run in `region` (before looking at dependencies). */
function runsIn(inputs: ServiceInputs, svc: Service, region: string): RegionState {
  const { world } = inputs;
  if (world.down.has(svc.name)) return { state: 'down', reasons: ['it is down'] };
  if (world.lostRegions.has(region)) return { state: 'down', reasons: [`${region} is lost`] };
  let instances = svc.instances;
  const reasons: string[] = [];
  const zones = zonesIn(instances, svc.zones);
  for (const z of world.lostZones.get(region) ?? []) {
    if (z <= zones) instances -= Math.floor(svc.instances / zones) + (z - 1 < svc.instances % zones ? 1 : 0);
  }
  // Crashed instances fall on the first region the service runs in.
  if (svc.regions[0] === region) instances -= world.crashed.get(svc.name) ?? 0;
  if (instances <= 0) return { state: 'down', reasons: [`no instance is left in ${region}`] };
  const capacity = instances < svc.instances ? `${svc.instances - instances} of ${svc.instances} instances in ${region} are down; the rest carry the load` : undefined;
  return { state: 'up', reasons, ...(capacity ? { capacity } : {}) };
}

function callFailureMode(call: Call): 'fails-fast' | 'piles-up' {
  if (call.timeout === undefined) return 'piles-up';
  if (call.circuitBreaker) return 'fails-fast';
  return (call.retries?.attempts ?? 1) > 1 ? 'piles-up' : 'fails-fast';
}

export function simulateServices(inputs: ServiceInputs): ServiceEffect[] {
  const { model, world, stores, topics, caches } = inputs;
  const index = lookup(model);
  const datasetStore = (name: string): string | undefined => index.datasets.get(name)?.store;
  const memo = new Map<string, Map<string, RegionState>>();

  const evaluate = (svc: Service): Map<string, RegionState> => {
    const known = memo.get(svc.name);
    if (known) return known;
    const out = new Map<string, RegionState>();
    memo.set(svc.name, out); // async calls may loop back; they only read callees' own instances
    for (const region of svc.regions) {
      const own = runsIn(inputs, svc, region);
      if (own.state === 'down') { out.set(region, own); continue; }
      const side = sideOf(world, region) ?? [region];
      let state: ServiceState = own.state;
      const reasons = [...own.reasons];
      let failureMode: 'fails-fast' | 'piles-up' | undefined;
      for (const ds of svc.reads) {
        const store = datasetStore(ds);
        if (!store) continue;
        const op = opOn(stores.get(store), side, 'reads');
        if (op === 'unavailable') {
          const cache = caches.has(store);
          state = worse(state, cache ? 'degraded' : 'down');
          reasons.push(cache ? `cache ${store} is unreachable: reads of ${ds} fall through` : `cannot read ${ds} (${store} serves no reads in ${region})`);
        } else if (op === 'stale') {
          state = worse(state, 'degraded');
          reasons.push(`reads of ${ds} are stale in ${region}`);
        }
      }
      for (const ds of svc.writes) {
        const store = datasetStore(ds);
        if (!store) continue;
        if (opOn(stores.get(store), side, 'writes') === 'unavailable') {
          const cache = caches.has(store);
          state = worse(state, cache ? 'degraded' : 'down');
          reasons.push(`cannot write ${ds} (${store} takes no writes in ${region})`);
        }
      }
      for (const p of svc.publishes) {
        if (opOn(topics.get(p.topic), side, 'writes') === 'unavailable') {
          const buffered = p.via !== 'direct';
          state = worse(state, buffered ? 'degraded' : 'down');
          reasons.push(buffered ? `${p.topic} takes no messages; the ${p.via} holds them until it does` : `cannot publish to ${p.topic}`);
        }
      }
      for (const call of svc.calls) {
        const callee = index.services.get(call.service);
        if (!callee) continue;
        const calleeStates = call.mode === 'async'
          ? new Map(callee.regions.map((r) => [r, runsIn(inputs, callee, r)]))
          : evaluate(callee);
        const reachable = callee.regions.filter((r) => side.includes(r)).map((r) => calleeStates.get(r)?.state ?? 'down');
        const best: ServiceState = reachable.includes('up') ? 'up' : reachable.includes('degraded') ? 'degraded' : 'down';
        if (best === 'down') {
          if (call.mode === 'async') {
            state = worse(state, 'degraded');
            reasons.push(`${call.service} is down; its queued work waits`);
          } else {
            state = 'down';
            failureMode = failureMode === 'piles-up' ? 'piles-up' : callFailureMode(call);
            reasons.push(`${call.service} does not answer in ${region}: the call ${failureMode === 'fails-fast' ? 'fails fast' : 'piles up (no timeout, or retries without a breaker)'}`);
          }
        } else if (best === 'degraded') {
          state = worse(state, 'degraded');
          reasons.push(`${call.service} is degraded`);
        }
      }
      // Lost capacity is worth saying last: what stops the service comes first.
      if (own.capacity) reasons.push(own.capacity);
      out.set(region, { state, reasons, ...(failureMode ? { failureMode } : {}) });
    }
    return out;
  };

  return model.services.map((svc) => {
    const regions = evaluate(svc);
    const states = [...regions.values()];
    const serving = svc.regions.filter((r) => regions.get(r)?.state === 'up');
    const anyServing = states.some((s) => s.state !== 'down');
    const state: ServiceState = states.length > 0 && states.every((s) => s.state === 'up') ? 'up' : anyServing ? 'degraded' : 'down';
    const reasons = [...new Set(states.flatMap((s) => s.reasons))];
    const mode = states.find((s) => s.failureMode)?.failureMode;
    return { name: svc.name, path: svc.path, state, ...(state === 'down' && mode ? { failureMode: mode } : {}), servingRegions: serving, reasons };
  });
}
