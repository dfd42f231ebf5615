/**
 * The literature table: configurations whose class is stated (or directly implied) by
 * a published source. Each row is checked by literature.test.ts; a change to an engine
 * profile that contradicts one of these sources fails the build.
 */
import type { DecidedBy } from '../../src/analysis/classify-dataset.js';
import type { CapClass, PacelcClass } from '../../src/knowledge/types.js';
import type { ConsistencyModel, Datastore, SettingValue } from '../../src/model/types.js';
import { ACCESS_LITERATURE, STORE_LITERATURE_MORE } from './access-configurations.js';

export interface LiteratureRow {
  engine: string;
  /** What is configured, beyond the engine defaults. */
  config: Partial<Pick<Datastore, 'regions' | 'replicas' | 'placement' | 'topology' | 'failover' | 'settings'>>;
  pacelc: PacelcClass;
  cap: CapClass;
  consistency: ConsistencyModel;
  ackedWritesLostOnFailover?: boolean;
  source: string;
  /**
   * Optional: a data set on this store that reads and writes its own way (settings from
   * the engine's `operations`, or the regions it is used in), with the model its own
   * classification must give; when that differs from the store's, the row is a flip.
   */
  dataset?: {
    reads?: Record<string, SettingValue>;
    writes?: Record<string, SettingValue>;
    readRegions?: string[];
    writeRegions?: string[];
    consistency: ConsistencyModel;
    decidedBy?: DecidedBy;
  };
}

const twoRegions = { regions: ['aws:us-east-1', 'aws:eu-west-1'], replicas: 6, placement: { 'aws:us-east-1': 3, 'aws:eu-west-1': 3 } };
const threeRegions = {
  regions: ['aws:us-east-1', 'aws:eu-west-1', 'aws:ap-southeast-1'], replicas: 9,
  placement: { 'aws:us-east-1': 3, 'aws:eu-west-1': 3, 'aws:ap-southeast-1': 3 },
};

