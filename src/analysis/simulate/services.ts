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

interface RegionState {
  state: ServiceState;
  reasons: string[];
  failureMode?: 'fails-fast' | 'piles-up';
  capacity?: string;
}

/** What a service touches, resolved to store names once per model. */
interface Needs {
  reads: Array<[dataset: string, store: string]>;
  writes: Array<[dataset: string, store: string]>;
}

const needsCache = new WeakMap<SystemModel, Map<string, Needs>>();

function needsOf(model: SystemModel): Map<string, Needs> {
  const known = needsCache.get(model);
  if (known) return known;
  const index = lookup(model);
  const resolve = (list: string[]): Array<[string, string]> => list.flatMap((ds): Array<[string, string]> => {
    const store = index.datasets.get(ds)?.store;
    return store ? [[ds, store]] : [];
  });
  const out = new Map(model.services.map((s) => [s.name, { reads: resolve(s.reads), writes: resolve(s.writes) }]));
  needsCache.set(model, out);
  return out;
}

const RANK: Record<ServiceState, number> = { down: 0, degraded: 1, up: 2 };
const worse = (a: ServiceState, b: ServiceState): ServiceState => (RANK[a] <= RANK[b] ? a : b);

/** Whether the service's own instances run in `region` (before looking at dependencies). */
function runsIn(world: World, svc: Service, region: string): RegionState {
  if (world.down.has(svc.name)) return { state: 'down', reasons: ['it is down'] };
  if (world.lostRegions.has(region)) return { state: 'down', reasons: [`${region} is lost`] };
  let instances = svc.instances;
  const lostZones = world.lostZones.get(region);
  if (lostZones) {
    const zones = zonesIn(instances, svc.zones);
    for (const z of lostZones) if (z <= zones) instances -= Math.floor(svc.instances / zones) + (z - 1 < svc.instances % zones ? 1 : 0);
  }
  // Crashed instances fall on the first region the service runs in.
  if (svc.regions[0] === region) instances -= world.crashed.get(svc.name) ?? 0;
  if (instances <= 0) return { state: 'down', reasons: [`no instance is left in ${region}`] };
  if (instances < svc.instances) return { state: 'up', reasons: [], capacity: `${svc.instances - instances} of ${svc.instances} instances in ${region} are down; the rest carry the load` };
  return { state: 'up', reasons: [] };
}

function callFailureMode(call: Call): 'fails-fast' | 'piles-up' {
  if (call.timeout === undefined) return 'piles-up';
  if (call.circuitBreaker) return 'fails-fast';
  return (call.retries?.attempts ?? 1) > 1 ? 'piles-up' : 'fails-fast';
}

export function simulateServices(inputs: ServiceInputs): ServiceEffect[] {
  const { model, world, stores, topics, caches } = inputs;
  const index = lookup(model);
  const needs = needsOf(model);
  // Every store effect lists the world's sides in the same order, so a region's side
  // index finds its reads and writes directly.
  const sideIndex = new Map<string, number>();
  world.sides.forEach((side, i) => { for (const r of side) sideIndex.set(r, i); });
  const opOn = (effect: StoreEffect | undefined, side: number, op: 'reads' | 'writes'): OpState => {
    if (!effect) return 'available';
    return effect.sides[side]?.[op] ?? 'unavailable';
  };
  const memo = new Map<string, Map<string, RegionState>>();
  /** The best state a callee offers on one side of the world, per call mode. */
  const bestMemo = new Map<string, ServiceState>();

  const bestOn = (callee: Service, side: number, async: boolean): ServiceState => {
    const key = `${callee.name}\u0000${side}\u0000${async ? 'a' : 's'}`;
    const known = bestMemo.get(key);
    if (known) return known;
    let best: ServiceState = 'down';
    const states = async ? undefined : evaluate(callee);
    for (const r of callee.regions) {
      if (sideIndex.get(r) !== side) continue;
      const s = async ? runsIn(world, callee, r).state : states!.get(r)?.state ?? 'down';
      if (RANK[s] > RANK[best]) best = s;
      if (best === 'up') break;
    }
    bestMemo.set(key, best);
    return best;
  };

  const evaluate = (svc: Service): Map<string, RegionState> => {
    const known = memo.get(svc.name);
    if (known) return known;
    const out = new Map<string, RegionState>();
    memo.set(svc.name, out); // async calls may loop back; they only read callees' own instances
    const need = needs.get(svc.name)!;
    for (const region of svc.regions) {
      const own = runsIn(world, svc, region);
      if (own.state === 'down') { out.set(region, own); continue; }
      const side = sideIndex.get(region) ?? -1;
      let state: ServiceState = own.state;
      const reasons: string[] = [];
      let failureMode: 'fails-fast' | 'piles-up' | undefined;
      for (const [ds, store] of need.reads) {
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
      for (const [ds, store] of need.writes) {
        if (opOn(stores.get(store), side, 'writes') === 'unavailable') {
          state = worse(state, caches.has(store) ? 'degraded' : 'down');
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
        const best = bestOn(callee, side, call.mode === 'async');
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
      const entry: RegionState = { state, reasons };
      if (failureMode) entry.failureMode = failureMode;
      out.set(region, entry);
    }
    return out;
  };

  return model.services.map((svc): ServiceEffect => {
    const regions = evaluate(svc);
    let up = 0;
    let serving = 0;
    let mode: 'fails-fast' | 'piles-up' | undefined;
    const servingRegions: string[] = [];
    const reasons: string[] = [];
    for (const r of svc.regions) {
      const s = regions.get(r);
      if (!s) continue;
      if (s.state === 'up') { up += 1; servingRegions.push(r); }
      if (s.state !== 'down') serving += 1;
      mode ??= s.failureMode;
      for (const why of s.reasons) if (!reasons.includes(why)) reasons.push(why);
    }
    const state: ServiceState = regions.size > 0 && up === regions.size ? 'up' : serving > 0 ? 'degraded' : 'down';
    const effect: ServiceEffect = { name: svc.name, path: svc.path, state, servingRegions, reasons };
    if (state === 'down' && mode) effect.failureMode = mode;
    return effect;
  });
}
