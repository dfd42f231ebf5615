import { invariantInfo, loadKnowledge } from '../../knowledge/index.js';
import { classification } from '../analysis-context.js';
import type { Dataset } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { lookup } from '../../model/lookup.js';

/**
 * An invariant that is not confluent (Bailis et al., VLDB 2015) on a store that
 * accepts writes without coordinating them: two replicas can each accept a write
 * that is valid alone and invalid together.
 */
export const invariantCoordination: CheckFunction<{ uncoordinatedTopologies: string[] }> = {
  name: 'invariant-coordination',
  description: 'Reports non-confluent invariants on stores that do not coordinate writes (AP, multi-leader, leaderless).',
  optionsSchema: {
    type: 'object',
    properties: { uncoordinatedTopologies: { type: 'array', items: { type: 'string' } } },
    required: ['uncoordinatedTopologies'],
    additionalProperties: false,
  },
  run(node, options, ctx) {
    const ds = node as Dataset;
    const store = lookup(ctx.model).datastores.get(ds.store);
    // The data set's own path (store × its settings × its regions) decides, as it does its classification.
    const cls = classification(ctx).datasetPaths.get(ds.name);
    const verdict = classification(ctx).datasets.get(ds.name);
    if (!store || !cls || !verdict) return [];
    // A requirement derived from the invariants is the data set's consistency requirement:
    // this rule reports it exactly when the classification blames coordination.
    if (verdict.requiresFrom === 'invariants' && verdict.weakness !== 'coordination') return [];
    const topology = store.topology ?? loadKnowledge().engines.get(store.engine)?.topology;
    const uncoordinated = cls.cap === 'AP' || (topology !== undefined && options.uncoordinatedTopologies.includes(topology));
    if (!uncoordinated) return [];
    const unmet = verdict.unmetInvariants ?? [];
    return ds.invariants
      .map((inv) => ({ inv, info: invariantInfo(inv) }))
      .filter(({ inv, info }) => !info.confluent && unmet.includes(inv))
      .map(({ inv, info }) => ({
        path: `${ds.path}.invariants[${ds.invariants.indexOf(inv)}]`,
        message: `invariant '${inv}' on '${ds.name}' needs coordination, but store '${store.name}' (${store.engine}, ${cls.cap}${topology ? `, ${topology}` : ''}) accepts writes on several replicas without it: ${info.why}`,
        references: [info.source],
      }));
  },
};
