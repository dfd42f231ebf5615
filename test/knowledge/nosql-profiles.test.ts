import { describe, expect, it } from 'vitest';
import { classifyDatastore } from '../../src/analysis/classify-store.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/index.js';
import type { Datastore } from '../../src/model/types.js';
import { LITERATURE } from '../literature/configurations.js';

/** Key-value, document, wide-column, cache and search engines, plus the literature's historical systems. */
const NOSQL = ['aerospike', 'bigtable', 'couchbase', 'documentdb', 'elasticache-redis', 'elasticsearch', 'faunadb', 'firestore',
  'hazelcast', 'megastore', 'memcached', 'memorydb', 'opensearch', 'pnuts'];

/** Engines with published Jepsen analyses: their findings must be recorded with versions. */
const JEPSEN = ['aerospike', 'elasticsearch', 'faunadb', 'hazelcast'];

const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { snapshot: false });

function store(engine: string, settings: Datastore['settings'] = {}): Datastore {
  return { name: engine, path: 'datastores[0]', engine, regions: ['aws:us-east-1'], replicas: kb.engines.get(engine)!.defaultReplicas, placement: {}, settings };
}

describe('key-value, document, wide-column, cache and search profiles', () => {
  it('are all loaded', () => {
    expect([...kb.engines.keys()]).toEqual(expect.arrayContaining(NOSQL));
  });

  it.each(NOSQL)('%s cites at least two sources and sources every setting from its own references', (id) => {
    const e = kb.engines.get(id)!;
    expect(Object.keys(e.references).length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(e.settings).length).toBeGreaterThan(0);
    for (const [name, spec] of Object.entries(e.settings)) {
      expect(spec.description.length, `${id}.${name}`).toBeGreaterThan(30);
      expect(Object.keys(e.references), `${id}.${name} source`).toContain(spec.source);
      expect(spec.default, `${id}.${name} default`).toBeDefined();
    }
  });

  it.each(NOSQL)('%s gives every rule an explanation and at least one reference', (id) => {
    const e = kb.engines.get(id)!;
    for (const rule of e.rules) {
      const refs = [...(e.base.references ?? []), ...(rule.gives.references ?? [])];
      expect(refs.length, `${id}/${rule.id}`).toBeGreaterThan(0);
      expect((rule.gives.explanation ?? e.base.explanation ?? '').length, `${id}/${rule.id}`).toBeGreaterThan(80);
    }
  });

  it.each(NOSQL)('%s has a literature row whose classification differs from the default one', (id) => {
    const byDefault = classifyDatastore(store(id), kb);
    const rows = LITERATURE.filter((r) => r.engine === id);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => r.pacelc !== byDefault.pacelc || r.consistency !== byDefault.consistency)).toBe(true);
  });

  it.each(JEPSEN)('%s records its Jepsen findings with the versions tested', (id) => {
    const e = kb.engines.get(id)!;
    const jepsen = e.caveats.filter((c) => /jepsen/i.test(c.source));
    expect(jepsen.length).toBeGreaterThan(0);
    for (const c of jepsen) expect(c.versions, c.text).toMatch(/\d/);
    expect(Object.values(e.references).some((r) => /jepsen\.io|aphyr\.com/.test(r))).toBe(true);
  });
});

describe('classification turns on the documented settings', () => {
  it('Couchbase durable writes stop acknowledged-write loss and need every copy with one replica', () => {
    const regular = classifyDatastore(store('couchbase'), kb);
    expect(regular.onPartition.ackedWritesLostOnFailover).toBe(true);
    const durable = classifyDatastore({ ...store('couchbase', { durability: 'persistToMajority' }), replicas: 3 }, kb);
    expect(durable).toMatchObject({ pacelc: 'PC/EC', rule: 'couchbase/durable' });
    expect(durable.onPartition).toEqual({ reads: 'unavailable-without-leader', writes: 'unavailable-minority', ackedWritesLostOnFailover: false });
    const twoCopies = classifyDatastore({ ...store('couchbase', { durability: 'majority' }), replicas: 2 }, kb);
    expect(twoCopies.onPartition.writes).toBe('unavailable-if-any-replica-down');
  });

  it('Aerospike SC reads relaxed to replicas trade latency for freshness but keep writes safe', () => {
    const c = classifyDatastore(store('aerospike', { strongConsistency: true, readModeSC: 'ALLOW_REPLICA' }), kb);
    expect(c).toMatchObject({ pacelc: 'PC/EL', consistency: 'eventual' });
    expect(c.onPartition.ackedWritesLostOnFailover).toBe(false);
    expect(c.caveats.some((t) => t.includes('27 s'))).toBe(true);
  });

  it('Elasticsearch write availability follows wait_for_active_shards and read availability the no-master block', () => {
    expect(classifyDatastore(store('elasticsearch', { waitForActiveShards: 'all' }), kb).onPartition.writes).toBe('unavailable-if-any-replica-down');
    expect(classifyDatastore(store('elasticsearch'), kb).onPartition).toMatchObject({ reads: 'available-stale', writes: 'unavailable-without-leader' });
    expect(classifyDatastore(store('elasticsearch', { noMasterBlock: 'all' }), kb).onPartition.reads).toBe('unavailable-without-leader');
  });

  it('OpenSearch segment replication keeps searches eventual even with refresh=wait_for', () => {
    const document = classifyDatastore(store('opensearch', { refresh: 'wait_for' }), kb);
    const segment = classifyDatastore(store('opensearch', { refresh: 'wait_for', replicationType: 'SEGMENT' }), kb);
    expect(document.consistency).toBe('read-your-writes');
    expect(segment).toMatchObject({ consistency: 'eventual', rule: 'opensearch/segment-replication' });
  });

  it('Hazelcast CP structures without CP members fall back to unsafe mode', () => {
    const c = classifyDatastore(store('hazelcast', { dataStructure: 'cp' }), kb);
    expect(c).toMatchObject({ cap: 'AP', rule: 'hazelcast/cp-unsafe-mode' });
    expect(c.onPartition.ackedWritesLostOnFailover).toBe(true);
  });

  it('ElastiCache asynchronous durability still loses acknowledged writes on failover, synchronous does not', () => {
    expect(classifyDatastore(store('elasticache-redis', { durability: 'async' }), kb).onPartition.ackedWritesLostOnFailover).toBe(true);
    expect(classifyDatastore(store('elasticache-redis', { durability: 'sync' }), kb).onPartition.ackedWritesLostOnFailover).toBe(false);
  });

  it('multi-region settings only apply when the store spans regions', () => {
    const oneRegion = classifyDatastore(store('memorydb', { multiRegion: true }), kb);
    expect(oneRegion.rule).toBe('memorydb/primary');
    const twoRegions = classifyDatastore({ ...store('memorydb', { multiRegion: true }), regions: ['aws:us-east-1', 'aws:eu-west-1'] }, kb);
    expect(twoRegions.rule).toBe('memorydb/multi-region');
  });
});
