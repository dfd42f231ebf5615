/**
 * The least time a write to a store takes, from the region it starts in: the
 * round trips its coordination needs (a majority, a consistency level's acks, or
 * a trip to a single leader and its synchronous standbys).
 */
import { clientToLeader, kthNearestReplica, quorumLatency, round2, type LatencyEstimate, type RegionResolver } from '../../../analysis/physics.js';
import { majority, replicasAcked, CONSISTENCY_LEVELS, type ConsistencyLevel } from '../../../analysis/quorum.js';
import type { Datastore } from '../../../model/types.js';
import { settingOf, storeShape } from './coordination.js';
import { occupiedRegions } from './regions.js';

/** Levels that a coordinator answers from its own region (or the nearest replica): no cross-region wait. */
const LOCAL_LEVELS = ['ANY', 'ONE', 'LOCAL_ONE', 'LOCAL_QUORUM', 'LOCAL_SERIAL'];

export interface WriteLatency extends LatencyEstimate {
  /** What the write waits for, e.g. `a majority of 5 replicas`. */
  waitsFor: string;
}

/** Undefined when the store's writes do not wait on other regions. */
export function writeLatency(store: Datastore, from: string, resolve: RegionResolver): WriteLatency | undefined {
  const placement = Object.fromEntries(Object.entries(store.placement).filter(([, n]) => n > 0));
  const total = Object.values(placement).reduce((s, n) => s + n, 0);
  const level = settingOf(store, 'writeConsistency');
  if (typeof level === 'string' && (CONSISTENCY_LEVELS as readonly string[]).includes(level)) {
    if (LOCAL_LEVELS.includes(level)) return undefined;
    if (level === 'EACH_QUORUM') {
      const per = Object.entries(placement).map(([r, n]) => quorumLatency(from, { [r]: n }, majority(n), resolve));
      const worst = per.reduce((a, b) => (b.floorMs > a.floorMs ? b : a));
      const worstTypical = per.reduce((a, b) => (b.typicalMs > a.typicalMs ? b : a));
      return { ...worst, typicalMs: worstTypical.typicalMs, dominant: { floor: worst.dominant.floor, typical: worstTypical.dominant.typical }, waitsFor: `a majority in each of ${per.length} regions (EACH_QUORUM)` };
    }
    const acks = replicasAcked(level as ConsistencyLevel, placement, from in placement ? from : occupiedRegions(placement)[0]!);
    return { ...quorumLatency(from, placement, acks, resolve), waitsFor: `${acks} of ${total} replicas (${level})` };
  }
  const shape = storeShape(store);
  if (shape.topology === 'single-leader' && !shape.consensusEngine) {
    const leader = occupiedRegions(placement)[0]!;
    const sync = settingOf(store, 'syncReplicas');
    const acks = shape.replication === 'sync' ? Math.min(total, 1 + (typeof sync === 'number' && sync > 0 ? sync : 1)) : majority(total);
    const trip = clientToLeader(from, leader, resolve);
    const commit = kthNearestReplica({ from: leader, placement, acks, selfIsReplica: true, resolve });
    return {
      floorMs: trip.floorMs + commit.floorMs,
      typicalMs: round2(trip.typicalMs + commit.typicalMs),
      dominant: { floor: [...trip.dominant.floor, ...commit.dominant.floor], typical: [...trip.dominant.typical, ...commit.dominant.typical] },
      explanation: `${trip.explanation}; then ${commit.explanation}`,
      waitsFor: `the leader in ${leader} and ${acks} of ${total} replicas`,
    };
  }
  return { ...quorumLatency(from, placement, majority(total), resolve), waitsFor: `a majority of ${total} replicas` };
}
