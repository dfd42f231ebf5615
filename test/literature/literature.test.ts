import { describe, expect, it } from 'vitest';
import { classifyDatastore } from '../../src/analysis/classify-store.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import type { Datastore } from '../../src/model/types.js';
import { LITERATURE, type LiteratureRow } from './configurations.js';

const kb = loadKnowledge();

function storeFor(row: LiteratureRow): Datastore {
  const regions = row.config.regions ?? ['aws:us-east-1'];
  return {
    name: `${row.engine}-literature`,
    path: 'datastores[0]',
    engine: row.engine,
    regions,
    replicas: row.config.replicas ?? kb.engines.get(row.engine)?.defaultReplicas ?? 3,
    placement: row.config.placement ?? {},
    settings: row.config.settings ?? {},
    ...(row.config.topology ? { topology: row.config.topology } : {}),
    ...(row.config.failover ? { failover: row.config.failover } : {}),
  };
}

const label = (row: LiteratureRow): string => `${row.engine} ${JSON.stringify(row.config.settings ?? {})}${row.config.regions ? ` in ${row.config.regions.length} regions` : ''}${row.config.failover ? ` failover ${row.config.failover}` : ''}`;

describe('classification matches the literature', () => {
  it('covers at least 30 configurations and every engine', () => {
    expect(LITERATURE.length).toBeGreaterThanOrEqual(30);
    const engines = [...new Set(LITERATURE.map((r) => r.engine))].sort();
    expect(engines).toEqual([...kb.engines.keys()].sort());
  });

  it.each(LITERATURE.map((row) => [label(row), row] as const))('%s', (_name, row) => {
    expect(row.source.length).toBeGreaterThan(10);
    const c = classifyDatastore(storeFor(row), kb);
    expect({ pacelc: c.pacelc, cap: c.cap, consistency: c.consistency }).toEqual({ pacelc: row.pacelc, cap: row.cap, consistency: row.consistency });
    if (row.ackedWritesLostOnFailover !== undefined) expect(c.onPartition.ackedWritesLostOnFailover).toBe(row.ackedWritesLostOnFailover);
    expect(c.explanation.length).toBeGreaterThan(40);
    expect(c.references.length).toBeGreaterThan(0);
  });
});
