/**
 * The typed system model, after loading, schema validation and normalisation.
 *
 * Units are fixed here once so no later stage has to guess:
 * durations are milliseconds, rates are per second, sizes are bytes and
 * percentages are fractions in [0, 1]. Every node carries `path`, the
 * JSON-path-like location in the YAML (`datastores[0].settings`), which the
 * source map turns into file:line:col.
 */

export type Topology = 'single-leader' | 'multi-leader' | 'leaderless' | 'consensus';
export type ReplicationMode = 'sync' | 'semi-sync' | 'async' | 'quorum' | 'consensus';
/** `external`: automatic, but decided by an outside consensus service or control plane (Patroni with etcd, a managed database's HA). */
export type Failover = 'automatic' | 'external' | 'manual';
export type ConflictResolution = 'lww' | 'crdt' | 'application' | 'none';
export type PartitionStrategy = 'hash' | 'range' | 'consistent-hash' | 'geo' | 'none';
export type PartitionPreference = 'consistency' | 'availability';
export type SettingValue = string | number | boolean;

/** Jepsen's model names, plus `bounded-staleness` where an engine promises a bound. */
export type ConsistencyModel =
  | 'strict-serializable'
  | 'serializable'
  | 'snapshot-isolation'
  | 'repeatable-read'
  | 'cursor-stability'
  | 'monotonic-atomic-view'
  | 'read-committed'
  | 'read-uncommitted'
  | 'linearizable'
  | 'sequential'
  | 'causal'
  | 'bounded-staleness'
  | 'pram'
  | 'writes-follow-reads'
  | 'read-your-writes'
  | 'monotonic-reads'
  | 'monotonic-writes'
  | 'consistent-prefix'
  | 'eventual';

export type Invariant =
  | 'unique-key'
  | 'non-negative'
  | 'foreign-key'
  | 'sequential-id'
  | 'counter'
  | 'append-only'
  | 'grow-only-set'
  | 'last-writer-wins'
  | 'bounded-value';

export interface Percentiles {
  p50?: number;
  p90?: number;
  p95?: number;
  p99?: number;
  p999?: number;
}

export interface Tolerate {
  nodes: number;
  zones: number;
  regions: number;
}

export interface Requirements {
  /** Monthly availability as a fraction, e.g. 0.9999. */
  availability?: number;
  latency?: { read?: Percentiles; write?: Percentiles };
  /** Data loss tolerated on failover, ms. */
  rpo?: number;
  /** Time to recover, ms. */
  rto?: number;
  tolerate: Tolerate;
  partitionPreference?: PartitionPreference;
  /** Recovery targets per disruption type, checked against `archcap simulate`'s scenarios. */
  recovery?: RecoveryPolicy;
}

/** Disruption types a recovery policy names (AWS Resilience Hub's, plus partitions). */
export type Disruption = 'node' | 'zone' | 'region' | 'partition';
export const DISRUPTIONS: readonly Disruption[] = ['node', 'zone', 'region', 'partition'];

/** ms; absent means no target for that measure. */
export interface RecoveryTarget {
  rto?: number;
  rpo?: number;
}

export type RecoveryPolicy = Partial<Record<Disruption, RecoveryTarget>>;

/** A resolved region: a known cloud region or a custom one with coordinates. */
export interface Region {
  /** `aws:us-east-1`, or a custom id. */
  id: string;
  provider?: string;
  /** The provider's own name, e.g. `us-east-1`. */
  name: string;
  location?: { lat: number; lon: number };
  /** Jurisdictions the region lies in, most specific first (`de`, `eu`). */
  jurisdictions: string[];
}

export interface Node {
  /** Location in the YAML, e.g. `datastores[0]`. */
  path: string;
}

export interface Partitioning {
  strategy: PartitionStrategy;
  key?: string;
  shards?: number;
  /** Declared hot-key mitigation, e.g. `salting`, `write-sharding`, `cache`. */
  hotKeyMitigation?: string;
  /** Whether the key grows monotonically (time, sequence). */
  monotonicKey?: boolean;
}

/**
 * `engine: custom`: what the team declares its engine gives, used where archcap has
 * no profile. Rules run on it as on a derived classification; it is not checked.
 */
export interface DeclaredGuarantee {
  pacelc: 'PA/EL' | 'PA/EC' | 'PC/EL' | 'PC/EC';
  /** Defaults to AP for PA/*, CP for PC/*. */
  cap?: 'AP' | 'CP';
  consistency: ConsistencyModel;
  onPartition: { reads: string; writes: string; ackedWritesLostOnFailover: boolean };
}

/** The engine name that means "no profile: use `declared`". */
export const CUSTOM_ENGINE = 'custom';

export interface Datastore extends Node {
  name: string;
  engine: string;
  /** With `engine: custom`: the declared classification. */
  declared?: DeclaredGuarantee;
  regions: string[];
  /** Total replica count across all regions after placement. */
  replicas: number;
  /** Replica count per region (from `placement`, the engine's per-region factor, or round-robin). */
  placement: Record<string, number>;
  /** Availability zones per region the replicas are spread over (defaults to replicas per region, max 3). */
  zones?: number;
  replication?: ReplicationMode;
  topology?: Topology;
  failover?: Failover;
  conflictResolution?: ConflictResolution;
  settings: Record<string, SettingValue>;
  partitioning?: Partitioning;
  availability?: number;
  requirements?: Partial<Requirements>;
}

