/**
 * The design problems planted in each example (examples/README.md tells the
 * story of each). Every entry carries the rule id DESIGN.md gives such a
 * problem, the YAML path of the node it is about, and a piece of the source
 * line the finding should point at. `suppressed` marks a finding the example
 * accepts with `x-archcap-ignore`.
 *
 * Some problems show up under more than one rule (a Redis lock that is both
 * unfenced and lost on failover); each finding is listed, grouped by problem.
 */

export interface PlantedFinding {
  ruleId: string;
  path: string;
  /** Text on the YAML line the finding points at. */
  at: string;
  suppressed?: boolean;
}

export interface Planted {
  name: string;
  regions: string[];
  /** Engines of the data stores, in order. */
  engines: string[];
  services: number;
  findings: PlantedFinding[];
}

export const PLANTED: Record<string, Planted> = {
  'cloud-estate.yaml': {
    name: 'cloud-estate',
    regions: ['aws:us-east-1'],
    engines: ['aurora-postgresql', 'aurora-postgresql', 'dynamodb', 'elasticache-redis', 'opensearch'],
    services: 6,
    // A sound design on managed services: nothing is planted; the three accepted findings remain.
    findings: [
      { ruleId: 'partition/behaviour-conflict', path: 'datastores[3]', at: '- name: page-cache', suppressed: true },
      { ruleId: 'durability/acked-write-loss', path: 'datastores[3].settings', at: 'automaticFailover: true', suppressed: true },
      { ruleId: 'availability/single-point-of-failure', path: 'services[5].instances', at: 'instances: 1', suppressed: true },
    ],
  },
  'ecommerce-checkout.yaml': {
    name: 'ecommerce-checkout',
    regions: ['aws:us-east-1', 'aws:us-west-2'],
    engines: ['postgres', 'postgres', 'redis'],
    services: 7,
    findings: [
      { ruleId: 'durability/async-replication-rpo', path: 'datastores[0].settings', at: 'synchronousCommit: local' },
      { ruleId: 'retry/non-idempotent', path: 'services[1].calls[1]', at: '- service: payment-service' },
      { ruleId: 'transaction/dual-write', path: 'services[1].publishes[0]', at: 'publishes: [order-events]' },
      { ruleId: 'transaction/missing-compensation', path: 'workflows[0].steps[1]', at: 'name: reserve-stock' },
      // One Redis lock, two problems: no fencing, and a grant that a failover can lose.
      { ruleId: 'lock/missing-fencing', path: 'locks[0]', at: '- name: stock-lock' },
      { ruleId: 'lock/redlock-for-correctness', path: 'locks[0].store', at: 'store: cache' },
      // Accepted by the team.
      { ruleId: 'partition/behaviour-conflict', path: 'datastores[2]', at: '- name: cache', suppressed: true },
      { ruleId: 'durability/acked-write-loss', path: 'datastores[2].settings', at: 'failover: sentinel', suppressed: true },
      { ruleId: 'messaging/non-idempotent-consumer', path: 'consumers[2]', at: '- service: email-service', suppressed: true },
    ],
  },
  'payments-ledger.yaml': {
    name: 'payments-ledger',
    regions: ['aws:us-east-1', 'aws:us-west-2', 'aws:eu-west-1'],
    engines: ['cockroachdb'],
    services: 9,
    findings: [
      { ruleId: 'latency/quorum-exceeds-sla', path: 'datastores[0].regions', at: 'regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1]' },
      // The idempotency-key look-up opts into follower reads: a retry within ~4.8 s can miss its key.
      // (Follower reads enabled store-wide touch no read-write transaction, so nothing else is reported.)
      { ruleId: 'consistency/stale-replica-reads', path: 'datasets[2].reads.followerReads', at: 'reads: { followerReads: true }' },
      { ruleId: 'timeout/inversion', path: 'services[0].calls[0]', at: '- service: payment-service' },
      { ruleId: 'retry/no-jitter', path: 'services[1].calls[0]', at: '- service: fraud-service' },
      { ruleId: 'timeout/missing', path: 'services[6].calls[0]', at: '- service: bank-gateway' },
      // Accepted until 2027-03-31.
      { ruleId: 'messaging/non-idempotent-consumer', path: 'consumers[2]', at: '- service: settlement-service', suppressed: true },
    ],
  },
  'social-feed.yaml': {
    name: 'social-feed',
    regions: ['gcp:us-east4', 'gcp:europe-west1', 'gcp:asia-southeast1'],
    engines: ['cassandra', 'cassandra', 'redis'],
    services: 6,
    findings: [
      // LOCAL_ONE reads after LOCAL_QUORUM writes: no overlap, so authors can miss their own posts.
      // One finding for the cause, naming the data set (no second requirement-unmet for the same cause).
      { ruleId: 'consistency/quorum-no-overlap', path: 'datastores[1].settings', at: 'readConsistency: LOCAL_ONE' },
      { ruleId: 'partitioning/hot-key', path: 'datasets[2].access.hotKeys', at: 'hotKeys: true' },
      // Handles: uniqueness without coordination; concurrent claims in two regions are settled by timestamp.
      { ruleId: 'invariant/coordination-required', path: 'datasets[3].invariants[0]', at: 'invariants: [unique-key]' },
      { ruleId: 'replication/lww-clock-skew', path: 'datastores[1].conflictResolution', at: 'conflictResolution: lww' },
      { ruleId: 'retry/non-idempotent', path: 'services[0].calls[1]', at: '- service: engagement-service' },
      { ruleId: 'messaging/non-idempotent-consumer', path: 'consumers[1]', at: '- service: notification-service' },
      // Accepted by the team.
      { ruleId: 'replication/lww-clock-skew', path: 'datastores[0].conflictResolution', at: 'conflictResolution: lww', suppressed: true },
      { ruleId: 'durability/acked-write-loss', path: 'datastores[2].settings', at: 'failover: cluster', suppressed: true },
    ],
  },
  'iot-ingestion.yaml': {
    name: 'iot-ingestion',
    regions: ['aws:eu-central-1', 'aws:eu-west-1', 'aws:us-east-1'],
    engines: ['scylladb', 'dynamodb', 'postgres'],
    services: 8,
    findings: [
      { ruleId: 'partitioning/strategy-mismatch', path: 'datastores[0].partitioning.monotonicKey', at: 'monotonicKey: true' },
      { ruleId: 'residency/replica-outside-jurisdiction', path: 'datasets[0].residency', at: 'residency: [eu]' },
      { ruleId: 'partitioning/hot-key', path: 'datasets[1].access.hotKeys', at: 'hotKeys: true' },
      { ruleId: 'timeout/missing', path: 'services[0].calls[0]', at: '- service: device-registry' },
      { ruleId: 'messaging/non-idempotent-consumer', path: 'consumers[2]', at: '- service: alerting-service' },
      // Accepted by the team.
      { ruleId: 'replication/lww-clock-skew', path: 'datastores[0].conflictResolution', at: 'conflictResolution: lww', suppressed: true },
      { ruleId: 'durability/topic-write-loss', path: 'messaging[0].settings', at: 'acks: 1', suppressed: true },
    ],
  },
  'ride-sharing.yaml': {
    name: 'ride-sharing',
    regions: ['aws:us-east-1', 'aws:us-west-2'],
    engines: ['mongodb', 'dynamodb', 'dynamodb', 'mysql', 'etcd', 'zookeeper'],
    services: 10,
    findings: [
      { ruleId: 'consistency/stale-replica-reads', path: 'datastores[0].settings.readPreference', at: 'readPreference: secondaryPreferred' },
      // Money on an async multi-leader global table: the invariant, and what the table does to it.
      { ruleId: 'invariant/coordination-required', path: 'datasets[2].invariants[0]', at: 'invariants: [non-negative]' },
      { ruleId: 'partition/behaviour-conflict', path: 'datastores[2]', at: '- name: wallet-table' },
      { ruleId: 'replication/lww-clock-skew', path: 'datastores[2].conflictResolution', at: 'conflictResolution: lww' },
      { ruleId: 'durability/acked-write-loss', path: 'datastores[2].settings', at: 'globalTables: true' },
      { ruleId: 'transaction/pivot-order', path: 'workflows[0].steps[1]', at: 'name: text-receipt' },
      { ruleId: 'lock/missing-fencing', path: 'locks[0]', at: '- name: city-dispatch' },
      // Accepted by the team.
      { ruleId: 'replication/lww-clock-skew', path: 'datastores[1].conflictResolution', at: 'conflictResolution: lww', suppressed: true },
      { ruleId: 'durability/acked-write-loss', path: 'datastores[1].settings', at: 'globalTables: true', suppressed: true },
    ],
  },
  'hotel-booking.yaml': {
    name: 'hotel-booking',
    regions: ['azure:westeurope', 'azure:northeurope'],
    engines: ['postgres', 'cosmosdb', 'consul'],
    services: 7,
    findings: [
      { ruleId: 'partition/behaviour-conflict', path: 'datastores[1]', at: '- name: guest-store' },
      // Two Consul servers: no majority after one node or one zone is lost.
      { ruleId: 'fault-tolerance/quorum-size', path: 'datastores[2].replicas', at: 'replicas: 2' },
      { ruleId: 'fault-tolerance/region-loss', path: 'datastores[2].placement', at: '- name: platform-consul' },
      { ruleId: 'availability/composite-below-target', path: 'services[0]', at: '- name: booking-api' },
      { ruleId: 'transaction/distributed-2pc', path: 'workflows[0].protocol', at: 'protocol: 2pc' },
      // Accepted by the team.
      { ruleId: 'replication/lww-clock-skew', path: 'datastores[1].conflictResolution', at: 'conflictResolution: lww', suppressed: true },
      { ruleId: 'durability/acked-write-loss', path: 'datastores[1].settings', at: 'multiRegionWrites: true', suppressed: true },
    ],
  },
};
