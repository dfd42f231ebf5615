import { describe, expect, it } from 'vitest';
import { classifyDatastore } from '../../src/analysis/classify-store.js';
import { classifySystem } from '../../src/analysis/system.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { findRegion } from '../../src/knowledge/regions.js';
import type { Dataset, Datastore, Region, SystemModel } from '../../src/model/types.js';
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

/** The row's store holding one data set that reads and writes its own way. */
function systemFor(row: LiteratureRow, store: Datastore): SystemModel {
  const d = row.dataset!;
  const dataset: Dataset = {
    name: 'literature-data', path: 'datasets[0]', store: store.name, invariants: [], residency: [],
    access: { ...(d.readRegions ? { readRegions: d.readRegions } : {}), ...(d.writeRegions ? { writeRegions: d.writeRegions } : {}) },
    ...(d.reads ? { reads: d.reads } : {}), ...(d.writes ? { writes: d.writes } : {}),
  };
  const regions: Region[] = store.regions.map((id) => ({ id, name: id, jurisdictions: [], ...(findRegion(id)?.location ? { location: findRegion(id)!.location } : {}) }));
  return { version: 1, name: 'literature', regions, requirements: { tolerate: { nodes: 0, zones: 0, regions: 0 } }, datastores: [store], datasets: [dataset], services: [], messaging: [], workflows: [], locks: [], consumers: [], suppressions: [] };
}

const label = (row: LiteratureRow): string => `${row.engine} ${JSON.stringify(row.config.settings ?? {})}${row.config.regions ? ` in ${row.config.regions.length} regions` : ''}${row.config.failover ? ` failover ${row.config.failover}` : ''}${row.dataset ? ` / data set ${JSON.stringify({ reads: row.dataset.reads, writes: row.dataset.writes, readRegions: row.dataset.readRegions, writeRegions: row.dataset.writeRegions })}` : ''}`;

const flips = LITERATURE.filter((r) => r.dataset && r.dataset.consistency !== r.consistency);

describe('classification matches the literature', () => {
  it('covers at least 80 configurations, every engine, and 20 where a data set flips its store', () => {
    expect(LITERATURE.length).toBeGreaterThanOrEqual(80);
    expect(flips.length).toBeGreaterThanOrEqual(20);
    // Rows may come from several files (imported into configurations.ts): every engine of the
    // knowledge base needs one, and every row must name an engine the knowledge base has.
    const engines = new Set(LITERATURE.map((r) => r.engine));
    for (const id of kb.engines.keys()) expect(engines, `no literature row for ${id}`).toContain(id);
    for (const e of engines) expect(kb.engines.has(e), `literature row for unknown engine ${e}`).toBe(true);
  });

  it.each(LITERATURE.map((row) => [label(row), row] as const))('%s', (_name, row) => {
    expect(row.source.length).toBeGreaterThan(10);
    const c = classifyDatastore(storeFor(row), kb);
    expect({ pacelc: c.pacelc, cap: c.cap, consistency: c.consistency }).toEqual({ pacelc: row.pacelc, cap: row.cap, consistency: row.consistency });
    if (row.ackedWritesLostOnFailover !== undefined) expect(c.onPartition.ackedWritesLostOnFailover).toBe(row.ackedWritesLostOnFailover);
    expect(c.explanation.length).toBeGreaterThan(40);
    expect(c.references.length).toBeGreaterThan(0);
    if (row.dataset) {
      const store = storeFor(row);
      const d = classifySystem(systemFor(row, store), kb).datasets.get('literature-data')!;
      expect(d.provided).toBe(row.dataset.consistency);
      if (row.dataset.decidedBy) expect(d.decidedBy).toBe(row.dataset.decidedBy);
      // The store row still says what its default path gives.
      expect(classifySystem(systemFor(row, store), kb).stores.get(store.name)!.consistency).toBe(row.consistency);
    }
  });
});
