import { classification } from '../analysis-context.js';
import type { Lock } from '../../model/types.js';
import type { CheckFunction } from '../types.js';

/** A correctness lock built on Redlock or on a store that can lose acknowledged writes (an AP store). */
export const lockSafety: CheckFunction<Record<string, never>> = {
  name: 'lock-safety',
  description: 'Reports correctness locks on Redlock or on AP stores.',
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const lock = node as Lock;
    if (lock.purpose !== 'correctness') return [];
    const cls = classification(ctx).stores.get(lock.store);
    if (lock.algorithm === 'redlock') {
      return [{ path: `${lock.path}.algorithm`, message: `lock '${lock.name}' uses Redlock for correctness: its safety rests on bounded clock drift, process pauses and network delays, which an asynchronous system does not have` }];
    }
    if (cls && (cls.cap === 'AP' || cls.onPartition.ackedWritesLostOnFailover) && lock.algorithm !== 'consensus') {
      return [
        {
          path: `${lock.path}.store`,
          message: `lock '${lock.name}' is held in '${lock.store}' (${cls.engine}, ${cls.cap}), which can lose an acknowledged lock grant on failover: two clients can then hold the lock at once`,
          references: cls.references,
        },
      ];
    }
    return [];
  },
};
