/**
 * The state of the world in a scenario: which regions and zones are lost, which
 * surviving regions can still reach each other, and which nodes crashed.
 */
import type { Datastore, SystemModel } from '../../model/types.js';
import type { Failure } from './types.js';

export interface World {
  lostRegions: Set<string>;
  /** region → lost zone numbers. */
  lostZones: Map<string, Set<number>>;
  /** Surviving regions grouped by who can reach whom. */
  sides: string[][];
  /** store, topic or service → crashed nodes (the leader first). */
  crashed: Map<string, number>;
  failovers: Set<string>;
  skew: Map<string, number>;
  down: Set<string>;
}

const regionsCache = new WeakMap<SystemModel, string[]>();

/** Every region the system names (the system's, its stores', services' and topics'), sorted; computed once per model. */
export function allRegions(model: SystemModel): string[] {
  const known = regionsCache.get(model);
  if (known) return known;
  const all = new Set(model.regions.map((r) => r.id));
  for (const s of model.datastores) for (const r of s.regions) all.add(r);
  for (const s of model.services) for (const r of s.regions) all.add(r);
  for (const t of model.messaging) for (const r of t.regions) all.add(r);
  const sorted = [...all].sort();
  regionsCache.set(model, sorted);
  return sorted;
}

export function buildWorld(model: SystemModel, failures: readonly Failure[], regions = allRegions(model)): World {
  const world: World = { lostRegions: new Set(), lostZones: new Map(), sides: [], crashed: new Map(), failovers: new Set(), skew: new Map(), down: new Set() };
  const cuts: Array<Set<string>> = [];
  for (const f of failures) {
    if (f.kind === 'region') world.lostRegions.add(f.region);
    else if (f.kind === 'zone') world.lostZones.set(f.region, new Set([...(world.lostZones.get(f.region) ?? []), f.zone]));
    else if (f.kind === 'partition') cuts.push(new Set(f.sides[0]));
    else if (f.kind === 'node') world.crashed.set(f.target, (world.crashed.get(f.target) ?? 0) + 1);
    else if (f.kind === 'failover') world.failovers.add(f.store);
    else if (f.kind === 'skew') world.skew.set(f.region, Math.max(world.skew.get(f.region) ?? 0, Math.abs(f.ms)));
    else world.down.add(f.service);
  }
  // Two surviving regions share a side when no partition separates them.
  const groups = new Map<string, string[]>();
  for (const r of regions) {
    if (world.lostRegions.has(r)) continue;
    const key = cuts.map((c) => (c.has(r) ? 'a' : 'b')).join('');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  world.sides = [...groups.values()];
  return world;
}

export const zonesIn = (count: number, declared: number | undefined): number => Math.max(1, Math.min(count, declared ?? Math.min(count, 3)));

/** Replicas zone `zone` (1-based) holds when `count` replicas are spread round-robin over `zones` zones. */
export function replicasInZone(count: number, zones: number, zone: number): number {
  if (zone > zones) return 0;
  return Math.floor(count / zones) + (zone - 1 < count % zones ? 1 : 0);
}

/** Where the store's primary / leader lives: the first of its regions that holds a replica (zone 1 there). */
export function leaderRegion(store: Pick<Datastore, 'regions' | 'placement'>): string | undefined {
  return store.regions.find((r) => (store.placement[r] ?? 0) > 0) ?? store.regions[0];
}

export interface ReplicaState {
  /** region → replicas still up. */
  up: Map<string, number>;
  total: number;
  leaderLost: boolean;
  leaderRegion: string | undefined;
}

/** Replicas of a store (or topic) still up in each region, and whether its leader went down. */
export function replicaState(world: World, name: string, store: Pick<Datastore, 'regions' | 'placement' | 'zones'>): ReplicaState {
  const up = new Map<string, number>();
  let total = 0;
  const leader = leaderRegion(store);
  let leaderLost = world.failovers.has(name) || (world.crashed.get(name) ?? 0) > 0;
  for (const r of store.regions) {
    const count = store.placement[r] ?? 0;
    total += count;
    if (world.lostRegions.has(r)) {
      up.set(r, 0);
      if (r === leader) leaderLost = true;
      continue;
    }
    const zones = zonesIn(count, store.zones);
    let lost = 0;
    for (const z of world.lostZones.get(r) ?? []) lost += replicasInZone(count, zones, z);
    if (r === leader && (world.lostZones.get(r)?.has(1) ?? false) && count > 0) leaderLost = true;
    up.set(r, Math.max(0, count - lost));
  }
  // Crashed nodes: the leader first, then other replicas of its region.
  let crashed = world.crashed.get(name) ?? 0;
  for (const r of [leader, ...store.regions].filter((x): x is string => x !== undefined)) {
    while (crashed > 0 && (up.get(r) ?? 0) > 0) {
      up.set(r, (up.get(r) ?? 0) - 1);
      crashed -= 1;
    }
  }
  return { up, total, leaderLost, leaderRegion: leader };
}
