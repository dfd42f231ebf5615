import { classification } from '../analysis-context.js';
import type { Datastore, SettingValue } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { datasetsOn, needsStrongReads } from './consistency-shared.js';

interface Options {
  /** engine → setting → the values that route reads to replicas that may lag. */
  replicaReads: Record<string, Record<string, SettingValue[]>>;
  weakModels: string[];
}

/** Reads served by lagging replicas (async standbys, secondaries, followers) under data sets that need fresh reads. */
export const replicaReads: CheckFunction<Options> = {
  name: 'replica-reads',
  description: 'Reports store settings that read from lagging replicas while a data set needs read-your-writes or stronger.',
  optionsSchema: {
    type: 'object',
    properties: {
      replicaReads: { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'array' } } },
      weakModels: { type: 'array', items: { type: 'string' } },
    },
    required: ['replicaReads', 'weakModels'],
    additionalProperties: false,
  },
  run(node, options, ctx) {
    const store = node as Datastore;
    const rules = options.replicaReads[store.engine];
    if (!rules) return [];
    const hit = Object.entries(rules).find(([key, values]) => values.includes(store.settings[key] as SettingValue));
    if (!hit) return [];
    const c = classification(ctx);
    const unmet = datasetsOn(ctx.model, store.name).filter((d) => {
      const v = c.datasets.get(d.name);
      return v && !v.satisfied && needsStrongReads(v.requires, options.weakModels);
    });
    if (unmet.length === 0) return [];
    const [key] = hit;
    const names = unmet.map((d) => `'${d.name}' (${c.datasets.get(d.name)?.requires})`).join(', ');
    return [
      {
        path: `${store.path}.settings.${key}`,
        message: `store '${store.name}' serves reads from replicas that can lag (${key}: ${String(store.settings[key])}), so a client can miss its own recent write; ${names} need fresher reads`,
        references: c.stores.get(store.name)?.references ?? [],
      },
    ];
  },
};
