import { describe, expect, it } from 'vitest';
import { parseEngine } from '../../src/knowledge/parse-engine.js';
import { KnowledgeError } from '../../src/knowledge/shape.js';
import { loadKnowledge } from '../../src/knowledge/index.js';

const behaviours = loadKnowledge().partitionBehaviours;

function profile(kind: string, gives: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'test', name: 'Test', kind, topology: 'single-leader', replication: 'sync', replicasPerRegion: false, defaultReplicas: 3,
    references: { a: 'Source A, a document', b: 'Source B, another document' },
    rules: [{ id: 'only', gives: { pacelc: 'PC/EC', consistency: 'sequential', explanation: 'Because.', references: ['a'],
      onPartition: { reads: 'unavailable-minority', writes: 'unavailable-minority', ackedWritesLostOnFailover: false }, ...gives } }],
  };
}

function failure(doc: unknown): KnowledgeError {
  try {
    parseEngine(doc, 'test.yaml', behaviours);
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error('expected a KnowledgeError');
}

describe('the engine profile format', () => {
  it('still reads a database profile written before brokers stated their delivery', () => {
    const p = parseEngine(profile('database', {}), 'test.yaml', behaviours);
    expect(p.rules[0]!.gives.messaging).toBeUndefined();
  });

  it('reads what a broker configuration gives its consumers', () => {
    const p = parseEngine(profile('queue', { messaging: { delivery: 'exactly-once', ordering: 'per-key', dedupWindow: '5m' } }), 'test.yaml', behaviours);
    expect(p.kind).toBe('queue');
    expect(p.rules[0]!.gives.messaging).toEqual({ delivery: 'exactly-once', ordering: 'per-key', dedupWindow: '5m' });
  });

  it('asks every rule of a broker profile for its delivery and ordering', () => {
    const e = failure(profile('log', {}));
    expect(e.where).toBe('rules[0].gives');
    expect(e.detail).toContain('"messaging" (delivery, ordering) is set neither here nor in base');
  });

  it('refuses an unknown delivery and a window that is not a duration, naming the path', () => {
    expect(failure(profile('queue', { messaging: { delivery: 'twice', ordering: 'none' } })).where).toBe('rules[0].gives.messaging.delivery');
    const e = failure(profile('queue', { messaging: { delivery: 'exactly-once', ordering: 'none', dedupWindow: 'five minutes' } }));
    expect(e.where).toBe('rules[0].gives.messaging.dedupWindow');
    expect(e.detail).toContain('expected a duration such as 5m');
  });
});
