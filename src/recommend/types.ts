import type { SystemClassification } from '../analysis/system.js';
import type { Finding } from '../engine/finding.js';
import type { Datastore, SettingValue, SystemModel } from '../model/types.js';

export type Topic = 'consistency' | 'partitioning' | 'replication' | 'transactions' | 'ordering' | 'failure-handling';

export const TOPICS: readonly Topic[] = ['consistency', 'partitioning', 'replication', 'transactions', 'ordering', 'failure-handling'];

/**
 * A concrete change to one data store that a recommendation proposes, as data, so a
 * test (or a future `--fix`) can apply it and re-run the analysis.
 */
export interface StoreChange {
  store: string;
  settings?: Record<string, SettingValue>;
  replicas?: number;
  placement?: Record<string, number>;
  zones?: number;
  replication?: Datastore['replication'];
  topology?: Datastore['topology'];
}

/** One recommendation, as DESIGN.md's JSON contract gives it. */
export interface Recommendation {
  /** Stable: `<topic>/<what>:<target name>`, e.g. `transactions/saga:place-order`. */
  id: string;
  topic: Topic;
  /** Model path of what it is about, e.g. `datasets[0]`. */
  target: string;
  /** A short imperative title (ADR titles, report headings). */
  title: string;
  recommendation: string;
  rationale: string;
  tradeoffs: string;
  references: string[];
  /** Template names it calls for (`archcap generate` writes them). */
  patterns: string[];
  /** Inputs for those patterns, taken from the YAML (names, TTLs, retry counts). */
  patternInputs?: Record<string, Record<string, unknown>>;
  /**
   * Items it adds to list inputs of those patterns (pattern → input → items). Unlike
   * `patternInputs`, where the first recommendation wins, every recommendation's items
   * are collected: one entry per call for the per-call retry and breaker settings.
   */
  patternListItems?: Record<string, Record<string, unknown[]>>;
  /** Per-attempt timeout, attempts and backoff it proposes for a call (failure handling). */
  callPlan?: { timeoutMs: number; maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
  /** Store changes it proposes, when it is one a configuration can express. */
  changes?: StoreChange[];
}

export interface RecommendContext {
  model: SystemModel;
  classification: SystemClassification;
  findings: Finding[];
}

/** One topic's recommender: pure, from the analysed model. */
export type Recommender = (ctx: RecommendContext) => Recommendation[];
