import { classification } from '../analysis-context.js';
import type { Datastore, Topic } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { datasetsOn, requirement } from './consistency-shared.js';

/**
 * Stores and topics whose configuration can lose acknowledged writes on failover.
 * `when: rpo-zero` reports them where an RPO of zero is required (an error);
 * `when: otherwise` reports the documented loss where no zero RPO is asked (so the
 * two rules never say the same thing twice).
 */
export const writeLoss: CheckFunction<{ when: 'rpo-zero' | 'otherwise' }> = {
  name: 'write-loss',
  description: 'Reports configurations that lose acknowledged writes on failover, against the RPO.',
  optionsSchema: { type: 'object', properties: { when: { enum: ['rpo-zero', 'otherwise'] } }, required: ['when'], additionalProperties: false },
  run(node, options, ctx) {
    const target = node as Datastore | Topic;
    const c = classification(ctx);
    const isTopic = ctx.model.messaging.includes(target as Topic);
    const cls = isTopic ? c.topics.get(target.name) : c.stores.get(target.name);
    if (!cls) return [];
    if (!cls.onPartition.ackedWritesLostOnFailover) {
      // The store's default path keeps acknowledged writes, but a data set's own write settings
      // (MongoDB writeConcern 1, PostgreSQL SET LOCAL synchronous_commit) may not: judge its own path.
      if (isTopic) return [];
      const store = target as Datastore;
      return datasetsOn(ctx.model, store.name).flatMap((d) => {
        const own = c.datasetPaths.get(d.name);
        const writes = Object.keys(d.writes ?? {});
        if (!own?.onPartition.ackedWritesLostOnFailover || writes.length === 0) return [];
        const rpo = requirement('rpo', ctx.model, store, d);
        if ((options.when === 'rpo-zero') !== (rpo.value === 0)) return [];
        const message = options.when === 'rpo-zero'
          ? `data set '${d.name}' writes with its own settings that can lose acknowledged writes on failover, but an RPO of 0 is required (${rpo.path}): ${own.explanation}`
          : `data set '${d.name}' writes with its own settings that can lose writes it has acknowledged when a replica takes over: ${own.explanation}`;
        return [{ path: `${d.path}.writes.${writes[0]}`, message, references: own.references }];
      });
    }
    const store = isTopic ? undefined : (target as Datastore);
    const rpos = isTopic
      ? [requirement('rpo', ctx.model)]
      : [requirement('rpo', ctx.model, store), ...datasetsOn(ctx.model, target.name).map((d) => requirement('rpo', ctx.model, store, d))];
    const zero = rpos.find((r) => r.value === 0);
    if ((options.when === 'rpo-zero') !== (zero !== undefined)) return [];
    const kind = isTopic ? 'topic' : 'store';
    const message =
      options.when === 'rpo-zero'
        ? `${kind} '${target.name}' (${target.engine}) can lose acknowledged writes on failover, but an RPO of 0 is required (${zero!.path}): ${cls.explanation}`
        : `${kind} '${target.name}' (${target.engine}) as configured can lose writes it has acknowledged when a replica takes over: ${cls.explanation}`;
    return [{ path: `${target.path}.settings`, message, references: cls.references }];
  },
};
