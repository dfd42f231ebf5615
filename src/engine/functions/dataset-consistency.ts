import { classification } from '../analysis-context.js';
import type { Dataset } from '../../model/types.js';
import type { CheckFunction } from '../types.js';

/**
 * A data set whose requirement (declared, or derived from its invariants) its own path -
 * store configuration × its read/write settings × its regions - does not meet, where the
 * cause is the model itself (not a stale read path or a missing quorum overlap, which
 * their own rules report, nor an invariant left uncoordinated, which
 * invariant/coordination-required reports).
 */
export const datasetConsistency: CheckFunction<Record<string, never>> = {
  name: 'dataset-consistency',
  description: "Reports a data set whose consistency requirement its classification (store, own settings, regions) does not meet.",
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const ds = node as Dataset;
    const c = classification(ctx);
    const verdict = c.datasets.get(ds.name);
    const given = c.datasetPaths.get(ds.name);
    if (!verdict || !given || verdict.satisfied || verdict.weakness !== 'model') return [];
    const need = verdict.requiresFrom === 'declared' ? `needs ${verdict.requires}` : `needs ${verdict.requires} to keep ${ds.invariants.join(', ')}`;
    const how = verdict.decidedBy === 'store' ? `store '${given.name}' (${given.engine}) as configured gives ${given.consistency}` : `its own path on store '${given.name}' (${given.engine}, ${verdict.decidedBy?.replace(/-/g, ' ')}) gives ${given.consistency}`;
    return [{ path: verdict.weakAt ?? `${ds.path}.consistency`, message: `data set '${ds.name}' ${need}, but ${how}: ${given.explanation}`, references: given.references }];
  },
};
