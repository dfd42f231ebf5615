/** Small helpers shared by the consistency and durability checks. */
import { lookup } from '../../model/lookup.js';
import { declaredRequirement, requirementLevels } from '../../model/requirements.js';
import type { ConsistencyModel, Dataset, Datastore, Requirements, SystemModel } from '../../model/types.js';
import type { DatasetClassification, Weakness } from '../../analysis/classify-dataset.js';
import type { SystemClassification } from '../../analysis/system.js';

/** The data sets a store holds. */
export function datasetsOn(model: SystemModel, store: string): Dataset[] {
  return lookup(model).datasetsByStore.get(store) ?? [];
}

/** A requirement, taken from the most specific place that states it: data set, store, system. */
export function requirement<K extends keyof Requirements>(key: K, model: SystemModel, store?: Datastore, dataset?: Dataset): { value: Requirements[K] | undefined; path: string } {
  return declaredRequirement(requirementLevels(model, dataset, store), key) ?? { value: undefined, path: `requirements.${key}` };
}

/** Whether a required model asks for more than the weak, always-available ones listed. */
export function needsStrongReads(required: ConsistencyModel | undefined, weakModels: string[]): boolean {
  return required !== undefined && !weakModels.includes(required);
}

export function settingText(settings: Record<string, unknown>, keys: string[]): string {
  return keys
    .filter((k) => settings[k] !== undefined)
    .map((k) => `${k}: ${String(settings[k])}`)
    .join(', ');
}

/**
 * The unmet data sets of a store whose classification names `weakness`, grouped by the
 * YAML path of their cause: one group per setting (or data set) that causes it, so one
 * store-wide setting that fails several data sets is one finding naming them all.
 */
export function unmetGroups(model: SystemModel, c: SystemClassification, store: string, weakness: Weakness): { at: string; datasets: { ds: Dataset; verdict: DatasetClassification }[] }[] {
  const groups = new Map<string, { ds: Dataset; verdict: DatasetClassification }[]>();
  for (const ds of datasetsOn(model, store)) {
    const verdict = c.datasets.get(ds.name);
    if (!verdict || verdict.satisfied || verdict.weakness !== weakness || !verdict.weakAt) continue;
    groups.set(verdict.weakAt, [...(groups.get(verdict.weakAt) ?? []), { ds, verdict }]);
  }
  return [...groups].map(([at, datasets]) => ({ at, datasets }));
}

/** `'a' (needs linearizable, gets consistent-prefix), 'b' (…)`. */
export function namesWithNeeds(datasets: { ds: Dataset; verdict: DatasetClassification }[]): string {
  return datasets.map(({ ds, verdict }) => `'${ds.name}' (needs ${verdict.requires}, gets ${verdict.provided})`).join(', ');
}

export function relatedDatasets(datasets: { ds: Dataset; verdict: DatasetClassification }[]): { path: string; message: string }[] {
  return datasets.map(({ ds, verdict }) => ({ path: ds.path, message: `data set '${ds.name}' needs ${verdict.requires} and gets ${verdict.provided}` }));
}
