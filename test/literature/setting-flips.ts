/**
 * Literature rows where a single setting changes the class of an engine whose other rows
 * show only its default: the catalogue test asks every profile for one such row.
 */
import type { LiteratureRow } from './configurations.js';

export const SETTING_FLIP_LITERATURE: LiteratureRow[] = [
  { engine: 'foundationdb', config: { settings: { staleReads: true } }, pacelc: 'PC/EL', cap: 'CP', consistency: 'serializable',
    source: 'FoundationDB features and developer guide: a transaction reads at its read version; reusing a cached one keeps serializability but drops real-time order' },
  { engine: 'scylladb', config: { settings: { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'read-your-writes',
    source: 'ScyllaDB/Cassandra consistency levels: QUORUM reads and writes overlap (R + W > RF) and need a majority of replicas' },
  { engine: 'yugabytedb', config: { regions: ['aws:us-east-1', 'aws:eu-west-1'], replicas: 6, placement: { 'aws:us-east-1': 3, 'aws:eu-west-1': 3 }, settings: { xClusterReplication: true } },
    pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'YugabyteDB xCluster replication: asynchronous between universes, so a failover loses what was not yet replicated' },
  { engine: 'zookeeper', config: { settings: { syncBeforeRead: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential',
    source: 'ZooKeeper programmer guide: sync before a read brings the server up to date with the leader (Jepsen #399: still not linearizable)' },
];
