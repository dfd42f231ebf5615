/**
 * Partitioning: strategy and key from the access pattern (range scans → range; point
 * reads → hash; leaderless rings → consistent hashing; residency → geo), hot-key
 * mitigation by salting, and a shard count from throughput and size.
 */
import type { Dataset, Datastore, PartitionStrategy } from '../model/types.js';
import { loadKnowledge } from '../knowledge/load.js';
import { budgetOf, estimateShards, saltBuckets, sizing } from './partition-sizing.js';
import { recId, REF, snake, storeNamed } from './shared.js';
import type { Recommendation, RecommendContext } from './types.js';

/** Engines that partition by themselves, on a hash ring or by key ranges. */
const RING = new Set(['cassandra', 'scylladb', 'riak', 'dynamodb', 'cosmosdb']);
const RANGES = new Set(['cockroachdb', 'spanner', 'yugabytedb', 'tidb', 'hbase', 'foundationdb']);

function strategyFor(ds: Dataset, store: Datastore): { strategy: PartitionStrategy; why: string } {
  const pattern = ds.access.pattern ?? 'point';
  const monotonic = store.partitioning?.monotonicKey === true;
  if (monotonic) return { strategy: 'hash', why: `a monotonic key (time, sequence) sends every insert to the last range; hash a bucket prefix of it (and range-partition within the bucket if ${pattern} reads need order)${ds.residency.length ? `, and keep the replicas of every bucket inside ${ds.residency.join(', ')}` : ''}` };
  if (ds.residency.length > 0 && store.regions.length > 1) return { strategy: 'geo', why: `${ds.name} must stay in ${ds.residency.join(', ')}: pin each partition to a region inside its jurisdiction` };
  if (pattern === 'range' || pattern === 'scan') {
    return { strategy: 'range', why: `${pattern} reads need neighbouring keys on the same shard; hash partitioning would fan every scan out to all shards` };
  }
  if (RANGES.has(store.engine)) return { strategy: 'range', why: `${store.engine} splits and moves key ranges by itself as they grow or get hot, so ${pattern} access needs no hashing unless the key is monotonic` };
  if (RING.has(store.engine) && store.partitioning?.strategy !== 'hash') return { strategy: 'consistent-hash', why: `${store.engine} places keys on a consistent-hash ring, so adding a node moves only its neighbours' keys` };
  return { strategy: 'hash', why: `${pattern} access touches one key at a time; hashing spreads keys (and monotonic ones) evenly` };
}

function forDataset(ds: Dataset, ctx: RecommendContext): Recommendation | undefined {
  const store = storeNamed(ctx.model, ds.store);
  if (!store) return undefined;
  const declared = store.partitioning;
  const partitioned = (declared !== undefined && declared.strategy !== 'none') || RING.has(store.engine) || RANGES.has(store.engine);
  const guidance = loadKnowledge().engines.get(store.engine)?.partitionSizing;
  const budget = budgetOf(guidance);
  // No published per-shard figures (or the engine splits shards itself): no shard count to derive.
  // A declared count stands unless the engine's own figures show it too small.
  const raw = budget ? estimateShards(ds, !partitioned, budget) : { shards: 1, by: 'writes' as const, need: 0 };
  const est = declared?.shards !== undefined && raw.shards <= declared.shards ? { ...raw, shards: 1 } : raw;
  // One unpartitioned primary is enough until writes exceed a shard's budget outright (headroom is for shards, not a reason to shard).
  const oneIsEnough = !partitioned && est.need <= 1;
  if (oneIsEnough && !ds.access.hotKeys) return undefined;
  const { strategy, why } = strategyFor(ds, store);
  const key = declared?.key ?? `${snake(ds.name).replace(/s$/, '')}_id`;
  const hot = ds.access.hotKeys === true && !declared?.hotKeyMitigation;
  const buckets = saltBuckets(ds);
  const hotText = hot ? ` ${ds.name} has hot keys: salt each hot key into ${buckets} sub-keys (\`${key}#0\` … \`${key}#${buckets - 1}\`), writing to a random one and reading all ${buckets} (or a cache in front for hot reads).` : '';
  const shardText = est.shards > 1 ? `, ${est.shards} shards` : declared?.shards !== undefined ? `, keeping the declared ${declared.shards} shards` : budget && partitioned ? ', one shard is enough for now' : '';
  if (est.shards <= 1 && !hot && (declared === undefined || declared.strategy === 'none' || declared.strategy === strategy)) return undefined;
  if (oneIsEnough) {
    if (!hot) return undefined;
    return { id: recId('partitioning', 'hot-keys', ds.name), topic: 'partitioning', target: ds.path, title: `Spread the hot keys of ${ds.name}`, recommendation: hotText.trim(), rationale: `One key taking most of the writes serialises them on one row or shard whatever the partitioning. ${budget ? `${ds.name} needs no more than one shard: ${sizing(ds, est, true, budget)}.` : guidance ? `Shards: ${guidance.text}.` : ''}`.trim(), tradeoffs: 'Salting multiplies the reads of a hot key by the bucket count, and a total over the key must sum its sub-keys.', references: [REF.ddia, ...(guidance ? [loadKnowledge().engines.get(store.engine)?.references[guidance.source] ?? guidance.source] : [])], patterns: [] };
  }
  const changeStrategy = declared && declared.strategy !== 'none' && declared.strategy !== strategy ? ` (now ${declared.strategy})` : '';
  return {
    id: recId('partitioning', strategy, ds.name),
    topic: 'partitioning',
    target: ds.path,
    title: `Partition ${ds.name} by ${strategy} on ${key}`,
    recommendation: `Partition ${ds.name} by ${strategy}${changeStrategy} on \`${key}\`${shardText}.${hotText}`,
    rationale: `${why.charAt(0).toUpperCase()}${why.slice(1)}. ${budget && est.shards > 1 ? `Shard count: ${sizing(ds, est, !partitioned, budget)}.` : declared?.shards !== undefined ? `The declared ${declared.shards} shards are enough${budget ? ` (${budget.text})` : ''}.` : guidance ? `Shards: ${guidance.text}.` : `${store.engine} publishes no per-shard limit: size shards from a load test.`}`,
    tradeoffs: strategy === 'range'
      ? 'Range partitions keep scans local but can turn hot at the end of the key space and need splitting; hash partitions balance load but make every range read a scatter-gather.'
      : strategy === 'geo'
        ? 'Geo partitions keep data and its writes near their users and inside their jurisdiction, but a query across regions pays cross-region latency.'
        : 'Hashing balances load but loses key order: a range query has to ask every shard.' + (hot ? ' Salting multiplies the reads of a hot key by the bucket count.' : ''),
    references: [REF.ddia, ...(guidance ? [loadKnowledge().engines.get(store.engine)?.references[guidance.source] ?? guidance.source] : [])],
    patterns: strategy === 'consistent-hash' ? ['consistent-hash-ring'] : [],
    ...(strategy === 'consistent-hash' ? { patternInputs: { 'consistent-hash-ring': { replicationFactor: Math.max(1, Math.max(...Object.values(store.placement), 0) || store.replicas) } } } : {}),
  };
}

export function recommendPartitioning(ctx: RecommendContext): Recommendation[] {
  return ctx.model.datasets.flatMap((ds) => forDataset(ds, ctx) ?? []);
}
