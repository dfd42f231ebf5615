/**
 * Queries over the consistency-model hierarchy. Everything is a lookup in the
 * reflexive, transitive closure computed once at load time.
 */
import type { ConsistencyModel } from '../model/types.js';
import type { AvailabilityClass, KnowledgeBase, ModelInfo } from './types.js';

/** model → all models it implies, itself included. Throws on a cycle (two distinct models implying each other). */
export function computeClosure(models: Map<ConsistencyModel, ModelInfo>): Map<ConsistencyModel, Set<ConsistencyModel>> {
  const closure = new Map<ConsistencyModel, Set<ConsistencyModel>>();
  const visit = (id: ConsistencyModel, path: ConsistencyModel[]): Set<ConsistencyModel> => {
    const done = closure.get(id);
    if (done) return done;
    if (path.includes(id)) throw new Error(`cycle in the consistency hierarchy: ${[...path, id].join(' -> ')}`);
    const set = new Set<ConsistencyModel>([id]);
    for (const next of models.get(id)?.implies ?? []) for (const m of visit(next, [...path, id])) set.add(m);
    closure.set(id, set);
    return set;
  };
  for (const id of models.keys()) visit(id, []);
  return closure;
}

/** Does a store that provides `provided` meet a requirement of `required`? */
export function satisfiesIn(kb: KnowledgeBase, provided: ConsistencyModel, required: ConsistencyModel): boolean {
  return kb.closure.get(provided)?.has(required) ?? false;
}

/** Number of models a model implies: a total order used only to break ties deterministically. */
function strength(kb: KnowledgeBase, m: ConsistencyModel): number {
  return kb.closure.get(m)?.size ?? 0;
}

/** The maximal elements of a set of models (those no other member implies). */
function maximal(kb: KnowledgeBase, candidates: ConsistencyModel[]): ConsistencyModel[] {
  return candidates.filter((c) => !candidates.some((o) => o !== c && satisfiesIn(kb, o, c)));
}

/**
 * The strongest model that every one of `models` guarantees (their meet): used to
 * say what a mix of configurations still promises. When the hierarchy has several
 * incomparable candidates, the one implying the most models wins (ties by name).
 */
export function strongestCommonIn(kb: KnowledgeBase, models: ConsistencyModel[]): ConsistencyModel {
  if (models.length === 0) throw new Error('strongestCommon needs at least one model');
  const common = [...kb.models.keys()].filter((c) => models.every((m) => satisfiesIn(kb, m, c)));
  const best = maximal(kb, common).sort((a, b) => strength(kb, b) - strength(kb, a) || a.localeCompare(b));
  return best[0] ?? 'eventual';
}

/**
 * The weakest model that meets every one of `required` (their join), or undefined
 * when none does. Ties between incomparable candidates go to the one implying fewer models.
 */
export function weakestSatisfyingAllIn(kb: KnowledgeBase, required: ConsistencyModel[]): ConsistencyModel | undefined {
  const candidates = [...kb.models.keys()].filter((c) => required.every((r) => satisfiesIn(kb, c, r)));
  const minimal = candidates.filter((c) => !candidates.some((o) => o !== c && satisfiesIn(kb, c, o)));
  return minimal.sort((a, b) => strength(kb, a) - strength(kb, b) || a.localeCompare(b))[0];
}

export function availabilityClassIn(kb: KnowledgeBase, model: ConsistencyModel): AvailabilityClass {
  const info = kb.models.get(model);
  if (!info) throw new Error(`unknown consistency model "${model}"`);
  return info.availability;
}
