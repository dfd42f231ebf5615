/**
 * Shard count from throughput and size, with headroom, against the per-shard budget of
 * the store's own engine (its profile's `partitionSizing`: DynamoDB's 3,000 reads/s,
 * 1,000 writes/s and 10 GB per partition, Cosmos DB's 10,000 RU/s and 50 GB per physical
 * partition, ...). An engine without published per-shard figures gets no shard count.
 */
import type { PartitionSizing } from '../knowledge/types.js';
import type { Dataset } from '../model/types.js';

/** DynamoDB's per-partition limits: the default budget when a caller names none. */
export const PER_SHARD = { reads: 3000, writes: 1000, bytes: 10 * 1024 ** 3 } as const;

export interface ShardBudget {
  reads?: number;
  writes?: number;
  bytes?: number;
  /** What the figures are, in words (quoted in the rationale). */
  text: string;
}

const DYNAMO: ShardBudget = { ...PER_SHARD, text: 'the DynamoDB per-partition limits' };

/** The budget of one shard of an engine, or undefined when its docs give no per-shard figures (or it splits shards itself). */
export function budgetOf(sizing: PartitionSizing | undefined): ShardBudget | undefined {
  if (!sizing || sizing.autoSplit || (sizing.readsPerSecond === undefined && sizing.writesPerSecond === undefined && sizing.bytes === undefined)) return undefined;
  return {
    ...(sizing.readsPerSecond !== undefined ? { reads: sizing.readsPerSecond } : {}),
    ...(sizing.writesPerSecond !== undefined ? { writes: sizing.writesPerSecond } : {}),
    ...(sizing.bytes !== undefined ? { bytes: sizing.bytes } : {}),
    text: sizing.text,
  };
}
export const HEADROOM = 2;

export interface ShardEstimate {
  shards: number;
  /** Which dimension decided: reads, writes or size. */
  by: 'reads' | 'writes' | 'size';
  need: number;
}

const nextPow2 = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/**
 * `writesOnly`: a single-leader store that is not partitioned scales reads with replicas
 * and holds far more than one partition's 10 GB on one primary, so only writes count.
 */
export function estimateShards(ds: Dataset, writesOnly = false, budget: ShardBudget = DYNAMO): ShardEstimate {
  const per = (rate: number | undefined, limit: number | undefined): number => (limit ? (rate ?? 0) / limit : 0);
  const needs: [ShardEstimate['by'], number][] = [
    ['writes', per(ds.access.writes, budget.writes)],
    ...(writesOnly ? [] : ([['reads', per(ds.access.reads, budget.reads)], ['size', per(ds.size, budget.bytes)]] as [ShardEstimate['by'], number][])),
  ];
  const [by, need] = needs.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { shards: nextPow2(Math.ceil(need * HEADROOM)), by, need };
}

/** Sub-keys per hot key when one key may take all the writes: enough to stay under one shard's write budget twice over. */
export function saltBuckets(ds: Dataset): number {
  return Math.min(64, Math.max(4, nextPow2(Math.ceil(((ds.access.writes ?? 0) / PER_SHARD.writes) * HEADROOM))));
}

export function sizing(ds: Dataset, est: ShardEstimate, writesOnly = false, budget: ShardBudget = DYNAMO): string {
  const gb = ((ds.size ?? 0) / 1024 ** 3).toFixed(0);
  const limits = [budget.reads ? `${budget.reads} reads/s` : '', budget.writes ? `${budget.writes} writes/s` : '', budget.bytes ? `${Math.round(budget.bytes / 1024 ** 3)} GB` : ''].filter(Boolean).join(', ');
  const what = writesOnly ? `${ds.access.writes ?? 0} writes/s against a per-shard budget of ${budget.writes ?? '?'} writes/s (${budget.text}; reads scale with replicas on a single leader)` : `${ds.access.reads ?? 0} reads/s, ${ds.access.writes ?? 0} writes/s and ${gb} GB against a per-shard budget of ${limits} (${budget.text})`;
  return `${what}, with ${HEADROOM}× headroom, rounded up to a power of two: ${est.by} decide${est.by === 'size' ? 's' : ''}, ${est.shards} shard${est.shards === 1 ? '' : 's'}`;
}