export const LITERATURE: LiteratureRow[] = [
  // Cassandra / ScyllaDB
  { engine: 'cassandra', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'Abadi 2012 (Cassandra PA/EL); Wikipedia PACELC prose; DataStax: consistency level defaults to ONE' },
  { engine: 'cassandra', config: { settings: { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    source: 'DataStax consistency levels (R + W > RF is strongly consistent, QUORUM unavailable without a majority); Kleppmann DDIA ch. 9 and Jepsen Cassandra (not linearizable)' },
  { engine: 'cassandra', config: { settings: { readConsistency: 'ONE', writeConsistency: 'ALL' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    source: 'DataStax: ALL has the highest consistency and lowest availability; W = RF overlaps any read' },
  { engine: 'cassandra', config: { ...twoRegions, settings: { readConsistency: 'LOCAL_QUORUM', writeConsistency: 'LOCAL_QUORUM' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'read-your-writes',
    source: 'DataStax: LOCAL_QUORUM avoids inter-data-center latency; strong only within one DC (facts.md 2.1)' },
  { engine: 'cassandra', config: { ...threeRegions, settings: { readConsistency: 'LOCAL_QUORUM', writeConsistency: 'EACH_QUORUM' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    source: 'DataStax: EACH_QUORUM keeps consistency in every DC and fails if any DC lacks a quorum' },
  { engine: 'cassandra', config: { settings: { readConsistency: 'SERIAL', writeConsistency: 'SERIAL' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'DataStax lightweight transactions (Paxos, linearizable per partition)' },
  { engine: 'scylladb', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'ScyllaDB PACELC glossary: PA/EL, tunable consistency that favours low latency' },
  // DynamoDB
  { engine: 'dynamodb', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'Abadi 2012 (Dynamo PA/EL); Wikipedia prose (default DynamoDB PA/EL); AWS read consistency (eventual by default)' },
  { engine: 'dynamodb', config: { settings: { consistentReads: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'AWS read consistency: ConsistentRead returns all prior successful writes (facts.md 1.2: strongly consistent reads make single-Region reads EC)' },
  { engine: 'dynamodb', config: { regions: ['aws:us-east-1', 'aws:eu-west-1'], replicas: 6, settings: { globalTables: true } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'AWS Prescriptive Guidance, global tables: asynchronous, last writer wins (MREC PA/EL across Regions)' },
  { engine: 'dynamodb', config: { ...threeRegions, settings: { globalTables: true, multiRegionStrongConsistency: true, consistentReads: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'AWS multi-Region strong consistency: latest version irrespective of the Region, RPO 0, three Regions' },
  // Riak
  { engine: 'riak', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'Abadi 2012 (Riak PA/EL); Riak replication properties (pr = pw = 0: sloppy quorum)' },
  { engine: 'riak', config: { settings: { sloppyQuorum: false } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    source: 'Riak replication properties: pr/pw > 0 gives a strict quorum; PBS paper: R + W > N overlaps' },
  { engine: 'riak', config: { settings: { strongConsistency: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'Wikipedia PACELC prose: Riak strong-consistency buckets sacrifice availability; Riak docs ("AP or CP")' },
  // Cosmos DB
  { engine: 'cosmosdb', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'read-your-writes',
    source: 'Wikipedia prose (default Cosmos DB PA/EL); Cosmos consistency levels (Session: read-your-writes within a session)' },
  { engine: 'cosmosdb', config: { ...threeRegions, settings: { consistencyLevel: 'Strong' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Cosmos consistency levels: Strong is linearizable, global-majority writes, RPO 0; facts.md 1.2 Strong -> PC/EC' },
  { engine: 'cosmosdb', config: { settings: { consistencyLevel: 'Eventual' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'Cosmos consistency levels: Eventual reads any replica and may go back in time' },
  { engine: 'cosmosdb', config: { ...twoRegions, settings: { consistencyLevel: 'BoundedStaleness' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'bounded-staleness',
    source: 'Cosmos consistency levels: lag below K versions / T seconds, local quorum reads and writes, writes throttled at the bound' },
  { engine: 'cosmosdb', config: { settings: { consistencyLevel: 'ConsistentPrefix' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'consistent-prefix',
    source: 'Cosmos consistency levels: consistent prefix, single-replica reads' },
  // MongoDB
  { engine: 'mongodb', config: { settings: { writeConcern: 1 } }, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'Abadi 2012 (MongoDB PA/EC); Jepsen MongoDB 4.2.6 (writes below majority are rolled back)' },
  { engine: 'mongodb', config: { settings: { writeConcern: 'majority', readConcern: 'linearizable' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'MongoDB manual, read concern linearizable; Jepsen 3.6.4 (linearizable single-document ops with linearizable + majority)' },
  { engine: 'mongodb', config: { settings: { writeConcern: 'majority', readPreference: 'nearest' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix',
    source: 'MongoDB read preference (secondary reads may be stale, maxStalenessSeconds >= 90); facts.md 1.2 secondary reads -> EL' },
  // HBase
  { engine: 'hbase', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'Wikipedia prose and Abadi 2012 (BigTable/HBase PC/EC); HBase guide: all reads and writes through one RegionServer' },
  { engine: 'hbase', config: { settings: { readConsistency: 'TIMELINE' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix',
    source: 'HBase guide, timeline-consistent reads (secondary replicas may be stale; single-homed ordered writes)' },
  // NewSQL
  { engine: 'spanner', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable',
    source: 'ScyllaDB PACELC glossary citing Brewer (Spanner PC/EC, technically CP); Spanner docs: external consistency' },
  // A stale timestamp bound is chosen per read-only transaction: store-wide it changes no read-write transaction.
  { engine: 'spanner', config: { settings: { staleReads: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable',
    dataset: { reads: { staleReads: true }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'Spanner timestamp bounds: strong is the default; bounded / exact staleness reads (read-only transactions) are served from the nearest replica in the past' },
  { engine: 'cockroachdb', config: { replicas: 5 }, pacelc: 'PC/EC', cap: 'CP', consistency: 'serializable',
    source: 'Jepsen CockroachDB beta-20160829: serializable, not strict serializable; Raft majority (facts.md 1.2, D)' },
  // Follower reads enabled store-wide apply only to read-only queries that ask (AS OF SYSTEM TIME follower_read_timestamp()).
  { engine: 'cockroachdb', config: { replicas: 5, settings: { followerReads: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'serializable',
    dataset: { reads: { followerReads: true }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'CockroachDB follower reads: only read-only AS OF SYSTEM TIME follower_read_timestamp() queries use them (stale by at least 4.8 s, nearest replica); read-write transactions go to the leaseholder' },
  { engine: 'yugabytedb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'YugabyteDB consistency model (single-row linearizability via Raft); isolation docs (snapshot by default)' },
  { engine: 'tidb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'TiDB isolation docs (snapshot isolation over Raft-replicated TiKV, reads through the leader)' },
  { engine: 'foundationdb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable',
    source: 'FoundationDB features: transactions appear to occur sequentially (strict serializability)' },
  // Single-leader SQL
  { engine: 'postgres', config: { replicas: 2, failover: 'automatic' }, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'PostgreSQL synchronous_commit table (no standby durability without a synchronous standby); facts.md 1.2 (async failover loses acked writes, PA)' },
  { engine: 'postgres', config: { replicas: 2, settings: { syncReplicas: 1, synchronousCommit: 'on' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'PostgreSQL synchronous_commit = on with a synchronous standby; facts.md 1.2 (PostgreSQL PC/EC)' },
  { engine: 'postgres', config: { replicas: 3, settings: { readsFrom: 'replicas' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'PostgreSQL hot standby (asynchronous standbys lag); facts.md 1.2 (async replica reads = EL)' },
  { engine: 'mysql', config: { replicas: 2, settings: { semiSync: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'MySQL semisynchronous replication, AFTER_SYNC (lossless failover to an acknowledging replica)' },
  // Redis
  { engine: 'redis', config: { replicas: 3, settings: { failover: 'sentinel' } }, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'Redis Cluster spec (windows to lose acknowledged writes); Jepsen Redis 2013 (56% of acknowledged writes lost)' },
  // Coordination services
  { engine: 'etcd', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable',
    source: 'etcd API guarantees (linearizable by default); Jepsen etcd 3.4.3 (strict serializable KV)' },
  { engine: 'etcd', config: { settings: { readMode: 'serializable' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'sequential',
    source: 'etcd API guarantees: serializable reads may be stale with respect to quorum but skip consensus' },
  { engine: 'consul', config: { settings: { readMode: 'consistent' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'Consul consistency modes: consistent is linearizable without caveats' },
  { engine: 'consul', config: { settings: { readMode: 'stale' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'sequential',
    source: 'Consul consistency modes: stale reads from any server, arbitrarily stale' },
  { engine: 'zookeeper', config: {}, pacelc: 'PC/EL', cap: 'CP', consistency: 'sequential',
    source: 'ZooKeeper internals: reads are not linearizable (served locally); overview: sequential consistency' },
  // Kafka
  { engine: 'kafka', config: { settings: { acks: 'all', minInsyncReplicas: 2, replicas: 3 } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential', ackedWritesLostOnFailover: false,
    source: 'Kafka TopicConfig: RF 3, min.insync.replicas 2, acks=all raises an error without a majority; committed messages survive with one in-sync replica' },
  { engine: 'kafka', config: { settings: { acks: 1, replicas: 3 } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Kafka acks=1: leader-only acknowledgement, lost if the leader fails before followers replicate' },
  ...STORE_LITERATURE_MORE,
  ...ACCESS_LITERATURE,
];
LITERATURE.push(...(await import('./brokers.js')).BROKER_LITERATURE);
LITERATURE.push(...(await import('./setting-flips.js')).SETTING_FLIP_LITERATURE);
LITERATURE.push(...(await import('./relational.js')).RELATIONAL_LITERATURE);
LITERATURE.push(...(await import('./nosql.js')).NOSQL_LITERATURE);
