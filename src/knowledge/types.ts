/**
 * Types of the knowledge base (rules/knowledge/*.yaml) after loading and validation.
 * The YAML is the source of truth; these types only describe its shape.
 */
import type { ConsistencyModel, Invariant, ReplicationMode, SettingValue, Topology } from '../model/types.js';

export type PacelcClass = 'PA/EL' | 'PA/EC' | 'PC/EL' | 'PC/EC';
export type CapClass = 'AP' | 'CP';
export type AvailabilityClass = 'total' | 'sticky' | 'unavailable';
export type EngineKind = 'database' | 'cache' | 'coordination' | 'log' | 'queue';

export const PACELC_CLASSES: readonly PacelcClass[] = ['PA/EL', 'PA/EC', 'PC/EL', 'PC/EC'];
export const CAP_CLASSES: readonly CapClass[] = ['AP', 'CP'];
export const AVAILABILITY_CLASSES: readonly AvailabilityClass[] = ['total', 'sticky', 'unavailable'];
export const ENGINE_KINDS: readonly EngineKind[] = ['database', 'cache', 'coordination', 'log', 'queue'];
/** Kinds whose profiles describe brokers: a `messaging[]` topic may name them. */
export const MESSAGING_KINDS: readonly EngineKind[] = ['log', 'queue'];

/** Named computations an engine profile may ask for (`derive:`); implemented in src/analysis/classify-derive.ts. */
export const DERIVED_FACTS = {
  /** `overlap`: global | local | none - whether read and write replica sets must intersect (anywhere / within one region / not at all). */
  'cassandra-quorum': ['overlap'],
  /** `overlap`: strict | sloppy | none - R + W > N with primaries only (pr/pw), with fallbacks allowed, or no overlap. */
  'riak-quorum': ['overlap'],
  /** `writeMajority`: the write concern waits for a majority of voting members. */
  'mongo-write-concern': ['writeMajority'],
  /** `syncStandbys`: standbys that must confirm a commit; `allStandbysSync`: every standby is synchronous. */
  'sync-standbys': ['syncStandbys', 'allStandbysSync'],
  /** `replicationFactor`; `lossless`: acks=all, min ISR >= 2, no unclean election. */
  'kafka-durability': ['replicationFactor', 'lossless'],
} as const satisfies Record<string, readonly string[]>;
export type DerivationName = keyof typeof DERIVED_FACTS;
export const DERIVATIONS = Object.keys(DERIVED_FACTS) as DerivationName[];

export interface SettingSpec {
  type: 'enum' | 'integer' | 'boolean';
  /** Accepted values (enum only). */
  values?: SettingValue[];
  minimum?: number;
  default?: SettingValue;
  description: string;
  source: string;
}

/** A test on one fact: a plain value means equality. */
export type Matcher =
  | SettingValue
  | { in?: SettingValue[]; notIn?: SettingValue[]; not?: SettingValue; gt?: number; gte?: number; lt?: number; lte?: number };

/** All entries must hold. Keys: `settings.X`, `derived.X`, `topology`, `replication`, `failover`, `conflictResolution`, `regions`, `replicas`. */
export type Condition = Record<string, Matcher>;

/** What a broker configuration gives its consumers (queue-only rules read it). */
export interface MessagingGuarantee {
  /** The strongest delivery the broker itself provides to consumers in this configuration. */
  delivery: 'at-most-once' | 'at-least-once' | 'exactly-once';
  /** The order consumers see: none, per key (partition, message group, ordering key) or total. */
  ordering: 'none' | 'per-key' | 'total';
  /** Exactly-once (or publish de-duplication) holds only for repeats inside this window, e.g. `5m`. */
  dedupWindow?: string;
}

export interface OnPartition {
  reads: string;
  writes: string;
  ackedWritesLostOnFailover: boolean;
}

/** What a configuration guarantees, as written in the YAML (references are keys of the profile's `references`). */
export interface GuaranteeSpec {
  pacelc: PacelcClass;
  cap: CapClass;
  consistency: ConsistencyModel;
  /** Further models the configuration also guarantees (e.g. the transactional isolation beside `linearizable`). */
  alsoProvides: ConsistencyModel[];
  onPartition: OnPartition;
  /** Template: `{settings.X}`, `{derived.X}`, `{regions}`, `{replicas}` are filled in. */
  explanation: string;
  references: string[];
  caveats: string[];
  /** Invariants the engine itself enforces in this configuration (constraints checked by one primary or a consensus group). */
  enforcesInvariants: Invariant[];
  /** Brokers only: delivery, ordering and de-duplication window of this configuration. */
  messaging?: MessagingGuarantee;
}

