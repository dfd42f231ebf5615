/**
 * Literature rows about how a data set is actually read and written: per-operation
 * settings in each engine's own vocabulary (a statement's consistency level, a query's
 * read preference or read concern, DynamoDB's ConsistentRead, a Cosmos DB request's
 * relaxed level, follower and stale reads that a read-only query opts into) and the
 * regions a data set is read and written in. In most rows the data set's classification
 * differs from its store's default path (a flip); each source states the behaviour.
 */
import type { LiteratureRow } from './configurations.js';

const twoRegions = { regions: ['aws:us-east-1', 'aws:eu-west-1'], replicas: 6, placement: { 'aws:us-east-1': 3, 'aws:eu-west-1': 3 } };
const threeRegions = {
  regions: ['aws:us-east-1', 'aws:eu-west-1', 'aws:ap-southeast-1'], replicas: 9,
  placement: { 'aws:us-east-1': 3, 'aws:eu-west-1': 3, 'aws:ap-southeast-1': 3 },
};
const DATASTAX = 'DataStax, Configuring data consistency (Cassandra 2.2): the level is set per statement (cqlsh CONSISTENCY, driver setConsistencyLevel)';

/** More store-level rows (the default path), each stated by its source. */
export const STORE_LITERATURE_MORE: LiteratureRow[] = [
  { engine: 'cassandra', config: { ...threeRegions, settings: { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    source: 'DataStax consistency levels: QUORUM counts a majority of all replicas across data centers, so QUORUM reads and writes overlap anywhere (facts.md 2.1)' },
  { engine: 'cassandra', config: { ...twoRegions, settings: { readConsistency: 'LOCAL_ONE', writeConsistency: 'LOCAL_ONE' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'DataStax consistency levels: LOCAL_ONE acknowledges from one replica of the local data center (R + W <= RF)' },
  { engine: 'cassandra', config: { settings: { readConsistency: 'ONE', writeConsistency: 'ANY' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'DataStax consistency levels: ANY succeeds with only a hint stored, the lowest consistency and highest availability' },
  { engine: 'scylladb', config: { settings: { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    source: 'ScyllaDB follows the Cassandra consistency levels: QUORUM/QUORUM overlaps (R + W > RF); not linearizable (LWW)' },
  { engine: 'scylladb', config: { settings: { readConsistency: 'SERIAL', writeConsistency: 'SERIAL' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'Lightweight transactions (Paxos) make single-partition operations linearizable (DataStax LWT docs, shared by ScyllaDB)' },
  { engine: 'postgres', config: { replicas: 1 }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'PostgreSQL on one node: every read and write goes to the one server (no replica can lag or be promoted)' },
  { engine: 'mysql', config: { replicas: 2, settings: { readsFrom: 'replicas' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix',
    source: 'MySQL replication: asynchronous replicas apply the binary log later, so replica reads lag (facts.md 1.2: async replica reads = EL)' },
  { engine: 'redis', config: { replicas: 1 }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'Redis single instance: one thread serves every command in order (Redis Cluster spec for the replicated cases)' },
  { engine: 'etcd', config: { replicas: 5 }, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable',
    source: 'etcd API guarantees: KV operations are linearizable by default whatever the cluster size; Jepsen etcd 3.4.3' },
  { engine: 'zookeeper', config: { settings: { syncBeforeRead: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential',
    source: 'ZooKeeper programmer guide: sync then read sees the leader state as of the sync; Jepsen issue 399: still not linearizable' },
  { engine: 'kafka', config: { settings: { acks: 0, replicas: 3 } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Kafka producer acks=0: fire and forget, no durability guarantee (facts.md 2.10)' },
  { engine: 'yugabytedb', config: { settings: { isolation: 'serializable' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'serializable',
    source: 'YugabyteDB isolation levels: Serializable over Raft-replicated tablets (facts.md 2.15)' },
  { engine: 'tidb', config: { settings: { followerReads: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'TiDB follower read: followers answer after a ReadIndex round to the leader, so reads stay strongly consistent' },
];

/** Data sets whose own settings or regions decide (most flip their store's classification). */
export const ACCESS_LITERATURE: LiteratureRow[] = [
  // Cassandra / ScyllaDB: the level of each statement.
  { engine: 'cassandra', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    dataset: { reads: { consistency: 'QUORUM' }, writes: { consistency: 'QUORUM' }, consistency: 'read-your-writes', decidedBy: 'access-settings' },
    source: `${DATASTAX}; QUORUM reads and writes of this table overlap (R + W > RF)` },
  { engine: 'cassandra', config: { settings: { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    dataset: { reads: { consistency: 'ONE' }, consistency: 'eventual', decidedBy: 'access-settings' },
    source: `${DATASTAX}; ONE reads after QUORUM writes need not meet them (R + W = 1 + 2 <= 3)` },
  { engine: 'cassandra', config: { settings: { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    dataset: { reads: { consistency: 'SERIAL' }, writes: { consistency: 'SERIAL' }, consistency: 'linearizable', decidedBy: 'access-settings' },
    source: 'DataStax lightweight transactions: a table written with IF conditions and read at SERIAL is linearizable per partition' },
  { engine: 'cassandra', config: { ...twoRegions, settings: { readConsistency: 'LOCAL_QUORUM', writeConsistency: 'LOCAL_QUORUM' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'read-your-writes',
    dataset: { writeRegions: ['aws:us-east-1'], readRegions: ['aws:eu-west-1'], consistency: 'eventual', decidedBy: 'access-regions' },
    source: 'DataStax: LOCAL_QUORUM is a quorum of the coordinator data center only, so reads in a data center that never writes can miss writes acknowledged in another (facts.md 2.1: cross-DC readers can be stale)' },
  { engine: 'cassandra', config: { ...twoRegions, settings: { readConsistency: 'LOCAL_QUORUM', writeConsistency: 'LOCAL_QUORUM' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'read-your-writes',
    dataset: { writeRegions: ['aws:us-east-1'], readRegions: ['aws:eu-west-1'], writes: { consistency: 'EACH_QUORUM' }, consistency: 'read-your-writes', decidedBy: 'access-settings' },
    source: 'DataStax: EACH_QUORUM writes reach a quorum in every data center, so LOCAL_QUORUM reads in any of them overlap' },
  { engine: 'cassandra', config: { ...threeRegions, settings: { readConsistency: 'LOCAL_ONE', writeConsistency: 'LOCAL_QUORUM' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    dataset: { reads: { consistency: 'LOCAL_QUORUM' }, writeRegions: ['aws:eu-west-1'], readRegions: ['aws:eu-west-1'], consistency: 'read-your-writes', decidedBy: 'access-settings-and-regions' },
    source: `${DATASTAX}; LOCAL_QUORUM both ways within the one data center that reads and writes this table overlaps` },
  { engine: 'scylladb', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    dataset: { reads: { consistency: 'QUORUM' }, writes: { consistency: 'QUORUM' }, consistency: 'read-your-writes', decidedBy: 'access-settings' },
    source: 'ScyllaDB consistency levels are set per statement as in Cassandra; QUORUM/QUORUM overlaps (R + W > RF)' },
  { engine: 'scylladb', config: { ...twoRegions, settings: { readConsistency: 'LOCAL_QUORUM', writeConsistency: 'LOCAL_QUORUM' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'read-your-writes',
    dataset: { writeRegions: ['aws:eu-west-1'], readRegions: ['aws:us-east-1'], consistency: 'eventual', decidedBy: 'access-regions' },
    source: 'LOCAL_QUORUM overlaps only inside one data center (DataStax, shared by ScyllaDB): a reader region that does not write sees other regions\' writes late' },
  // MongoDB: read preference, read concern and write concern per operation.
  { engine: 'mongodb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    dataset: { reads: { readPreference: 'nearest' }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'MongoDB read preference (set per operation): nearest may read a secondary, which can lag without bound (maxStalenessSeconds >= 90)' },
  { engine: 'mongodb', config: { settings: { writeConcern: 'majority', readPreference: 'secondary' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix',
    dataset: { reads: { readPreference: 'primary', readConcern: 'linearizable' }, consistency: 'linearizable', decidedBy: 'access-settings' },
    source: 'MongoDB read concern linearizable (primary only, per query) with majority writes; Jepsen 3.6.4' },
  { engine: 'mongodb', config: { settings: { writeConcern: 1 } }, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix',
    dataset: { writes: { writeConcern: 'majority' }, consistency: 'read-your-writes', decidedBy: 'access-settings' },
    source: 'MongoDB write concern is set per operation: w: majority writes are not rolled back on failover (Jepsen 4.2.6 on weaker concerns); primary reads see them' },
  // DynamoDB: ConsistentRead per request.
  { engine: 'dynamodb', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    dataset: { reads: { consistentRead: true }, consistency: 'linearizable', decidedBy: 'access-settings' },
    source: 'AWS DynamoDB read consistency: ConsistentRead=true on GetItem / Query returns all prior successful writes' },
  { engine: 'dynamodb', config: { settings: { consistentReads: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    dataset: { reads: { consistentRead: false }, consistency: 'eventual', decidedBy: 'access-settings' },
    source: 'AWS DynamoDB read consistency: a request without ConsistentRead is eventually consistent and may miss a recent write' },
  // NewSQL: stale and follower reads are opted into by read-only queries.
  { engine: 'cockroachdb', config: { replicas: 5 }, pacelc: 'PC/EC', cap: 'CP', consistency: 'serializable',
    dataset: { reads: { staleReads: true }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'CockroachDB bounded-staleness reads (with_max_staleness): single-statement read-only queries served by a nearby replica in the past' },
  { engine: 'spanner', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable',
    dataset: { reads: { followerReads: true }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'Spanner timestamp bounds: exact or bounded staleness reads, from the nearest replica, see a consistent past snapshot' },
  { engine: 'yugabytedb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    dataset: { reads: { followerReads: true }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'YugabyteDB follower reads: a read-only transaction with yb_read_from_followers reads a timeline-consistent past (facts.md 2.15)' },
  { engine: 'tidb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    dataset: { reads: { staleReads: true }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'TiDB stale read (AS OF TIMESTAMP, read-only): historical data from the nearest replica' },
  { engine: 'tidb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    dataset: { reads: { followerReads: true }, consistency: 'linearizable', decidedBy: 'access-settings' },
    source: 'TiDB follower read: ReadIndex keeps follower reads strongly consistent, so the session setting changes latency, not the model' },
  // Single-leader SQL and Redis: where the reads are routed.
  { engine: 'postgres', config: { replicas: 3, settings: { readsFrom: 'replicas' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix',
    dataset: { reads: { from: 'primary' }, consistency: 'linearizable', decidedBy: 'access-settings' },
    source: 'PostgreSQL: a data set whose queries go to the primary reads committed data; only hot-standby reads lag (hot standby docs)' },
  { engine: 'postgres', config: { replicas: 2, settings: { syncReplicas: 1, synchronousCommit: 'on' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    dataset: { reads: { from: 'replicas' }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'PostgreSQL synchronous_commit = on makes the commit durable on the standby but not visible there yet (only remote_apply does): standby reads lag' },
  { engine: 'mysql', config: { replicas: 2, settings: { semiSync: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    dataset: { reads: { from: 'replicas' }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'MySQL semisynchronous replication: the replica has received the transaction, not applied it, so replica reads can lag' },
  { engine: 'redis', config: { replicas: 3 }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    dataset: { reads: { from: 'replicas' }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'Redis replication is asynchronous (Redis Cluster spec, WAIT docs): READONLY replica reads can miss recent writes' },
  // Coordination services: the read mode of each request.
  { engine: 'etcd', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable',
    dataset: { reads: { mode: 'serializable' }, consistency: 'sequential', decidedBy: 'access-settings' },
    source: 'etcd API guarantees: a range request with serializable=true is served locally and may be stale with respect to quorum' },
  { engine: 'consul', config: { settings: { readMode: 'stale' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'sequential',
    dataset: { reads: { mode: 'consistent' }, consistency: 'linearizable', decidedBy: 'access-settings' },
    source: 'Consul consistency modes: the ?consistent query parameter makes that request linearizable' },
  { engine: 'zookeeper', config: {}, pacelc: 'PC/EL', cap: 'CP', consistency: 'sequential',
    dataset: { reads: { sync: true }, consistency: 'sequential', decidedBy: 'access-settings' },
    source: 'ZooKeeper: sync() before a read catches the server up with the leader (read-your-writes across servers), still sequential, not linearizable (Jepsen issue 399)' },
  // Cosmos DB: a request may relax the account level.
  { engine: 'cosmosdb', config: { settings: { consistencyLevel: 'Strong' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    dataset: { reads: { consistencyLevel: 'Eventual' }, consistency: 'eventual', decidedBy: 'access-settings' },
    source: 'Azure Cosmos DB consistency levels: a request can relax the account default (x-ms-consistency-level); Eventual reads any replica' },
  { engine: 'cosmosdb', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'read-your-writes',
    dataset: { reads: { consistencyLevel: 'ConsistentPrefix' }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'Azure Cosmos DB consistency levels: a Session account\'s request relaxed to Consistent Prefix reads one replica, in order but stale' },
  // HBase and Riak: per-request consistency and quorums.
  { engine: 'hbase', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    dataset: { reads: { consistency: 'TIMELINE' }, consistency: 'consistent-prefix', decidedBy: 'access-settings' },
    source: 'HBase read replicas: Get.setConsistency(TIMELINE) may be answered by a secondary replica with older data' },
  { engine: 'riak', config: { settings: { r: 1, w: 1, sloppyQuorum: false } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    dataset: { reads: { r: 'quorum' }, writes: { w: 'quorum' }, consistency: 'read-your-writes', decidedBy: 'access-settings' },
    source: 'Riak replication properties: r and w can be set per request; quorum/quorum with primaries only overlaps (R + W > N)' },
];
