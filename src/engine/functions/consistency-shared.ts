/** Small helpers shared by the consistency and durability checks. */
import { lookup } from '../../model/lookup.js';
import { declaredRequirement, requirementLevels } from '../../model/requirements.js';
import type { ConsistencyModel, Dataset, Datastore, Requirements, SystemModel } from '../../model/types.js';

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
