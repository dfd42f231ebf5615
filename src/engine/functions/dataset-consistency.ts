import { classification } from '../analysis-context.js';
import type { Dataset } from '../../model/types.js';
import type { CheckFunction } from '../types.js';

/** A data set whose declared consistency its store, as configured, does not provide. */
export const datasetConsistency: CheckFunction<Record<string, never>> = {
  name: 'dataset-consistency',
  description: 'Reports a data set whose declared consistency requirement its store does not meet.',
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const ds = node as Dataset;
    const c = classification(ctx);
    const verdict = c.datasets.get(ds.name);
    const store = c.stores.get(ds.store);
    if (!verdict || !store || verdict.satisfied || verdict.requiresFrom !== 'declared') return [];
    return [
      {
        path: `${ds.path}.consistency`,
        message: `data set '${ds.name}' needs ${verdict.requires}, but store '${store.name}' (${store.engine}) as configured gives ${store.consistency}: ${store.explanation}`,
        references: store.references,
      },
    ];
  },
};