/**
 * Why a rule's configuration is weaker than the engine can give, and the settings that
 * take that path away: `stale-reads` (reads served by replicas that may lag) or `quorum`
 * (read and write replica sets that need not meet). A data set unmet on such a rule is
 * reported by the rule for that cause when `fix` would satisfy it.
 */
export interface RuleCause {
  kind: 'stale-reads' | 'quorum';
  fix: Record<string, SettingValue>;
}

/**
 * A setting a data set may set for its own reads or writes (`datasets[].reads.<name>`),
 * overriding the store-wide value: the engine lets each operation choose it.
 */
export interface OperationSetting {
  /** The store setting it overrides (its values and default apply). */
  setting: string;
  /** The store-wide value only makes it available; it applies to an operation only when that operation asks for it. */
  optIn: boolean;
  /** An operation may only pick a value at or after the store's in the setting's value list (weaker). */
  weakerOnly: boolean;
  description: string;
  source: string;
}

/** How much one shard (partition, range, tablet) of the engine serves or holds, from its own docs. */
export interface PartitionSizing {
  readsPerSecond?: number;
  writesPerSecond?: number;
  /** Bytes one shard holds. */
  bytes?: number;
  /** The engine splits and moves shards by itself (ranges, tablets, regions): no shard count to choose. */
  autoSplit: boolean;
  /** The guidance in words (what the numbers are, or what to size by instead). */
  text: string;
  source: string;
}

/** The engine's own compare-and-set for claiming a key (a unique key without a coordinator). */
export interface ConditionalWrite {
  text: string;
  /** Safe only while one region takes the writes (checked locally per region otherwise). */
  singleRegionOnly: boolean;
  source: string;
}

export interface EngineRule {
  id: string;
  cause?: RuleCause;
  /** One condition, or a list of alternatives (any may hold). Absent: always matches. */
  when?: Condition[];
  gives: Partial<GuaranteeSpec>;
  note?: string;
}

export interface Caveat {
  text: string;
  source: string;
  versions?: string;
}

export interface Disagreement {
  id: string;
  topic: string;
  positions: { claim: string; source: string }[];
  choice: string;
}

export interface EngineProfile {
  id: string;
  name: string;
  kind: EngineKind;
  topology: Topology;
  replication: ReplicationMode;
  replicasPerRegion: boolean;
  defaultReplicas: number;
  replicasNote?: string;
  derive: DerivationName[];
  settings: Record<string, SettingSpec>;
  partitionSizing?: PartitionSizing;
  conditionalWrite?: ConditionalWrite;
  /** Settings a data set may set per operation: `reads.<name>` / `writes.<name>`. */
  operations: { reads: Record<string, OperationSetting>; writes: Record<string, OperationSetting> };
  /** setting → value → partition behaviour; a guarantee's `onPartition.reads` may say `by-setting:<name>`. */
  settingBehaviours: Record<string, Record<string, string>>;
  base: Partial<GuaranteeSpec>;
  /** Ordered; the first rule whose `when` holds decides (merged over `base`). */
  rules: EngineRule[];
  references: Record<string, string>;
  caveats: Caveat[];
  disagreements: Disagreement[];
  /** The file the profile came from, for messages. */
  file: string;
}

export interface ModelInfo {
  id: ConsistencyModel;
  description: string;
  implies: ConsistencyModel[];
  availability: AvailabilityClass;
  source: string;
  note?: string;
}

export interface InvariantInfo {
  id: Invariant;
  summary: string;
  confluent: boolean;
  confluentFor: string[];
  weakestModel: ConsistencyModel;
  weakestModelIfInsertOnly?: ConsistencyModel;
  sufficientAlso: ConsistencyModel[];
  merge?: 'commutative' | 'union' | 'lww';
  why: string;
  avoidCoordination?: string;
  source: string;
}

export interface KnowledgeBase {
  dir: string;
  engines: Map<string, EngineProfile>;
  models: Map<ConsistencyModel, ModelInfo>;
  /** model → every model it implies, itself included (reflexive, transitive closure). */
  closure: Map<ConsistencyModel, Set<ConsistencyModel>>;
  invariants: Map<Invariant, InvariantInfo>;
  partitionBehaviours: Map<string, string>;
  /** Source keys of consistency-models.yaml and invariants.yaml → citation. */
  sources: Record<string, string>;
}
