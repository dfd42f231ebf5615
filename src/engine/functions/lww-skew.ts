import { loadKnowledge } from '../../knowledge/index.js';
import type { Datastore } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { lookup } from '../../model/lookup.js';

/**
 * Last-writer-wins on wall-clock timestamps where several replicas accept writes:
 * clock skew decides which concurrent write survives, and the other is lost silently.
 */
export const lwwSkew: CheckFunction<{ lwwEngines: string[]; multiWriterTopologies: string[]; multiWriteSettings: Record<string, string> }> = {
  name: 'lww-skew',
  description: 'Reports last-writer-wins conflict resolution across several writers.',
  optionsSchema: {
    type: 'object',
    properties: {
      lwwEngines: { type: 'array', items: { type: 'string' } },
      multiWriterTopologies: { type: 'array', items: { type: 'string' } },
      multiWriteSettings: { type: 'object', additionalProperties: { type: 'string' } },
    },
    required: ['lwwEngines', 'multiWriterTopologies', 'multiWriteSettings'],
    additionalProperties: false,
  },
  run(node, options, ctx) {
    const store = node as Datastore;
    const lww = store.conflictResolution === 'lww' || (store.conflictResolution === undefined && options.lwwEngines.includes(store.engine));
    if (!lww) return [];
    const topology = store.topology ?? loadKnowledge().engines.get(store.engine)?.topology;
    const flag = options.multiWriteSettings[store.engine];
    const multiWriter = (topology !== undefined && options.multiWriterTopologies.includes(topology)) || (flag !== undefined && store.settings[flag] === true);
    const regions = new Set([...store.regions, ...(lookup(ctx.model).datasetsByStore.get(store.name) ?? []).flatMap((d) => d.access.writeRegions ?? [])]);
    if (!multiWriter || regions.size < 2) return [];
    const path = store.conflictResolution ? `${store.path}.conflictResolution` : store.path;
    return [
      {
        path,
        message: `store '${store.name}' (${store.engine}) resolves concurrent writes by last-writer-wins on timestamps across ${regions.size} regions: clock skew between writers decides which write survives, and the other is dropped without an error`,
      },
    ];
  },
};
