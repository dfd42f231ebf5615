import type { Service } from '../../model/types.js';
import type { CheckFunction } from '../types.js';

/** A service that writes data sets and publishes events directly: the two can diverge on a crash. */
export const dualWrite: CheckFunction<Record<string, never>> = {
  name: 'dual-write',
  description: 'Reports direct publishes from a service that also writes data sets.',
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node) {
    const service = node as Service;
    if (service.writes.length === 0) return [];
    return service.publishes
      .filter((p) => p.via === 'direct')
      .map((p) => ({
        path: p.path,
        message: `service '${service.name}' writes ${service.writes.map((w) => `'${w}'`).join(', ')} and publishes to '${p.topic}' directly: a crash between the two commits one without the other`,
      }));
  },
};
