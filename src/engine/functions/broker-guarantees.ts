import { classification } from '../analysis-context.js';
import type { Topic } from '../../model/types.js';
import type { CheckFunction } from '../types.js';

const DELIVERY_RANK = { 'at-most-once': 0, 'at-least-once': 1, 'exactly-once': 2 } as const;
const ORDERING_RANK = { none: 0, 'per-key': 1, total: 2 } as const;

/**
 * What a topic declares (`delivery`, `ordering`) against what its broker, as configured,
 * gives (the profile's `messaging`). Works for every broker profile, not one engine.
 * `check: delivery | ordering | dedup-window`.
 */
export const brokerGuarantees: CheckFunction<{ check: 'delivery' | 'ordering' | 'dedup-window' }> = {
  name: 'broker-guarantees',
  description: "Compares a topic's declared delivery and ordering with what its broker configuration provides.",
  optionsSchema: { type: 'object', properties: { check: { enum: ['delivery', 'ordering', 'dedup-window'] } }, required: ['check'], additionalProperties: false },
  run(node, options, ctx) {
    const topic = node as Topic;
    const cls = classification(ctx).topics.get(topic.name);
    const given = cls?.messaging;
    if (!cls || !given || cls.declared) return [];
    const how = `${topic.engine} as configured (${cls.rule})`;
    if (options.check === 'delivery') {
      if (DELIVERY_RANK[topic.delivery] <= DELIVERY_RANK[given.delivery] || topic.delivery === 'at-most-once') return [];
      return [{ path: `${topic.path}.delivery`, message: `topic '${topic.name}' declares ${topic.delivery} delivery, but ${how} delivers ${given.delivery}: consumers will see repeats`, references: cls.references }];
    }
    if (options.check === 'ordering') {
      // One partition (shard, group) orders everything in it: per-key order becomes total.
      const ordering = given.ordering === 'per-key' && topic.settings['partitions'] === 1 ? 'total' : given.ordering;
      if (ORDERING_RANK[topic.ordering] <= ORDERING_RANK[ordering]) return [];
      return [{ path: `${topic.path}.ordering`, message: `topic '${topic.name}' declares ${topic.ordering} ordering, but ${how} orders ${given.ordering === 'none' ? 'nothing' : given.ordering}`, references: cls.references }];
    }
    if (topic.delivery !== 'exactly-once' || !given.dedupWindow) return [];
    return [{ path: `${topic.path}.delivery`, message: `topic '${topic.name}' relies on ${topic.engine}'s de-duplication, which drops repeats only within ${given.dedupWindow}: a publisher retry after that window is delivered again`, references: cls.references }];
  },
};
