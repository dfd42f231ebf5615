/**
 * Literature rows for the managed relational databases and the MySQL-family clusters:
 * configurations whose class follows from the vendor's documentation of that setting, a
 * paper, or a Jepsen analysis. Each profile has at least one pair of rows whose
 * classification flips with a setting. Checked by literature.test.ts through LITERATURE.
 */
import type { LiteratureRow } from './configurations.js';

const twoRegions = { regions: ['aws:us-east-1', 'aws:eu-west-1'], replicas: 4, placement: { 'aws:us-east-1': 2, 'aws:eu-west-1': 2 } };
const twoGcpRegions = { regions: ['gcp:us-central1', 'gcp:europe-west1'], replicas: 4, placement: { 'gcp:us-central1': 2, 'gcp:europe-west1': 2 } };
const twoAzureRegions = { regions: ['azure:eastus', 'azure:westeurope'], replicas: 2, placement: { 'azure:eastus': 1, 'azure:westeurope': 1 } };

export const RELATIONAL_LITERATURE: LiteratureRow[] = [
  // Amazon Aurora PostgreSQL
  { engine: 'aurora-postgresql', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Verbitski et al. SIGMOD 2017 (commit at a 4/6 storage quorum over three AZs); AWS Aurora DB clusters (one writer, failover to a replica on the same volume)' },
  { engine: 'aurora-postgresql', config: { settings: { isolation: 'serializable' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable', ackedWritesLostOnFailover: false,
    source: 'PostgreSQL Transaction Isolation (SERIALIZABLE is SSI) on the single Aurora writer; Aurora User Guide, DB clusters (one writer)' },
  { engine: 'aurora-postgresql', config: { settings: { readsFrom: 'readers' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'AWS Replication with Amazon Aurora: replica lag usually much less than 100 ms; write forwarding docs: replicas receive updates asynchronously' },
  { engine: 'aurora-postgresql', config: { ...twoRegions, settings: { readsFrom: 'readers', managedRpoSeconds: 60 } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'AWS Managing RPOs for Aurora PostgreSQL global databases: rds.global_db_rpo blocks commits when no secondary is within the RPO; failover can still lose up to it' },
  { engine: 'aurora-postgresql', config: { ...twoRegions, failover: 'external' }, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'AWS Aurora global database switchover/failover: failover after a regional outage can lose writes not yet replicated (RPO typically seconds)' },
  // Amazon Aurora MySQL
  { engine: 'aurora-mysql', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Verbitski et al. SIGMOD 2017 (4/6 storage quorum); AWS Aurora DB clusters (writer endpoint, failover on the shared volume)' },
  { engine: 'aurora-mysql', config: { settings: { readsFrom: 'readers', writeForwarding: 'SESSION' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'read-your-writes',
    source: 'AWS Read consistency for write forwarding: SESSION makes a session see its own forwarded changes, other sessions may lag' },
  { engine: 'aurora-mysql', config: { ...twoRegions, failover: 'external', settings: { readsFrom: 'readers' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'AWS Aurora global database: asynchronous storage replication, local reads in secondary Regions, failover can lose unreplicated writes' },
  // Amazon RDS for PostgreSQL
  { engine: 'rds-postgresql', config: { replicas: 2, settings: { deployment: 'multi-az-instance' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'AWS Multi-AZ DB instance deployments: synchronous standby in another AZ, automatic failover' },
  { engine: 'rds-postgresql', config: { replicas: 3, settings: { deployment: 'multi-az-cluster', readsFrom: 'readers' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'AWS Multi-AZ DB clusters (a commit needs one reader acknowledgement; readers serve reads); Jepsen RDS for PostgreSQL 17.4 (readers lag and are not SI with the writer)' },
  { engine: 'rds-postgresql', config: { ...twoRegions, failover: 'external' }, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'AWS read replicas: asynchronous cross-Region replication; promoting one loses what it had not received (Kleppmann DDIA ch. 5)' },
  // Amazon RDS for MySQL
  { engine: 'rds-mysql', config: { replicas: 3, settings: { deployment: 'multi-az-cluster' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'AWS Multi-AZ DB clusters: semi-synchronous, failover to the reader with the latest change' },
  { engine: 'rds-mysql', config: { replicas: 2, settings: { readsFrom: 'readers' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'AWS read replicas: asynchronous binlog replication; a Single-AZ primary has no synchronous standby' },
  // Google Cloud SQL
  { engine: 'cloud-sql', config: { replicas: 2, settings: { availabilityType: 'REGIONAL' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Cloud SQL high availability: writes reach the disks of both zones before the commit is reported; automatic failover' },
  { engine: 'cloud-sql', config: { replicas: 2, settings: { readsFrom: 'replicas' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'Cloud SQL replication: read replicas are asynchronous; a zonal primary has no standby' },
  { engine: 'cloud-sql', config: { ...twoGcpRegions, failover: 'external' }, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'Cloud SQL disaster recovery: cross-region replicas are asynchronous; a replica failover after a regional outage can lose data' },
  // Google AlloyDB
  { engine: 'alloydb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'AlloyDB high availability: WAL written synchronously to a regional log store, no data loss on failover' },
  { engine: 'alloydb', config: { settings: { readsFrom: 'readPool' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'AlloyDB high availability: read pools are fed by WAL replication from the primary (paused during failover)' },
  { engine: 'alloydb', config: { ...twoGcpRegions, failover: 'external', settings: { readsFrom: 'readPool' } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'AlloyDB cross-region replication: secondary clusters are replicated asynchronously and can be promoted' },
  // Azure SQL Database
  { engine: 'azure-sql', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Azure SQL availability through local and zone redundancy: commits durable on remote storage or a quorum of replicas; automatic local failover' },
  { engine: 'azure-sql', config: { settings: { serviceTier: 'BusinessCritical', readsFrom: 'secondaries' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'Azure SQL read scale-out: ApplicationIntent=ReadOnly reads a secondary that lags the primary' },
  { engine: 'azure-sql', config: { ...twoAzureRegions, failover: 'automatic' }, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'Azure SQL failover groups (Microsoft-managed policy fails over after the grace period, possibly losing data); active geo-replication is asynchronous' },
  // Azure Database for PostgreSQL flexible server
  { engine: 'azure-postgresql', config: { replicas: 2, settings: { highAvailability: 'ZoneRedundant' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Azure reliability for PostgreSQL: data committed synchronously to primary and standby; zero-data-loss automatic failover' },
  { engine: 'azure-postgresql', config: { replicas: 2, settings: { readsFrom: 'replicas' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'Azure PostgreSQL read replicas: asynchronous replication; without HA a promotion loses what the replica lacked' },
  // Galera / Percona XtraDB Cluster
  { engine: 'galera', config: {}, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'Galera docs (primary component only; wsrep_sync_wait = 0 reads local state; write sets applied asynchronously); Jepsen MariaDB Galera 12.1.2 (stale reads, lost committed writes)' },
  { engine: 'galera', config: { settings: { syncWait: 1 } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes', ackedWritesLostOnFailover: true,
    source: 'Galera docs, wsrep_sync_wait = 1: reads wait for the causality check; Jepsen 12.1.2 rules out anything stronger' },
  // MySQL Group Replication / InnoDB Cluster
  { engine: 'mysql-group-replication', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential', ackedWritesLostOnFailover: false,
    source: 'MySQL 8.4 transaction consistency guarantees (BEFORE_ON_PRIMARY_FAILOVER default, reads not synchronised through the group); majority commit' },
  { engine: 'mysql-group-replication', config: { settings: { consistency: 'BEFORE' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'MySQL 8.4 transaction consistency guarantees: BEFORE waits until all preceding transactions are applied, so reads see the latest data on any member' },
  { engine: 'mysql-group-replication', config: { settings: { readsFrom: 'secondaries', consistency: 'EVENTUAL' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'MySQL transaction consistency guarantees: EVENTUAL reads on secondaries may be outdated; commits need a majority' },
  { engine: 'mysql-group-replication', config: { settings: { mode: 'multi-primary' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix',
    source: 'MySQL single-primary and multi-primary modes: every member writes, certification detects row conflicts, members apply asynchronously' },
  // Vitess
  { engine: 'vitess', config: {}, pacelc: 'PA/EC', cap: 'AP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: true,
    source: 'Vitess durability policy none (asynchronous) with VTOrc automatic reparenting; Kleppmann DDIA ch. 5 (async failover loses writes)' },
  { engine: 'vitess', config: { settings: { durabilityPolicy: 'semi_sync' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Vitess durability policy semi_sync: a commit needs a replica acknowledgement and reparenting promotes a tablet that has it' },
  { engine: 'vitess', config: { settings: { durabilityPolicy: 'semi_sync', readsFrom: 'replica' } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'Vitess tablet types: @replica reads are served by lagging replicas' },
  // MySQL NDB Cluster
  { engine: 'mysql-ndb', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'linearizable', ackedWritesLostOnFailover: false,
    source: 'Wikipedia PACELC table (MySQL Cluster PC/EC); NDB docs: synchronous replication within a node group, arbitration on splits' },
  { engine: 'mysql-ndb', config: { ...twoRegions, topology: 'multi-leader', settings: { conflictDetection: true } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'NDB Cluster Replication: asynchronous between clusters; active-active needs conflict resolution functions' },
  // VoltDB
  { engine: 'voltdb', config: { settings: { kFactor: 1 } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'strict-serializable', ackedWritesLostOnFailover: false,
    source: 'Abadi 2012 (VoltDB/H-Store PC/EC); Jepsen VoltDB 6.3 (strict serializability claimed, fixed in 6.4); K-safety synchronous copies' },
  { engine: 'voltdb', config: { ...twoRegions, topology: 'multi-leader' }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'VoltDB database replication: XDCR is asynchronous active-active, conflicts detected and logged after the fact' },
];
