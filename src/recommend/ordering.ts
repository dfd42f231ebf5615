/**
 * Ordering: by what the data needs. Concurrent writers whose conflicts the application
 * resolves need to detect concurrency (vector clocks); last-writer-wins across writers
 * needs timestamps that respect causality with bounded skew (hybrid logical clocks);
 * gap-free sequences and total orders need one consensus log; events from several
 * producers that only need a causal order can carry Lamport timestamps.
 */
import { loadKnowledge } from '../knowledge/load.js';
import type { Dataset, SystemModel, Topic as MessageTopic } from '../model/types.js';
import { list, recId, REF, snake, storeNamed } from './shared.js';
import type { Recommendation, RecommendContext } from './types.js';
import { lookup } from '../model/lookup.js';

/** CockroachDB's default maximum clock offset, a bound HLC-based systems commonly enforce. */
const MAX_OFFSET_MS = 500;
const HLC_REF = 'CockroachDB, pkg/base/constants.go: DefaultMaxClockOffset = 500ms (the --max-offset a node tolerates before it stops)';

/** Replicas in several places accept writes to the same keys (several regions, or LWW declared). */
function multiWriter(ds: Dataset, model: SystemModel): { writers: boolean; resolution: string | undefined } {
  const store = storeNamed(model, ds.store);
  const topology = store?.topology ?? (store ? loadKnowledge().engines.get(store.engine)?.topology : undefined);
  const spread = (store?.regions.length ?? 0) > 1 || store?.conflictResolution === 'lww';
  return { writers: spread && (topology === 'multi-leader' || topology === 'leaderless'), resolution: store?.conflictResolution };
}

function forDataset(ds: Dataset, model: SystemModel): Recommendation | undefined {
  const base = { topic: 'ordering' as const, target: ds.path };
  if (ds.invariants.includes('sequential-id')) {
    return { ...base, id: recId('ordering', 'consensus-log', ds.name), title: `Number ${ds.name} from one counter, not a database sequence`, recommendation: `Assign ${ds.name}'s sequential ids from one counter row incremented in the same transaction that stores the record (UPDATE … SET n = n + 1 RETURNING n on a single leader or consensus group), or from a single consensus-replicated log; not a database sequence, and never per-replica counters.`, rationale: 'Gap-free, totally ordered ids are a total order: only one agreed counter can hand them out without two replicas issuing the same number, and only one updated inside the transaction leaves no gap when that transaction aborts. A database sequence is never gap-free: nextval() is not rolled back, so aborted transactions and crashes skip values (PostgreSQL documentation, "Sequence Manipulation Functions").', tradeoffs: 'Every id costs a round trip to the log\'s leader and a majority commit; batching ids (ranges per writer) trades gaps for throughput.', references: [REF.raft, REF.bailis2015], patterns: [] };
  }
  const { writers, resolution } = multiWriter(ds, model);
  if (!writers || ds.access.pattern === 'append') return undefined;
  const mergeable = ds.invariants.some((i) => i === 'counter' || i === 'grow-only-set');
  if (resolution === 'application' || resolution === 'crdt' || mergeable || ds.consistency === 'causal') {
    return { ...base, id: recId('ordering', 'vector-clock', ds.name), title: `Version ${ds.name} with vector clocks`, recommendation: `Version each ${ds.name} record with a vector clock (one entry per writing replica) so concurrent updates are detected and kept as siblings for the ${resolution === 'crdt' || mergeable ? 'CRDT merge' : 'application to merge'}, instead of one silently overwriting the other.`, rationale: `${ds.store} accepts writes on several replicas; only a vector clock tells "happened before" from "concurrent", which a merge needs.`, tradeoffs: 'A vector clock grows with the number of writers (prune or use dotted version vectors); readers must handle siblings.', references: [REF.vector, REF.lamport], patterns: ['vector-clock'], patternInputs: { 'vector-clock': { maxEntries: Math.max(1, storeNamed(model, ds.store)?.replicas ?? 1) } } };
  }
  return { ...base, id: recId('ordering', 'hlc', ds.name), title: `Timestamp ${ds.name} with hybrid logical clocks`, recommendation: `If ${ds.name} keeps last-writer-wins across its writers, timestamp writes with a hybrid logical clock and reject clocks more than ${MAX_OFFSET_MS} ms apart, so a causally later write always wins and a skewed clock cannot win for long.`, rationale: `${ds.store} accepts writes on several replicas and resolves conflicts by timestamp; wall clocks drift, so a write can lose to an earlier one from a node whose clock runs ahead.`, tradeoffs: 'LWW still drops one of two truly concurrent writes; HLC only makes the winner respect causality. Data that must not lose concurrent updates needs vector clocks or CRDTs instead.', references: [REF.hlc, HLC_REF], patterns: ['hybrid-logical-clock'], patternInputs: { 'hybrid-logical-clock': { maxDriftMs: MAX_OFFSET_MS } } };
}

function forTopic(t: MessageTopic, model: SystemModel): Recommendation | undefined {
  const producers = lookup(model).publishers.get(t.name) ?? [];
  const base = { topic: 'ordering' as const, target: t.path };
  if (t.ordering === 'total') {
    return { ...base, id: recId('ordering', 'consensus-log', t.name), title: `Keep ${t.name} in one replicated partition`, recommendation: `Keep ${t.name} in a single partition of a replicated log (acks=all, min.insync.replicas ≥ 2) so every consumer sees one total order.`, rationale: 'A total order over all events exists only where one log appends them; several partitions order only within each.', tradeoffs: 'One partition caps throughput at what one leader and one consumer can handle; prefer per-key ordering if the consumers allow it.', references: [REF.raft, 'Apache Kafka documentation, "Design: replication"'], patterns: [] };
  }
  if (t.ordering === 'per-key' && producers.length > 1) {
    return { ...base, id: recId('ordering', 'lamport', t.name), title: `Stamp ${t.name} events with Lamport clocks`, recommendation: `Partition ${t.name} by the entity key and have its ${producers.length} producers (${list(producers)}) stamp each event with a Lamport clock (max of the last seen and their own, plus one), so consumers can order causally related events from different producers.`, rationale: 'Per-key order holds only for events of one producer in one partition; events from different services about one entity need a logical clock to be ordered consistently with causality.', tradeoffs: 'A Lamport clock orders related events but cannot tell concurrent ones apart; producers must read the latest stamp before writing.', references: [REF.lamport], patterns: [] };
  }
  return undefined;
}

export function recommendOrdering(ctx: RecommendContext): Recommendation[] {
  return [...ctx.model.datasets.flatMap((d) => forDataset(d, ctx.model) ?? []), ...ctx.model.messaging.flatMap((t) => forTopic(t, ctx.model) ?? [])];
}
