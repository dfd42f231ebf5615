/**
 * The numbers behind a replication recommendation: replicas for `tolerate` (2f+1 when
 * the store needs a majority — consensus, quorums, elections, automatic failover — else
 * f+1), a placement over enough regions and zones that losing one leaves a majority (or
 * a copy), synchronous standbys for rpo 0, and what a commit then costs in latency.
 */
import { leaderCommitLatency, legBetween, type RegionResolver } from '../analysis/physics.js';
import { majorityReason } from '../engine/functions/support/coordination.js';
import type { Datastore, Requirements, Topology } from '../model/types.js';

export interface ReplicationPlan {
  /** Why a majority is needed, or undefined. */
  majority: string | undefined;
  replicas: number;
  placement: Record<string, number>;
  zones: number | undefined;
  /** Regions beyond the store's own that the plan needs (ids from the system, or a placeholder). */
  addRegions: string[];
  syncStandbys: number;
  /** Commit latency under the plan, when the regions are known. */
  latency?: { floorMs: number; typicalMs: number; explanation: string };
}

/** `n` replicas over `regions`, round-robin from the first (the leader's region). */
export function spread(n: number, regions: string[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(regions.map((r) => [r, 0]));
  for (let i = 0; i < n; i++) out[regions[i % regions.length]!]! += 1;
  return out;
}

function safeLatency(fn: () => { floorMs: number; typicalMs: number; explanation: string }): ReplicationPlan['latency'] {
  try {
    return fn();
  } catch {
    return undefined; // a region without coordinates: no physics to report
  }
}

function placementFor(store: Datastore, replicas: number, regions: string[], regionLoss: boolean): Record<string, number> {
  if (regionLoss || regions.length > store.regions.length) return spread(replicas, regions);
  const out = { ...store.placement };
  const first = regions[0]!;
  out[first] = (out[first] ?? 0) + (replicas - store.replicas);
  return out;
}

export function planReplication(store: Datastore, topology: Topology, req: Requirements, systemRegions: string[], resolve: RegionResolver): ReplicationPlan {
  const majority = majorityReason(store);
  const f = req.tolerate.nodes;
  const regionLoss = req.tolerate.regions > 0;
  const regionsNeeded = regionLoss ? (majority ? 2 * req.tolerate.regions + 1 : req.tolerate.regions + 1) : 1;
  const spare = systemRegions.filter((r) => !store.regions.includes(r));
  const addRegions: string[] = [];
  while (store.regions.length + addRegions.length < regionsNeeded) addRegions.push(spare[addRegions.length] ?? `another region (#${addRegions.length + 1})`);
  const regions = [...(store.regions.length ? store.regions : ['default']), ...addRegions];
  let replicas = Math.max(store.replicas, majority ? 2 * f + 1 : f + 1, regionLoss ? regions.length : 1);
  if (majority && replicas % 2 === 0 && replicas > store.replicas) replicas += 1;
  if (majority && replicas % 2 === 0 && (regionLoss || req.tolerate.zones > 0)) replicas += 1;
  const placement = replicas === store.replicas && addRegions.length === 0 && !(regionLoss && majority) ? { ...store.placement } : placementFor(store, replicas, regions, regionLoss);
  const zonesNeeded = req.tolerate.zones > 0 ? (majority ? 3 : 2) : undefined;
  const zones = zonesNeeded !== undefined && (store.zones ?? 0) < zonesNeeded ? zonesNeeded : store.zones;
  const syncStandbys = topology === 'single-leader' ? (req.rpo === 0 ? Math.max(1, f) : 0) : 0;
  const leader = regions[0]!;
  const quorum = topology === 'consensus' || topology === 'leaderless';
  const latency = quorum
    ? safeLatency(() => leaderCommitLatency(leader, placement, resolve))
    : syncStandbys > 0
      ? safeLatency(() => {
          const target = regionLoss ? regions[1]! : leader;
          const leg = legBetween(leader, target, resolve);
          return { floorMs: leg.floorMs, typicalMs: leg.typicalMs, explanation: `a commit waits for a synchronous standby in ${target}, ~${leg.typicalMs.toFixed(1)} ms typical (${leg.typicalKind})` };
        })
      : undefined;
  return { majority, replicas, placement, zones, addRegions, syncStandbys, ...(latency ? { latency } : {}) };
}
