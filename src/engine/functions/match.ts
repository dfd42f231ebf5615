import { field } from '../given.js';
import type { CheckFunction } from '../types.js';

type Op = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'notIn' | 'defined' | 'undefined' | 'truthy' | 'falsy';

export interface Condition {
  field: string;
  op: Op;
  value?: unknown;
}

const OPS: Record<Op, (actual: unknown, expected: unknown) => boolean> = {
  eq: (a, e) => a === e,
  ne: (a, e) => a !== e,
  gt: (a, e) => typeof a === 'number' && a > Number(e),
  gte: (a, e) => typeof a === 'number' && a >= Number(e),
  lt: (a, e) => typeof a === 'number' && a < Number(e),
  lte: (a, e) => typeof a === 'number' && a <= Number(e),
  in: (a, e) => Array.isArray(e) && e.includes(a),
  notIn: (a, e) => Array.isArray(e) && !e.includes(a),
  defined: (a) => a !== undefined,
  undefined: (a) => a === undefined,
  truthy: (a) => Boolean(a) && !(Array.isArray(a) && a.length === 0),
  falsy: (a) => !a || (Array.isArray(a) && a.length === 0),
};

/** Reports the node when every condition holds: simple rules stay pure data. */
export const match: CheckFunction<{ all: Condition[] }> = {
  name: 'match',
  description: 'Reports the selected node when all conditions on its fields hold.',
  optionsSchema: {
    type: 'object',
    properties: {
      all: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: { field: { type: 'string' }, op: { enum: Object.keys(OPS) }, value: {} },
          required: ['field', 'op'],
          additionalProperties: false,
        },
      },
    },
    required: ['all'],
    additionalProperties: false,
  },
  run(node, options) {
    const holds = options.all.every((c) => OPS[c.op](field(node, c.field), c.value));
    return holds ? [{ message: '' }] : [];
  },
};
