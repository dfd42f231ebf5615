/**
 * Classifies a data set: what it requires (declared, or derived from its invariants),
 * what it is actually given, and whether that is enough. What it is given is the
 * store's configuration × the data set's own read/write settings × the regions it is
 * read and written from (classify-access.ts); the store's row is only the default path.
 */
import { requiredModelFor } from '../knowledge/queries.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { ConsistencyModel, Dataset, Invariant } from '../model/types.js';
import type { StoreClassification } from './classify-store.js';
import { satisfiesIn } from '../knowledge/hierarchy.js';

/** Which path decided a data set's classification. */
export type DecidedBy = 'store' | 'access-settings' | 'access-regions' | 'access-settings-and-regions';

/**
 * Why an unmet data set is unmet, for the rule that reports it: reads served by lagging
 * replicas (`stale-reads`), read and write quorums that need not meet (`quorum`), a
 * non-confluent invariant on a store whose replicas accept writes uncoordinated
 * (`coordination`), or a configuration whose model is simply too weak (`model`).
 */
export type Weakness = 'stale-reads' | 'quorum' | 'coordination' | 'model';

export interface DatasetClassification {
  name: string;
  path: string;
  store: string;
  requires: ConsistencyModel;
  /** `declared` (the data set's `consistency`) or `invariants` (derived from them). */
  requiresFrom: 'declared' | 'invariants';
  provided: ConsistencyModel;
  satisfied: boolean;
  explanation: string;
  /** Every model the data set's path guarantees (`provided` first). */
  models?: ConsistencyModel[];
  /** Which path decided: the store's default, the data set's own settings, its regions, or both. */
  decidedBy?: DecidedBy;
  /** The engine-profile rule that decided for this data set, `<engine>/<rule id>`, and the store's default one. */
  rule?: string;
  storeRule?: string;
  /** The data set's own settings, as the store settings they override. */
  accessSettings?: Record<string, string | number | boolean>;
  /** Store regions it is read and written in (declared, or from the services that use it). */
  readRegions?: string[];
  writeRegions?: string[];
  /** Unmet only: why, and the YAML path of what causes it (where the finding belongs). */
  weakness?: Weakness;
  weakAt?: string;
  /** Non-confluent invariants this data set's path does not keep. */
  unmetInvariants?: Invariant[];
}

export interface Verdict {
  requires: ConsistencyModel;
  requiresFrom: 'declared' | 'invariants';
  satisfied: boolean;
  byModel: boolean;
  byEngine: boolean;
  needCoordination: Invariant[];
  unmetInvariants: Invariant[];
}

/** Is a data set's requirement met by a classification (of its store, or of its own path)? */
export function verdictOf(ds: Dataset, given: Pick<StoreClassification, 'models' | 'consistency' | 'enforcesInvariants'>, kb: KnowledgeBase): Verdict {
  const derived = requiredModelFor(ds.invariants, kb);
  const requires = ds.consistency ?? derived.model;
  const requiresFrom = ds.consistency ? 'declared' : 'invariants';
  const keeps = (m: ConsistencyModel): boolean => given.models.some((g) => satisfiesIn(kb, g, m));
  const byModel = keeps(requires);
  // A store that enforces every coordination-needing invariant itself (a unique index on one
  // primary) keeps them even when its headline model is weaker than the invariant alone asks for.
  const byEngine = requiresFrom === 'invariants' && derived.needCoordination.every((i) => given.enforcesInvariants.includes(i))
    && ds.invariants.filter((i) => !derived.needCoordination.includes(i)).every((i) => satisfiesIn(kb, given.consistency, derived.perInvariant[i] ?? 'eventual'));
  const unmetInvariants = derived.needCoordination.filter((i) => !given.enforcesInvariants.includes(i) && !keeps(derived.perInvariant[i] ?? 'linearizable'));
  return { requires, requiresFrom, satisfied: byModel || byEngine, byModel, byEngine, needCoordination: derived.needCoordination, unmetInvariants };
}

export function explain(ds: Dataset, given: Pick<StoreClassification, 'name' | 'consistency'>, v: Verdict): string {
  const why = v.requiresFrom === 'declared'
    ? `It declares ${v.requires}.`
    : ds.invariants.length === 0
      ? 'It declares no consistency and no invariants, so eventual consistency is enough.'
      : `It declares no consistency; ${v.requires} is the weakest model that keeps ${ds.invariants.join(', ')} without application-level coordination.`;
  const verdict = v.byModel
    ? `${given.name} provides ${given.consistency}, which ${given.consistency === v.requires ? 'is' : 'implies'} ${v.requires}.`
    : v.byEngine
      ? `${given.name} provides ${given.consistency}, weaker than ${v.requires}, but the engine enforces ${v.needCoordination.join(', ')} itself in this configuration.`
      : `${given.name} provides only ${given.consistency}, which does not imply ${v.requires}.`;
  return `${why} ${verdict}`;
}

/** The data set against its store's default path only (no settings or regions of its own). */
export function classifyDataset(ds: Dataset, storeClass: StoreClassification, kb: KnowledgeBase): DatasetClassification {
  const v = verdictOf(ds, storeClass, kb);
  return { name: ds.name, path: ds.path, store: ds.store, requires: v.requires, requiresFrom: v.requiresFrom, provided: storeClass.consistency, satisfied: v.satisfied, explanation: explain(ds, storeClass, v) };
}
