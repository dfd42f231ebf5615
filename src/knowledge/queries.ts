/**
 * Queries over the knowledge base. Each takes the knowledge base last and
 * defaults to the one in rules/knowledge, so callers that do not care can omit it.
 */
import type { ConsistencyModel, Invariant, SettingValue } from '../model/types.js';
import { availabilityClassIn, satisfiesIn, strongestCommonIn, weakestSatisfyingAllIn } from './hierarchy.js';
import { loadKnowledge } from './load.js';
import { KnowledgeError } from './shape.js';
import type { AvailabilityClass, EngineProfile, InvariantInfo, KnowledgeBase } from './types.js';
import { keyedMemo } from '../memo.js';

export function getEngine(id: string, kb: KnowledgeBase = loadKnowledge()): EngineProfile | undefined {
  return kb.engines.get(id);
}

export function engineIds(kb: KnowledgeBase = loadKnowledge()): string[] {
  return [...kb.engines.keys()].sort();
}

export interface EngineSettingSpec {
  type: 'enum' | 'integer' | 'boolean';
  values?: SettingValue[];
  minimum?: number;
  default?: SettingValue;
  description: string;
}

/** For the model validator and the JSON Schema: setting name → {type, values, default}; undefined for an unknown engine. */
export function engineSettings(id: string, kb: KnowledgeBase = loadKnowledge()): Record<string, EngineSettingSpec> | undefined {
  const engine = kb.engines.get(id);
  if (!engine) return undefined;
  const out: Record<string, EngineSettingSpec> = {};
  for (const [name, s] of Object.entries(engine.settings)) {
    out[name] = {
      type: s.type,
      description: s.description,
      ...(s.values ? { values: [...s.values] } : {}),
      ...(s.minimum === undefined ? {} : { minimum: s.minimum }),
      ...(s.default === undefined ? {} : { default: s.default }),
    };
  }
  return out;
}

export function satisfies(provided: ConsistencyModel, required: ConsistencyModel, kb: KnowledgeBase = loadKnowledge()): boolean {
  return satisfiesIn(kb, provided, required);
}

/** The strongest model all of `models` guarantee (their meet in the hierarchy). */
export function strongestCommon(models: ConsistencyModel[], kb: KnowledgeBase = loadKnowledge()): ConsistencyModel {
  return strongestCommonIn(kb, models);
}

/** The weakest model meeting all of `required` (their join), if any. */
export function weakestSatisfyingAll(required: ConsistencyModel[], kb: KnowledgeBase = loadKnowledge()): ConsistencyModel | undefined {
  return weakestSatisfyingAllIn(kb, required);
}

export function availabilityClass(model: ConsistencyModel, kb: KnowledgeBase = loadKnowledge()): AvailabilityClass {
  return availabilityClassIn(kb, model);
}

export function invariantInfo(invariant: Invariant, kb: KnowledgeBase = loadKnowledge()): InvariantInfo {
  const info = kb.invariants.get(invariant);
  if (!info) throw new KnowledgeError('invariants.yaml', `unknown invariant "${invariant}"`);
  return info;
}

export interface RequiredModel {
  /** The weakest model keeping every invariant without application-level coordination. */
  model: ConsistencyModel;
  /** The invariants that need coordination (not confluent). */
  needCoordination: Invariant[];
  /** Invariant → the model it alone needs. */
  perInvariant: Partial<Record<Invariant, ConsistencyModel>>;
}

/** Derived needs per knowledge base, by the invariants' names: the recommender asks again for every candidate setting. */
const required = keyedMemo<KnowledgeBase, RequiredModel>(10_000);

/** What a data set needs, derived from its invariants; `eventual` when it declares none. Shared and frozen: do not change it. */
export function requiredModelFor(invariants: Invariant[], kb: KnowledgeBase = loadKnowledge()): RequiredModel {
  return required.get(kb, invariants.join('\u0000'), () => {
    const need = deriveRequiredModel(invariants, kb);
    Object.freeze(need.needCoordination);
    Object.freeze(need.perInvariant);
    return Object.freeze(need);
  });
}

function deriveRequiredModel(invariants: Invariant[], kb: KnowledgeBase): RequiredModel {
  const perInvariant: Partial<Record<Invariant, ConsistencyModel>> = {};
  for (const inv of invariants) perInvariant[inv] = invariantInfo(inv, kb).weakestModel;
  const needed = Object.values(perInvariant);
  const model = needed.length === 0 ? 'eventual' : weakestSatisfyingAllIn(kb, needed);
  if (model === undefined) throw new KnowledgeError('consistency-models.yaml', `no model meets all of ${needed.join(', ')}`);
  return { model, needCoordination: invariants.filter((i) => !invariantInfo(i, kb).confluent), perInvariant };
}
