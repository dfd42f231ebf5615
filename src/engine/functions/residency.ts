import type { Dataset } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { jurisdictionsOf, occupiedRegions } from './support/regions.js';
import { lookup } from '../../model/lookup.js';

/**
 * A data set whose `residency` names jurisdictions (`eu`, `de`) or region ids must
 * have every replica of its store in a region that is one of those ids or lies in
 * one of those jurisdictions. A region with no known jurisdiction cannot be shown
 * to comply, so it is reported too.
 */
export const residency: CheckFunction<Record<string, never>> = {
  name: 'residency',
  description: "Reports data sets whose store keeps replicas outside the data set's residency.",
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const ds = node as Dataset;
    if (ds.residency.length === 0) return [];
    const store = lookup(ctx.model).datastores.get(ds.store);
    if (!store) return [];
    const outside = occupiedRegions(store.placement)
      .map((region) => ({ region, count: store.placement[region]!, jurisdictions: jurisdictionsOf(ctx.model, region) }))
      .filter((r) => !ds.residency.includes(r.region) && !r.jurisdictions.some((j) => ds.residency.includes(j)));
    if (outside.length === 0) return [];
    const where = outside
      .map((r) => `${r.count} replica${r.count === 1 ? '' : 's'} in ${r.region} (${r.jurisdictions.length ? r.jurisdictions.join(', ') : 'no jurisdiction declared'})`)
      .join(', ');
    return [{
      path: `${ds.path}.residency`,
      message: `data set '${ds.name}' must stay in ${ds.residency.join(', ')}, but its store '${store.name}' keeps ${where}`,
    }];
  },
};
