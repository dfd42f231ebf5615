import type { Datastore } from '../../model/types.js';
import type { CheckFunction, CheckResult } from '../types.js';
import { lookup } from '../../model/lookup.js';

type Check = 'hot-key' | 'strategy-mismatch';
const KEYED = ['hash', 'range', 'consistent-hash'];
const HASHED = ['hash', 'consistent-hash'];

/**
 * How a store's partitioning fits the way its data sets are used. `hot-key`: a
 * data set declares hot keys on a keyed partitioning with no mitigation, so one
 * shard takes their whole load. `strategy-mismatch`: range or scan access on a
 * hashed key (every shard must answer), or a monotonic key on range partitioning
 * (every new write lands on the last shard).
 */
export const partitioningFit: CheckFunction<{ check: Check }> = {
  name: 'partitioning-fit',
  description: "Checks a store's partitioning against its data sets' hot keys and access patterns.",
  optionsSchema: { type: 'object', properties: { check: { enum: ['hot-key', 'strategy-mismatch'] } }, required: ['check'], additionalProperties: false },
  run(node, options, ctx) {
    const store = node as Datastore;
    const p = store.partitioning;
    if (!p || !KEYED.includes(p.strategy)) return [];
    const key = p.key ? ` on '${p.key}'` : '';
    const datasets = lookup(ctx.model).datasetsByStore.get(store.name) ?? [];
    const results: CheckResult[] = [];
    if (options.check === 'hot-key') {
      if (p.hotKeyMitigation) return [];
      for (const d of datasets.filter((x) => x.access.hotKeys === true)) {
        results.push({ path: `${d.path}.access.hotKeys`, message: `data set '${d.name}' has hot keys, and '${store.name}' is ${p.strategy}-partitioned${key} with no hotKeyMitigation: each hot key lives on one shard, which takes its whole load while the others idle` });
      }
      return results;
    }
    if (HASHED.includes(p.strategy)) {
      for (const d of datasets.filter((x) => x.access.pattern === 'range' || x.access.pattern === 'scan')) {
        results.push({ path: `${d.path}.access.pattern`, message: `data set '${d.name}' is read by ${d.access.pattern}, but '${store.name}' is ${p.strategy}-partitioned${key}: hashing scatters adjacent keys, so every ${d.access.pattern} must ask every shard` });
      }
    }
    if (p.strategy === 'range' && p.monotonicKey === true) {
      results.push({ path: `${store.path}.partitioning.monotonicKey`, message: `'${store.name}' is range-partitioned${key} and the key grows monotonically: every new write lands on the last range, so one shard takes all inserts however many there are` });
    }
    return results;
  },
};
