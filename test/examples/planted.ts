/**
 * The design problems planted in each example (examples/README.md tells the
 * story of each). Every entry carries the rule id DESIGN.md gives such a
 * problem, the YAML path of the node it is about, and a piece of the source
 * line the finding should point at. `suppressed` marks a finding the example
 * accepts with `x-archcap-ignore`.
 *
 * Entries whose rule is not built in yet are kept here on purpose: the test
 * compares only the rules it lists in CHECKED, and a new rule joins that list
 * once its planted entries are confirmed.
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
  'ecommerce-checkout.yaml': {
    name: 'ecommerce-checkout',
    regions: ['aws:us-east-1', 'aws:us-west-2'],
    engines: ['postgres', 'postgres', 'redis'],
    services: 7,
    findings: [
      { ruleId: 'retry/non-idempotent', path: 'services[1].calls[1]', at: '- service: payment-service' },
      { ruleId: 'transaction/dual-write', path: 'services[1].publishes[0]', at: 'publishes: [order-events]' },
      { ruleId: 'transaction/missing-compensation', path: 'workflows[0].steps[1]', at: 'name: reserve-stock' },
      { ruleId: 'lock/missing-fencing', path: 'locks[0]', at: '- name: stock-lock' },
      { ruleId: 'messaging/non-idempotent-consumer', path: 'consumers[2]', at: '- service: email-service', suppressed: true },
      { ruleId: 'durability/async-replication-rpo', path: 'datasets[0]', at: '- name: orders' },
      { ruleId: 'durability/acked-write-loss', path: 'datastores[2]', at: '- name: cache', suppressed: true },
    ],
  },
  'payments-ledger.yaml': {
    name: 'payments-ledger',
    regions: ['aws:us-east-1', 'aws:us-west-2', 'aws:eu-west-1'],
    engines: ['cockroachdb'],
    services: 9,
    findings: [
      { ruleId: 'retry/no-jitter', path: 'services[1].calls[0]', at: '- service: fraud-service' },
      { ruleId: 'timeout/missing', path: 'services[6].calls[0]', at: '- service: bank-gateway' },
      { ruleId: 'messaging/non-idempotent-consumer', path: 'consumers[2]', at: '- service: settlement-service', suppressed: true },
      { ruleId: 'latency/quorum-exceeds-sla', path: 'datastores[0]', at: '- name: ledger' },
      { ruleId: 'consistency/stale-replica-reads', path: 'datasets[0]', at: '- name: account-balances' },
      { ruleId: 'timeout/inversion', path: 'services[0].calls[0]', at: '- service: payment-service' },
    ],
  },
  'social-feed.yaml': {
    name: 'social-feed',
    regions: ['gcp:us-east4', 'gcp:europe-west1', 'gcp:asia-southeast1'],
    engines: ['cassandra', 'cassandra', 'redis'],
    services: 6,
    findings: [
      { ruleId: 'retry/non-idempotent', path: 'services[0].calls[1]', at: '- service: engagement-service' },
      { ruleId: 'messaging/non-idempotent-consumer', path: 'consumers[1]', at: '- service: notification-service' },
      { ruleId: 'invariant/coordination-required', path: 'datasets[3]', at: '- name: handles' },
      { ruleId: 'consistency/quorum-no-overlap', path: 'datasets[2]', at: '- name: posts' },
      { ruleId: 'partitioning/hot-key', path: 'datasets[2]', at: '- name: posts' },
      { ruleId: 'replication/lww-clock-skew', path: 'datastores[0]', at: '- name: feed-cluster', suppressed: true },
    ],
  },
  'iot-ingestion.yaml': {
    name: 'iot-ingestion',
    regions: ['aws:eu-central-1', 'aws:eu-west-1', 'aws:us-east-1'],
    engines: ['scylladb', 'dynamodb', 'postgres'],
    services: 8,
    findings: [
      { ruleId: 'timeout/missing', path: 'services[0].calls[0]', at: '- service: device-registry' },
      { ruleId: 'messaging/non-idempotent-consumer', path: 'consumers[2]', at: '- service: alerting-service' },
      { ruleId: 'partitioning/strategy-mismatch', path: 'datastores[0]', at: '- name: telemetry-store' },
      { ruleId: 'partitioning/hot-key', path: 'datasets[1]', at: '- name: device-shadows' },
      { ruleId: 'residency/replica-outside-jurisdiction', path: 'datasets[0]', at: '- name: telemetry-points' },
      { ruleId: 'durability/acked-write-loss', path: 'messaging[0]', at: '- name: telemetry', suppressed: true },
    ],
  },
  'ride-sharing.yaml': {
    name: 'ride-sharing',
    regions: ['aws:us-east-1', 'aws:us-west-2'],
    engines: ['mongodb', 'dynamodb', 'dynamodb', 'mysql', 'etcd', 'zookeeper'],
    services: 10,
    findings: [
      { ruleId: 'transaction/pivot-order', path: 'workflows[0].steps[1]', at: 'name: text-receipt' },
      { ruleId: 'lock/missing-fencing', path: 'locks[0]', at: '- name: city-dispatch' },
      { ruleId: 'consistency/stale-replica-reads', path: 'datasets[0]', at: '- name: trips' },
      { ruleId: 'invariant/coordination-required', path: 'datasets[2]', at: '- name: rider-credits' },
      { ruleId: 'replication/lww-clock-skew', path: 'datastores[1]', at: '- name: locations-table', suppressed: true },
    ],
  },
  'hotel-booking.yaml': {
    name: 'hotel-booking',
    regions: ['azure:westeurope', 'azure:northeurope'],
    engines: ['postgres', 'cosmosdb', 'consul'],
    services: 7,
    findings: [
      { ruleId: 'transaction/missing-compensation', path: 'workflows[0].steps[0]', at: 'name: hold-room', suppressed: true },
      { ruleId: 'partition/behaviour-conflict', path: 'datastores[1]', at: '- name: guest-store' },
      { ruleId: 'fault-tolerance/quorum-size', path: 'datastores[2]', at: '- name: platform-consul' },
      { ruleId: 'availability/composite-below-target', path: 'services[0]', at: '- name: booking-api' },
      { ruleId: 'transaction/distributed-2pc', path: 'workflows[0]', at: '- name: book-room' },
      { ruleId: 'replication/lww-clock-skew', path: 'datastores[1]', at: '- name: guest-store', suppressed: true },
    ],
  },
};
