import { classification } from '../analysis-context.js';
import type { Datastore } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { namesWithNeeds, relatedDatasets, unmetGroups } from './consistency-shared.js';

/**
 * Leaderless reads and writes whose replica sets need not meet (R + W ≤ N, sloppy
 * quorums, datacentre-local levels read in a region that does not write), where a data
 * set needs fresh reads: exactly the data sets whose own classification (store levels ×
 * the data set's own levels × the regions it is read and written in) is unmet for that
 * reason and would be met with overlapping quorums. One finding per cause.
 */
export const quorumOverlap: CheckFunction<Record<string, unknown>> = {
  name: 'quorum-overlap',
  description: 'Reports read and write quorums that need not overlap (store-wide, per data set, or across the regions a data set uses) under data sets whose classification they leave unmet.',
  optionsSchema: { type: 'object', description: 'No options: the engine profiles mark which configurations lack quorum overlap (a rule `cause` of kind quorum).' },
  run(node, _options, ctx) {
    const store = node as Datastore;
    const c = classification(ctx);
    return unmetGroups(ctx.model, c, store.name, 'quorum').map(({ at, datasets }) => {
      const first = datasets[0]!;
      const path = c.datasetPaths.get(first.ds.name);
      const where = at.startsWith(`${first.ds.path}.access`) || at === first.ds.path
        ? `data set '${first.ds.name}' is written in ${first.verdict.writeRegions?.join(', ') || '?'} and read in ${first.verdict.readRegions?.join(', ') || '?'}`
        : at.startsWith('datasets[') ? `data set '${first.ds.name}' sets its own levels` : `store '${store.name}' (${store.engine})`;
      return {
        path: at,
        message: `${where}: read and write replicas need not overlap, so a read can miss an acknowledged write. ${path?.explanation ?? ''} ${datasets.length > 1 ? `${datasets.length} data sets need fresh reads` : 'It needs fresh reads'}: ${namesWithNeeds(datasets)}`,
        references: path?.references ?? [],
        related: relatedDatasets(datasets),
      };
    });
  },
};
