/** Small helpers the recommenders share: ids, names, effective requirements, sources. */
import { createHash } from 'node:crypto';
import type { Dataset, Datastore, Requirements, Service, SystemModel } from '../model/types.js';
import { lookup } from '../model/lookup.js';
import { mergedRequirements, requirementLevels } from '../model/requirements.js';

/** Citations used by more than one recommender (each fact in a recommendation names its source). */
export const REF = {
  bailis2015: 'Bailis et al., "Coordination Avoidance in Database Systems", VLDB 2015',
  jepsen: 'Jepsen, "Consistency Models", https://jepsen.io/consistency',
  sagas: 'Garcia-Molina & Salem, "Sagas", SIGMOD 1987, doi:10.1145/38713.38742',
  sagaPattern: 'Richardson, "Pattern: Saga" (compensatable, pivot and retriable transactions), https://microservices.io/patterns/data/saga.html',
  outbox: 'Richardson, "Pattern: Transactional outbox", https://microservices.io/patterns/data/transactional-outbox.html',
  idempotency: 'IETF draft-ietf-httpapi-idempotency-key-header; Stripe, "Idempotent requests", https://docs.stripe.com/api/idempotent_requests',
  backoff: 'Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015',
  builders: 'AWS Builders\' Library, "Timeouts, retries and backoff with jitter", https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/',
  sreOverload: 'Google SRE book, ch. 21 "Handling Overload" (per-client retry budget of 10%) and ch. 22 "Addressing Cascading Failures"',
  breaker: 'Nygard, "Release It!", 2nd ed., 2018, ch. 5 "Circuit Breaker"',
  ddia: 'Kleppmann, "Designing Data-Intensive Applications", 2017, ch. 5 (replication) and ch. 6 (partitioning)',
  raft: 'Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm", USENIX ATC 2014 (majority quorums, 2f+1)',
  lamport: 'Lamport, "Time, Clocks, and the Ordering of Events in a Distributed System", CACM 1978',
  vector: 'Fidge 1988 / Mattern 1989, vector clocks',
  hlc: 'Kulkarni et al., "Logical Physical Clocks and Consistent Snapshots in Globally Distributed Databases" (HLC), OPODIS 2014',
  dynamoPartitions: 'Amazon DynamoDB Developer Guide, "Best practices for designing and using partition keys effectively" (a partition serves at most 3,000 reads/s and 1,000 writes/s) and "Partitions and data distribution" (10 GB per partition)',
  crdt: 'Shapiro et al., "Conflict-free Replicated Data Types", SSS 2011',
} as const;

export const recId = (topic: string, what: string, name: string): string => `${topic}/${what}:${name}`;

/** System requirements overlaid by a store's, then a data set's or service's own (least specific first). */
export function effectiveRequirements(model: SystemModel, ...overrides: (Partial<Requirements> | undefined)[]): Requirements {
  const levels = requirementLevels(model, ...overrides.map((requirements, i) => ({ path: `override[${i}]`, requirements })).reverse());
  return mergedRequirements(levels);
}

export const storeNamed = (model: SystemModel, name: string): Datastore | undefined => lookup(model).datastores.get(name);
export const serviceNamed = (model: SystemModel, name: string): Service | undefined => lookup(model).services.get(name);
export const datasetsOf = (model: SystemModel, store: string): Dataset[] => lookup(model).datasetsByStore.get(store) ?? [];

/** `order-events` → `order_events` (a table or key name for generated code). */
export const snake = (name: string): string => name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase() || 'data';

/**
 * Longest table name a recommendation gives. PostgreSQL cuts identifiers at 63 bytes,
 * and the templates name indexes after their table with up to 15 more
 * (`<table>_key_unsent_idx`), so a table name keeps to 48.
 */
export const MAX_TABLE_NAME = 48;

/** `snake(name) + suffix`, shortened with a hash of the name when too long: deterministic, and distinct names stay distinct. */
export function sqlTable(name: string, suffix = ''): string {
  const full = `${snake(name)}${suffix}`;
  if (full.length <= MAX_TABLE_NAME) return full;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${snake(name).slice(0, MAX_TABLE_NAME - suffix.length - 9).replace(/_+$/, '')}_${hash}${suffix}`;
}

export function formatMs(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms >= 1000) return `${Number((ms / 1000).toFixed(2))}s`;
  return `${Math.round(ms * 10) / 10}ms`;
}

export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
