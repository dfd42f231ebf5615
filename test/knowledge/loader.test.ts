import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clearKnowledgeCache, DEFAULT_KNOWLEDGE_DIR, engineSettings, getEngine, KnowledgeError, loadKnowledge, writeKnowledgeSnapshot,
} from '../../src/knowledge/index.js';

const ENGINES = ['cassandra', 'cockroachdb', 'consul', 'cosmosdb', 'dynamodb', 'etcd', 'foundationdb', 'hbase', 'kafka',
  'mongodb', 'mysql', 'postgres', 'redis', 'riak', 'scylladb', 'spanner', 'tidb', 'yugabytedb', 'zookeeper'];
/** Managed relational databases and MySQL-family clusters. */
const RELATIONAL_ENGINES = ['alloydb', 'aurora-mysql', 'aurora-postgresql', 'azure-postgresql', 'azure-sql', 'cloud-sql', 'galera',
  'mysql-group-replication', 'mysql-ndb', 'rds-mysql', 'rds-postgresql', 'vitess', 'voltdb'];

const scratch = mkdtempSync(join(tmpdir(), 'archcap-kb-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the knowledge folder with one file replaced. */
function brokenCopy(relativePath: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(scratch, 'kb-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const file = join(dir, relativePath);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('loadKnowledge', () => {
  it('loads a profile for every engine of the design', () => {
    const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { snapshot: false });
    expect([...kb.engines.keys()].sort()).toEqual(expect.arrayContaining([...ENGINES, ...RELATIONAL_ENGINES]));
  });

  it('caches the result per folder', () => {
    expect(loadKnowledge()).toBe(loadKnowledge());
  });

  it('gives every engine a kind, a default topology and replica count, and sourced settings', () => {
    for (const id of ENGINES) {
      const e = getEngine(id);
      expect(e?.defaultReplicas).toBeGreaterThanOrEqual(1);
      for (const s of Object.values(e?.settings ?? {})) expect(s.source).toMatch(/\w/);
      expect(Object.keys(e?.references ?? {}).length).toBeGreaterThan(0);
    }
    expect(getEngine('cassandra')?.replicasPerRegion).toBe(true);
    expect(getEngine('cosmosdb')?.replicasPerRegion).toBe(true);
    expect(getEngine('dynamodb')?.replicasPerRegion).toBe(true);
    expect(getEngine('postgres')?.replicasPerRegion).toBe(false);
    expect(getEngine('kafka')?.kind).toBe('log');
    expect(getEngine('redis')?.kind).toBe('cache');
    expect(getEngine('etcd')?.kind).toBe('coordination');
  });

  it('declares at least the settings of the design table', () => {
    const names = (id: string): string[] => Object.keys(engineSettings(id) ?? {});
    expect(names('cassandra')).toEqual(expect.arrayContaining(['readConsistency', 'writeConsistency']));
    expect(names('dynamodb')).toEqual(expect.arrayContaining(['consistentReads', 'globalTables', 'multiRegionStrongConsistency', 'transactions']));
    expect(names('mongodb')).toEqual(expect.arrayContaining(['writeConcern', 'readConcern', 'readPreference']));
    expect(names('postgres')).toEqual(expect.arrayContaining(['synchronousCommit', 'syncReplicas', 'readsFrom']));
    expect(names('mysql')).toEqual(expect.arrayContaining(['synchronousCommit', 'syncReplicas', 'readsFrom', 'semiSync']));
    expect(names('redis')).toEqual(expect.arrayContaining(['waitReplicas', 'failover']));
    expect(names('etcd')).toContain('readMode');
    expect(names('consul')).toContain('readMode');
    expect(names('zookeeper')).toContain('syncBeforeRead');
    expect(names('kafka')).toEqual(expect.arrayContaining(['acks', 'minInsyncReplicas', 'uncleanLeaderElection']));
    expect(names('cosmosdb')).toEqual(expect.arrayContaining(['consistencyLevel', 'multiRegionWrites']));
    expect(names('riak')).toEqual(expect.arrayContaining(['r', 'w', 'sloppyQuorum']));
    for (const id of ['cockroachdb', 'spanner', 'yugabytedb', 'tidb']) expect(names(id)).toEqual(expect.arrayContaining(['staleReads', 'followerReads']));
  });

  it('describes settings for the validator as type, accepted values and default', () => {
    expect(engineSettings('cassandra')?.['readConsistency']).toMatchObject({ type: 'enum', default: 'ONE' });
    expect(engineSettings('cassandra')?.['readConsistency']?.values).toContain('LOCAL_QUORUM');
    expect(engineSettings('kafka')?.['acks']).toMatchObject({ type: 'enum', values: [0, 1, 'all'], default: 'all' });
    expect(engineSettings('postgres')?.['syncReplicas']).toMatchObject({ type: 'integer', minimum: 0, default: 0 });
    expect(engineSettings('dynamodb')?.['globalTables']).toMatchObject({ type: 'boolean', default: false });
    expect(engineSettings('no-such-engine')).toBeUndefined();
  });

  it('loads in well under 50 ms from the build snapshot', () => {
    const file = join(scratch, 'knowledge.json');
    writeKnowledgeSnapshot(file);
    clearKnowledgeCache();
    const start = performance.now();
    const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { snapshot: file });
    const ms = performance.now() - start;
    expect(kb.engines.get('spanner')?.rules.length).toBeGreaterThan(0);
    expect(kb.closure.get('linearizable')?.has('sequential')).toBe(true);
    expect(ms).toBeLessThan(50);
    clearKnowledgeCache();
  });

  it('ignores a snapshot made from other files', () => {
    const file = join(scratch, 'stale.json');
    writeKnowledgeSnapshot(file);
    const dir = brokenCopy('engines/redis.yaml', (t) => t.replace('name: Redis', 'name: Redis OSS'));
    expect(loadKnowledge(dir, { snapshot: file }).engines.get('redis')?.name).toBe('Redis OSS');
  });
});

