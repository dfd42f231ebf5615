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
    if (!cls?.onPartition.ackedWritesLostOnFailover) return [];
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
