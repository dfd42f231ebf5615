/**
 * Shard count from throughput and size, with headroom. The per-shard budget is the
 * documented ceiling of one DynamoDB partition (3,000 reads/s, 1,000 writes/s, 10 GB),
 * used as a conservative, sourced stand-in for "what one shard comfortably serves".
 */
import type { Dataset } from '../model/types.js';

export const PER_SHARD = { reads: 3000, writes: 1000, bytes: 10 * 1024 ** 3 } as const;
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
export function estimateShards(ds: Dataset, writesOnly = false): ShardEstimate {
  const needs: [ShardEstimate['by'], number][] = [
    ['writes', (ds.access.writes ?? 0) / PER_SHARD.writes],
    ...(writesOnly ? [] : ([['reads', (ds.access.reads ?? 0) / PER_SHARD.reads], ['size', (ds.size ?? 0) / PER_SHARD.bytes]] as [ShardEstimate['by'], number][])),
  ];
  const [by, need] = needs.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { shards: nextPow2(Math.ceil(need * HEADROOM)), by, need };
}

/** Sub-keys per hot key when one key may take all the writes: enough to stay under one shard's write budget twice over. */
export function saltBuckets(ds: Dataset): number {
  return Math.min(64, Math.max(4, nextPow2(Math.ceil(((ds.access.writes ?? 0) / PER_SHARD.writes) * HEADROOM))));
}

export function sizing(ds: Dataset, est: ShardEstimate, writesOnly = false): string {
  const gb = ((ds.size ?? 0) / 1024 ** 3).toFixed(0);
  const what = writesOnly ? `${ds.access.writes ?? 0} writes/s against a per-shard budget of ${PER_SHARD.writes} writes/s (the DynamoDB per-partition write limit; reads scale with replicas on a single leader)` : `${ds.access.reads ?? 0} reads/s, ${ds.access.writes ?? 0} writes/s and ${gb} GB against a per-shard budget of ${PER_SHARD.reads} reads/s, ${PER_SHARD.writes} writes/s and 10 GB (the DynamoDB per-partition limits)`;
  return `${what}, with ${HEADROOM}× headroom, rounded up to a power of two: ${est.by} decide${est.by === 'size' ? 's' : ''}, ${est.shards} shard${est.shards === 1 ? '' : 's'}`;
}
