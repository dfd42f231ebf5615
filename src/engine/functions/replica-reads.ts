import { classification } from '../analysis-context.js';
import type { Datastore } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { namesWithNeeds, relatedDatasets, unmetGroups } from './consistency-shared.js';

/**
 * Reads served by lagging replicas (async standbys, secondaries, followers, stale reads)
 * where a data set needs fresher reads: exactly the data sets whose own classification
 * is unmet because of such a read path (and would be met without it). One finding per
 * cause - a store-wide setting, or one data set's own read setting - naming every data
 * set it affects.
 */
export const replicaReads: CheckFunction<Record<string, unknown>> = {
  name: 'replica-reads',
  description: 'Reports read paths served by lagging replicas (store-wide or per data set) under data sets whose classification they leave unmet.',
  optionsSchema: { type: 'object', description: 'No options: the engine profiles mark which configurations read from lagging replicas (a rule `cause` of kind stale-reads).' },
  run(node, _options, ctx) {
    const store = node as Datastore;
    const c = classification(ctx);
    return unmetGroups(ctx.model, c, store.name, 'stale-reads').map(({ at, datasets }) => {
      const own = at.startsWith('datasets[');
      const path = c.datasetPaths.get(datasets[0]!.ds.name);
      return {
        path: at,
        message: `${own ? `data set '${datasets[0]!.ds.name}' reads` : `store '${store.name}' (${store.engine}) serves reads`} from replicas that can lag, so a client can miss a recent write: ${path?.explanation ?? ''} ${datasets.length > 1 ? `${datasets.length} data sets need fresher reads` : 'It needs fresher reads'}: ${namesWithNeeds(datasets)}`,
        references: path?.references ?? [],
        related: relatedDatasets(datasets),
      };
    });
  },
};
