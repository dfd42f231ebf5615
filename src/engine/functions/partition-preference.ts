import { classification } from '../analysis-context.js';
import type { Datastore } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { datasetsOn, requirement } from './consistency-shared.js';

/** A declared partition preference that the store's CAP side contradicts. */
export const partitionPreference: CheckFunction<Record<string, never>> = {
  name: 'partition-preference',
  description: 'Reports stores whose behaviour under partition contradicts the declared partitionPreference.',
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const store = node as Datastore;
    const cls = classification(ctx).stores.get(store.name);
    if (!cls) return [];
    const prefs = [requirement('partitionPreference', ctx.model, store), ...datasetsOn(ctx.model, store.name).map((d) => requirement('partitionPreference', ctx.model, store, d))];
    const conflict = prefs.find((p) => (p.value === 'consistency' && cls.cap === 'AP') || (p.value === 'availability' && cls.cap === 'CP'));
    if (!conflict) return [];
    const wants = conflict.value === 'consistency' ? 'keep consistency (refuse rather than diverge)' : 'stay available (answer rather than wait)';
    const side = `minority-side reads ${cls.onPartition.reads}, writes ${cls.onPartition.writes}`;
    const does =
      cls.cap === 'AP'
        ? `gives up consistency to stay available (${cls.pacelc}): ${cls.onPartition.ackedWritesLostOnFailover ? `a failover can promote a replica that lacks acknowledged writes; ${side}` : `replicas keep accepting operations and diverge; ${side}`}`
        : `refuses requests rather than diverge (${cls.pacelc}; ${side})`;
    return [{ path: store.path, message: `${conflict.path} asks to ${wants} during a partition, but store '${store.name}' (${store.engine}) ${does}`, references: cls.references }];
  },
};
