/**
 * How a store coordinates its writes, as configured or by its engine's defaults
 * (the knowledge base). Simple, documented heuristics, used by the fault-tolerance
 * and latency rules; the full classification lives in src/analysis/classify-*.
 */
import { getEngine } from '../../../knowledge/index.js';
import type { Datastore, ReplicationMode, Topology } from '../../../model/types.js';

/** Engines whose writes go through a consensus group (Paxos/Raft/ZAB) by design. */
export const CONSENSUS_ENGINES = ['spanner', 'cockroachdb', 'yugabytedb', 'tidb', 'foundationdb', 'etcd', 'zookeeper', 'consul'] as const;
/** Engines that elect a new primary by a majority vote of the replicas (MongoDB replica sets). */
const ELECTING_ENGINES = ['mongodb'];

export interface StoreShape {
  topology: Topology | undefined;
  replication: ReplicationMode | undefined;
  consensusEngine: boolean;
}

export function storeShape(store: Datastore): StoreShape {
  const profile = getEngine(store.engine);
  return {
    topology: store.topology ?? profile?.topology,
    replication: store.replication ?? profile?.replication,
    consensusEngine: (CONSENSUS_ENGINES as readonly string[]).includes(store.engine),
  };
}

/** A setting's value, or the engine's documented default. */
export function settingOf(store: Datastore, name: string): string | number | boolean | undefined {
  return store.settings[name] ?? getEngine(store.engine)?.settings[name]?.default;
}

/**
 * Why the store needs a majority of its replicas to keep accepting writes, or
 * undefined when it does not (async single-leader with manual failover, multi-leader).
 */
export function majorityReason(store: Datastore): string | undefined {
  const s = storeShape(store);
  if (s.consensusEngine || s.topology === 'consensus' || s.replication === 'consensus') return 'consensus needs a majority of replicas to commit and to elect a leader';
  if (s.topology === 'leaderless' || s.replication === 'quorum') return 'quorum reads and writes need a majority of replicas';
  if (ELECTING_ENGINES.includes(store.engine)) return 'replica-set elections need a majority of voting members';
  // With `failover: external` the vote is held by an outside consensus service (Patroni's
  // etcd, a cloud control plane), so the store's own replicas need no majority.
  if (s.topology === 'single-leader' && store.failover === 'automatic') return 'automatic failover needs a majority of voters to pick one new leader safely';
  return undefined;
}

/** The writes wait for replicas in other regions: consensus, quorum or sync replication, or a consensus engine. */
export function coordinatesSynchronously(store: Datastore): boolean {
  const s = storeShape(store);
  return s.consensusEngine || s.topology === 'consensus' || ['consensus', 'quorum', 'sync'].includes(s.replication ?? '');
}
