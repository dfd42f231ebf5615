import type { Consumer } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { lookup } from '../../model/lookup.js';

/** At-least-once delivery (or exactly-once inside the broker only) into a consumer that is not idempotent. */
export const consumerIdempotence: CheckFunction<{ deliveries: string[] }> = {
  name: 'consumer-idempotence',
  description: 'Reports non-idempotent consumers of topics whose delivery can repeat a message.',
  optionsSchema: {
    type: 'object',
    properties: { deliveries: { type: 'array', items: { enum: ['at-most-once', 'at-least-once', 'exactly-once'] } } },
    required: ['deliveries'],
    additionalProperties: false,
  },
  run(node, options, ctx) {
    const consumer = node as Consumer;
    if (consumer.idempotent) return [];
    const topic = lookup(ctx.model).topics.get(consumer.topic);
    if (!topic || !options.deliveries.includes(topic.delivery)) return [];
    const why =
      topic.delivery === 'exactly-once'
        ? "exactly-once holds only inside the broker (its transactions or de-duplication); side effects outside it still repeat after a redelivery"
        : 'a redelivery (after a consumer crash, rebalance or visibility timeout before the acknowledgement or offset commit) runs the handler twice';
    return [{ message: `'${consumer.service}' consumes '${topic.name}' (${topic.delivery}) but is not idempotent: ${why}` }];
  },
};
