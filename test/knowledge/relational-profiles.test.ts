import { describe, expect, it } from 'vitest';
import { classifyDatastore } from '../../src/analysis/classify-store.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import type { Datastore } from '../../src/model/types.js';
import { RELATIONAL_LITERATURE } from '../literature/relational.js';

const kb = loadKnowledge();

const RELATIONAL = ['alloydb', 'aurora-mysql', 'aurora-postgresql', 'azure-postgresql', 'azure-sql', 'cloud-sql', 'galera',
  'mysql-group-replication', 'mysql-ndb', 'rds-mysql', 'rds-postgresql', 'vitess', 'voltdb'];

function store(engine: string, extra: Partial<Datastore> = {}): Datastore {
  return {
    name: engine, path: 'datastores[0]', engine, regions: ['aws:us-east-1'],
    replicas: kb.engines.get(engine)?.defaultReplicas ?? 1, placement: {}, settings: {}, ...extra,
  };
}

describe('managed relational and MySQL-family profiles', () => {
  it.each(RELATIONAL)('%s cites at least two sources and documents every setting with a default and a defined source', (id) => {
    const profile = kb.engines.get(id);
    expect(profile, id).toBeDefined();
    expect(Object.keys(profile!.references).length).toBeGreaterThanOrEqual(2);
    for (const [name, spec] of Object.entries(profile!.settings)) {
      expect(spec.default, `${id}.${name}`).toBeDefined();
      expect(spec.description.length, `${id}.${name}`).toBeGreaterThan(40);
      expect(profile!.references[spec.source], `${id}.${name} cites "${spec.source}"`).toMatch(/\w/);
    }
    for (const rule of profile!.rules) {
      for (const ref of rule.gives.references ?? []) expect(profile!.references[ref], `${id}/${rule.id}`).toBeDefined();
    }
  });

  it.each(RELATIONAL)('%s has literature rows whose classification flips with a setting or the deployment', (id) => {
    const rows = RELATIONAL_LITERATURE.filter((r) => r.engine === id);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const classes = new Set(rows.map((r) => `${r.pacelc} ${r.consistency} ${String(r.ackedWritesLostOnFailover)}`));
    expect(classes.size).toBeGreaterThanOrEqual(2);
    const configs = new Set(rows.map((r) => JSON.stringify(r.config.settings ?? {})));
    expect(configs.size).toBeGreaterThanOrEqual(2);
  });

  it('maps Galera reads on a node outside the primary component to wsrep_dirty_reads', () => {
    expect(classifyDatastore(store('galera'), kb).onPartition.reads).toBe('unavailable-minority');
    expect(classifyDatastore(store('galera', { settings: { dirtyReads: true } }), kb).onPartition.reads).toBe('available-stale');
  });

  it('reads an Aurora store in several regions as a Global Database and bounds its loss only with a managed RPO', () => {
    const global = { regions: ['aws:us-east-1', 'aws:eu-west-1'], replicas: 4 };
    const plain = classifyDatastore(store('aurora-postgresql', global), kb);
    expect(plain.rule).toBe('aurora-postgresql/global-primary');
    expect(plain.onPartition.ackedWritesLostOnFailover).toBe(true);
    const rpo = classifyDatastore(store('aurora-postgresql', { ...global, settings: { managedRpoSeconds: 30 } }), kb);
    expect(rpo.rule).toBe('aurora-postgresql/global-managed-rpo');
    expect(rpo.explanation).toContain('30 s');
    // 19 s is below the 20 s AWS accepts: treated as not set.
    expect(classifyDatastore(store('aurora-postgresql', { ...global, settings: { managedRpoSeconds: 19 } }), kb).rule).toBe('aurora-postgresql/global-primary');
  });

  it('treats Vitess reparenting as automatic unless failover is declared manual', () => {
    expect(classifyDatastore(store('vitess'), kb).pacelc).toBe('PA/EC');
    expect(classifyDatastore(store('vitess', { failover: 'manual' }), kb).pacelc).toBe('PC/EC');
  });

  it('credits Vitess and Galera with fewer invariants than a single MySQL primary', () => {
    expect(classifyDatastore(store('vitess'), kb).enforcesInvariants).toEqual(['non-negative', 'bounded-value']);
    expect(classifyDatastore(store('galera'), kb).enforcesInvariants).toEqual(['unique-key']);
    expect(classifyDatastore(store('mysql-group-replication', { settings: { mode: 'multi-primary' } }), kb).enforcesInvariants).toEqual(['unique-key']);
    expect(classifyDatastore(store('rds-mysql'), kb).enforcesInvariants).toContain('foreign-key');
  });
});
