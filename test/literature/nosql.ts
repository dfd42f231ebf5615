/**
 * Literature rows for the key-value, document, wide-column, cache and search engines:
 * each configuration's class as stated (or directly implied) by the cited vendor
 * documentation, Jepsen analysis or paper. Every engine has its default and at least one
 * setting that flips its classification. Checked by literature.test.ts through
 * configurations.ts.
 */
import type { LiteratureRow } from './configurations.js';

const twoRegions = { regions: ['aws:us-east-1', 'aws:eu-west-1'], replicas: 2, placement: { 'aws:us-east-1': 1, 'aws:eu-west-1': 1 } };

export const NOSQL_LITERATURE: LiteratureRow[] = [
  // Couchbase
  { engine: 'couchbase', config: {}, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'Couchbase Durability docs: a regular write is acknowledged from the active node\'s memory, with no guarantee of durability; failover promotes a replica (Wikipedia\'s "formally CP" recorded as a disagreement)' },
  { engine: 'couchbase', config: { replicas: 3, settings: { durability: 'majority' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes', ackedWritesLostOnFailover: false,
    source: 'Couchbase Durability docs: durable writes commit on a majority (2 of 3 copies), are invisible until committed, and survive failover of the active node' },
  { engine: 'couchbase', config: { ...twoRegions, replicas: 4, placement: { 'aws:us-east-1': 2, 'aws:eu-west-1': 2 }, settings: { xdcr: true } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Couchbase XDCR conflict resolution docs: clusters replicate asynchronously and conflicting updates are settled by sequence number or timestamp' },
  // Aerospike
  { engine: 'aerospike', config: {}, pacelc: 'PA/EC', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Aerospike consistency docs: AP is the default, both sides of a partition remain writable; Jepsen 3.5.4: lost updates, stale and dirty reads; PACELC table copy: PA by default' },
  { engine: 'aerospike', config: { settings: { strongConsistency: true, readModeSC: 'LINEARIZE' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Jepsen: Aerospike 3.99.0.3 (linearizable single-record operations through partitions in SC mode, after fixes); Aerospike docs: SC comparable to CP' },
  { engine: 'aerospike', config: { settings: { strongConsistency: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes', ackedWritesLostOnFailover: false,
    source: 'Aerospike docs: session consistency (the SC default) ensures a client always reads its latest write; ReadModeSC SESSION: increasing versions for this client' },
  // Firestore
  { engine: 'firestore', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Firestore, Understand reads and writes at scale: writes replicated synchronously to a Paxos majority; reads strongly consistent by default' },
  { engine: 'firestore', config: { settings: { offlinePersistence: true } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Firestore, Enable offline data: the cache answers reads and accepts writes offline, synchronised later with last write wins' },
  // Bigtable
  { engine: 'bigtable', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Abadi 2012 and Wikipedia PACELC prose: BigTable is PC/EC' },
  { engine: 'bigtable', config: { replicas: 2, settings: { routing: 'multi-cluster' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Bigtable routing and failover docs: a replicated instance is eventually consistent; failover conflicts resolved by last write wins' },
  { engine: 'bigtable', config: { replicas: 2, settings: { routing: 'single-cluster' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    source: 'Bigtable routing docs: single-cluster routing of a workload\'s reads and writes gives read-your-writes consistency; failover is manual' },
  // Amazon DocumentDB
  { engine: 'documentdb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes', ackedWritesLostOnFailover: false,
    source: 'DocumentDB how it works: the primary writes durably to a six-way, three-AZ cluster volume; replicas read the same volume' },
  { engine: 'documentdb', config: { settings: { readPreference: 'secondaryPreferred' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'DocumentDB how it works: reads from replicas are eventually consistent, usually under 100 ms behind, in the order written to the primary' },
  { engine: 'documentdb', config: { ...twoRegions, settings: { globalCluster: true } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'DocumentDB FailoverGlobalCluster: an unplanned failover can lose writes not yet replicated; secondary clusters are read-only' },
  // Amazon MemoryDB
  { engine: 'memorydb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'MemoryDB Consistency: primaries strongly consistent, writes stored in the Multi-AZ transactional log before returning, preserved across failovers' },
  { engine: 'memorydb', config: { settings: { readsFrom: 'replicas' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'MemoryDB Consistency: replicas eventually consistent; writes take effect on each replica in primary order' },
  { engine: 'memorydb', config: { ...twoRegions, replicas: 4, placement: { 'aws:us-east-1': 2, 'aws:eu-west-1': 2 }, settings: { multiRegion: true } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'MemoryDB Multi-Region: active-active, asynchronous replication, conflicts merged by last writer wins' },
  // Amazon ElastiCache (Valkey / Redis OSS)
  { engine: 'elasticache-redis', config: { settings: { automaticFailover: true } }, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'ElastiCache replication groups: asynchronous replication, some data may be lost if the primary fails; Multi-AZ promotes a replica; Jepsen Redis (Sentinel lost acknowledged writes)' },
  { engine: 'elasticache-redis', config: { settings: { automaticFailover: true, durability: 'sync' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'ElastiCache durability: with synchronous writes no acknowledged write is lost and primaries stay strongly consistent across failovers' },
  { engine: 'elasticache-redis', config: { replicas: 1 }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: true,
    source: 'ElastiCache replication groups: a single-node cluster loses all its data if it fails' },
  // Memcached
  { engine: 'memcached', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: true,
    source: 'memcached wiki ConfiguringClient (one server per key); memcached list (Grimm 2006): requests to a crashed server are treated as misses' },
  { engine: 'memcached', config: { settings: { remapOnFailure: true } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'memcached list (Schröder 2008): automatic failover causes synchronisation errors when the server comes back; PHP Memcache::addServer failover' },
  // Hazelcast
  { engine: 'hazelcast', config: {}, pacelc: 'PA/EC', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Hazelcast blog on Jepsen 3.8.3: "Hazelcast is a PA/EC system"; Abadi 2017; Jepsen 3.8.3: map updates lost under partitions' },
  { engine: 'hazelcast', config: { settings: { nearCache: true } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Abadi 2017 and the Hazelcast blog: Near Cache tunes Hazelcast to PA/EL' },
  { engine: 'hazelcast', config: { settings: { dataStructure: 'cp', cpMemberCount: 3 } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Hazelcast CP Subsystem docs: CP structures always maintain linearizability and prefer consistency during partitions (Raft)' },
  // Elasticsearch
  { engine: 'elasticsearch', config: {}, pacelc: 'PC/EL', cap: 'CP', consistency: 'eventual', ackedWritesLostOnFailover: false,
    source: 'Elasticsearch Reading and Writing documents (writes to all in-sync copies, rejected without a master) and refresh parameter (searchable only after refresh, 1 s)' },
  { engine: 'elasticsearch', config: { settings: { refresh: 'wait_for' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes', ackedWritesLostOnFailover: false,
    source: 'Elasticsearch refresh parameter: wait_for answers only once the change is visible to search' },
  // OpenSearch
  { engine: 'opensearch', config: {}, pacelc: 'PC/EL', cap: 'CP', consistency: 'eventual', ackedWritesLostOnFailover: false,
    source: 'OpenSearch, fork of Elasticsearch: same replication groups and near-real-time refresh (Refresh Index API: every second)' },
  { engine: 'opensearch', config: { settings: { refresh: 'wait_for' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    source: 'Refresh parameter wait_for with document replication (the default replication type)' },
  { engine: 'opensearch', config: { settings: { refresh: 'wait_for', replicationType: 'SEGMENT' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'eventual',
    source: 'OpenSearch segment replication notice (k-NN issue 948): WAIT_UNTIL no longer guarantees read-after-write; replicas eventually consistent' },
  // Fauna
  { engine: 'faunadb', config: {}, pacelc: 'PC/EL', cap: 'CP', consistency: 'serializable', ackedWritesLostOnFailover: false,
    source: 'Fauna isolation levels: read-only transactions serializable by default; PACELC table copy marks FaunaDB EL as well as EC' },
  { engine: 'faunadb', config: { settings: { linearizedReads: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable', ackedWritesLostOnFailover: false,
    source: 'Fauna isolation levels: the linearized endpoint gives strict serializability; Jepsen FaunaDB 2.5.4' },
  // PNUTS
  { engine: 'pnuts', config: {}, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'Abadi 2012: PNUTS is PC/EL; PNUTS paper: per-record timeline consistency, read-any' },
  { engine: 'pnuts', config: { settings: { readMode: 'read-latest' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable',
    source: 'PNUTS paper: read-latest returns the latest version from the record master' },
  // Megastore
  { engine: 'megastore', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'serializable', ackedWritesLostOnFailover: false,
    source: 'Abadi 2012 and Wikipedia PACELC prose: Megastore is PC/EC; Megastore paper: serializable ACID within an entity group' },
  { engine: 'megastore', config: { settings: { readMode: 'inconsistent' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'eventual',
    source: 'Megastore paper: inconsistent reads ignore the log for low latency and may return stale or partial data' },
];
