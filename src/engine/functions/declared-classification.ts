import { classification } from '../analysis-context.js';
import type { CheckFunction } from '../types.js';

/** Every store and topic whose classification was declared (`engine: custom`), not derived from a profile. */
export const declaredClassification: CheckFunction<Record<string, never>> = {
  name: 'declared-classification',
  description: 'Reports stores and topics classified from a declaration (engine: custom) instead of an engine profile.',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  run(_node, _options, ctx) {
    const c = classification(ctx);
    return [...c.stores.values(), ...c.topics.values()]
      .filter((s) => s.declared)
      .map((s) => ({
        path: `${s.path}.declared`,
        message: `'${s.name}' is classified as declared (${s.pacelc}, ${s.consistency}, acknowledged writes ${s.onPartition.ackedWritesLostOnFailover ? 'lost' : 'kept'} on failover), not derived: every rule takes the declaration as true`,
      }));
  },
};