export type AccessPattern = 'point' | 'range' | 'scan' | 'append' | 'search' | 'mixed';

export interface Access {
  /** Per second. */
  reads?: number;
  writes?: number;
  pattern?: AccessPattern;
  hotKeys?: boolean;
  writeRegions?: string[];
  readRegions?: string[];
}

export interface Dataset extends Node {
  name: string;
  store: string;
  /** What it needs, when written; otherwise derived from invariants by the analysis. */
  consistency?: ConsistencyModel;
  invariants: Invariant[];
  access: Access;
  /**
   * How this data set's reads and writes are issued, in its store engine's vocabulary
   * (`reads: { consistency: LOCAL_QUORUM }`), overriding the store-wide settings. The
   * names each engine accepts are declared in its profile (`operations:`).
   */
  reads?: Record<string, SettingValue>;
  writes?: Record<string, SettingValue>;
  /** Bytes. */
  size?: number;
  /** Jurisdictions (`eu`, `us`, `de`) or region ids the data must stay in. */
  residency: string[];
  requirements?: Partial<Requirements>;
}

export type Backoff = 'none' | 'fixed' | 'linear' | 'exponential';
export type Jitter = 'none' | 'full' | 'equal' | 'decorrelated';

export interface Retries {
  /** Total attempts including the first. */
  attempts: number;
  backoff: Backoff;
  jitter: Jitter;
  /** ms */
  baseDelay?: number;
  maxDelay?: number;
  budget?: number;
}

export interface Call extends Node {
  service: string;
  /** ms; absent means no timeout was declared. */
  timeout?: number;
  retries?: Retries;
  idempotent: boolean;
  idempotencyKey: boolean;
  /** `sync` (request/response, the default) or `async` (fire and forget, queued). */
  mode: 'sync' | 'async';
  /**
   * What the call is: `request` (request/response, the default), `batch` (a scheduled bulk
   * transfer or job) or `file-drop` (a file delivered to or fetched from a drop zone, SFTP).
   * Batch and file-drop calls get run-level deadlines and retries, not RPC defaults.
   */
  kind?: 'request' | 'batch' | 'file-drop';
  circuitBreaker: boolean;
}

export type PublishVia = 'outbox' | 'cdc' | 'direct';

export interface Publish extends Node {
  topic: string;
  via: PublishVia;
}

export interface Service extends Node {
  name: string;
  regions: string[];
  availability?: number;
  instances: number;
  zones?: number;
  calls: Call[];
  reads: string[];
  writes: string[];
  publishes: Publish[];
  requirements?: Partial<Requirements>;
}

export type Delivery = 'at-most-once' | 'at-least-once' | 'exactly-once';
export type Ordering = 'none' | 'per-key' | 'total';

export interface Topic extends Node {
  name: string;
  engine: string;
  /** With `engine: custom`: the declared classification (delivery and ordering are the topic's own). */
  declared?: DeclaredGuarantee;
  delivery: Delivery;
  ordering: Ordering;
  regions: string[];
  settings: Record<string, SettingValue>;
}

export type WorkflowProtocol = 'saga-orchestrated' | 'saga-choreographed' | '2pc' | 'local';

export interface WorkflowStep extends Node {
  name: string;
  service: string;
  writes: string[];
  compensation?: string;
  /** Calls a system outside ours (a card network, an e-mail provider). */
  external: boolean;
  /** Declared as retried until it succeeds (a retriable step, after the pivot). */
  retriable: boolean;
  /** Declared as the pivot (the go/no-go step). */
  pivot: boolean;
}

export interface Workflow extends Node {
  name: string;
  atomicity: 'all-or-nothing' | 'best-effort';
  protocol?: WorkflowProtocol;
  steps: WorkflowStep[];
}

export interface Lock extends Node {
  name: string;
  store: string;
  guards?: string;
  /** ms */
  leaseTtl?: number;
  fencing: boolean;
  purpose: 'correctness' | 'efficiency';
  algorithm: 'single-instance' | 'redlock' | 'consensus';
}

export interface Consumer extends Node {
  service: string;
  topic: string;
  idempotent: boolean;
}

/** An inline suppression: `x-archcap-ignore: [{ rule, reason, until }]` on a node. */
export interface Suppression {
  rule: string;
  reason: string;
  /** ISO date (YYYY-MM-DD) after which the suppression no longer applies. */
  until?: string;
  /** The node the suppression sits on; it covers that node and everything below it. */
  path: string;
}

export interface SystemModel {
  version: 1;
  name: string;
  description?: string;
  regions: Region[];
  requirements: Requirements;
  datastores: Datastore[];
  datasets: Dataset[];
  services: Service[];
  messaging: Topic[];
  workflows: Workflow[];
  locks: Lock[];
  consumers: Consumer[];
  suppressions: Suppression[];
}

export interface Position {
  line: number;
  column: number;
}

/** A loaded document: the model plus where everything came from. */
export interface LoadedSystem {
  file: string;
  model: SystemModel;
  /** The raw (validated, not yet normalised) document. */
  raw: unknown;
  /** Position of a path; falls back to the nearest ancestor that has one. */
  locate(path: string): Position;
}