describe('a broken knowledge file', () => {
  const fails = (dir: string, pattern: RegExp): void => {
    expect(() => loadKnowledge(dir, { snapshot: false })).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir, { snapshot: false })).toThrow(pattern);
  };

  it('names the file and the path of an unknown consistency model', () => {
    const dir = brokenCopy('engines/etcd.yaml', (t) => t.replace('consistency: strict-serializable', 'consistency: super-strong'));
    fails(dir, /etcd\.yaml: rules\[1\]\.gives\.consistency: expected one of/);
  });

  it('rejects a condition on a setting the profile does not declare', () => {
    const dir = brokenCopy('engines/consul.yaml', (t) => t.replace('settings.readMode: stale', 'settings.readmode: stale'));
    fails(dir, /consul\.yaml: rules\[0\]\.when\.settings\.readmode: no setting named "readmode"/);
  });

  it('rejects a condition value the setting does not accept, listing the accepted ones', () => {
    const dir = brokenCopy('engines/consul.yaml', (t) => t.replace('settings.readMode: stale', 'settings.readMode: stail'));
    fails(dir, /"stail" is not an accepted value \(default, consistent, stale\)/);
  });

  it('rejects a per-operation setting that names an undeclared store setting', () => {
    const dir = brokenCopy('engines/consul.yaml', (t) => t.replace('      setting: readMode\n', '      setting: readmode\n'));
    fails(dir, /consul\.yaml: operations\.reads\.mode\.setting: no setting named "readmode"/);
  });

  it('rejects a rule cause whose fix value the setting does not accept', () => {
    const dir = brokenCopy('engines/consul.yaml', (t) => t.replace('fix: { readMode: consistent }', 'fix: { readMode: strongest }'));
    fails(dir, /consul\.yaml: rules\[0\]\.cause\.fix\.readMode: "strongest" is not an accepted value/);
  });

  it('lets a profile declare per-operation settings, causes and shard guidance as data', () => {
    const kb = loadKnowledge();
    expect(kb.engines.get('cassandra')!.operations.reads['consistency']).toMatchObject({ setting: 'readConsistency', optIn: false });
    expect(kb.engines.get('cockroachdb')!.operations.reads['followerReads']!.optIn).toBe(true);
    expect(kb.engines.get('cosmosdb')!.operations.reads['consistencyLevel']!.weakerOnly).toBe(true);
    expect(kb.engines.get('mongodb')!.rules.find((r) => r.id === 'majority-secondary-reads')!.cause).toEqual({ kind: 'stale-reads', fix: { readPreference: 'primary' } });
    expect(kb.engines.get('dynamodb')!.partitionSizing).toMatchObject({ readsPerSecond: 3000, writesPerSecond: 1000 });
    expect(kb.engines.get('kafka')!.operations).toEqual({ reads: {}, writes: {} });
  });

  it('rejects a reference key that is not defined', () => {
    const dir = brokenCopy('engines/zookeeper.yaml', (t) => t.replace('references: [jepsen-399]', 'references: [jepsen-999]'));
    fails(dir, /zookeeper\.yaml: .*unknown reference "jepsen-999"/);
  });

  it('rejects a cycle in the consistency hierarchy', () => {
    const dir = brokenCopy('consistency-models.yaml', (t) => t.replace('implies: [eventual]\n    availability: total\n    source: terry-baseball', 'implies: [eventual, sequential]\n    availability: total\n    source: terry-baseball'));
    fails(dir, /consistency-models\.yaml: cycle in the consistency hierarchy/);
  });

  it('rejects invalid YAML with the file name', () => {
    const dir = brokenCopy('invariants.yaml', (t) => `${t}\n  bad: [unclosed\n`);
    fails(dir, /invariants\.yaml: invalid YAML/);
  });

  it('rejects an engine file whose id differs from its name', () => {
    const dir = brokenCopy('engines/hbase.yaml', (t) => t.replace('id: hbase', 'id: bigtable'));
    fails(dir, /hbase\.yaml: id "bigtable" does not match the file name/);
  });
});
