/**
 * Classifies a data set: what it requires (declared, or derived from its
 * invariants), what its store provides, and whether that is enough.
 */
import { requiredModelFor } from '../knowledge/queries.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { ConsistencyModel, Dataset } from '../model/types.js';
import type { StoreClassification } from './classify-store.js';
import { satisfiesIn } from '../knowledge/hierarchy.js';

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
}

export function classifyDataset(ds: Dataset, storeClass: StoreClassification, kb: KnowledgeBase): DatasetClassification {
  const derived = requiredModelFor(ds.invariants, kb);
  const requires = ds.consistency ?? derived.model;
  const requiresFrom = ds.consistency ? 'declared' : 'invariants';
  const byModel = storeClass.models.some((m) => satisfiesIn(kb, m, requires));
  // A store that enforces every coordination-needing invariant itself (a unique index on one
  // primary) keeps them even when its headline model is weaker than the invariant alone asks for.
  const byEngine = requiresFrom === 'invariants' && derived.needCoordination.every((i) => storeClass.enforcesInvariants.includes(i))
    && ds.invariants.filter((i) => !derived.needCoordination.includes(i)).every((i) => satisfiesIn(kb, storeClass.consistency, derived.perInvariant[i] ?? 'eventual'));
  const satisfied = byModel || byEngine;
  const why = requiresFrom === 'declared'
    ? `It declares ${requires}.`
    : ds.invariants.length === 0
      ? 'It declares no consistency and no invariants, so eventual consistency is enough.'
      : `It declares no consistency; ${requires} is the weakest model that keeps ${ds.invariants.join(', ')} without application-level coordination.`;
  const verdict = byModel
    ? `${storeClass.name} provides ${storeClass.consistency}, which ${storeClass.consistency === requires ? 'is' : 'implies'} ${requires}.`
    : byEngine
      ? `${storeClass.name} provides ${storeClass.consistency}, weaker than ${requires}, but the engine enforces ${derived.needCoordination.join(', ')} itself in this configuration.`
      : `${storeClass.name} provides only ${storeClass.consistency}, which does not imply ${requires}.`;
  return { name: ds.name, path: ds.path, store: ds.store, requires, requiresFrom, provided: storeClass.consistency, satisfied, explanation: `${why} ${verdict}` };
}
