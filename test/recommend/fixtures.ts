// Small system descriptions, each built to call for one recommendation.
const head = (name: string, requirements = 'tolerate: { nodes: 1, zones: 0, regions: 0 }'): string =>
  `version: 1\nname: ${name}\nregions: [aws:us-east-1, aws:eu-west-1, aws:us-west-2]\nrequirements:\n  ${requirements}\n`;

export const FIXTURES: Record<string, string> = {
  uniqueMultiLeader: `${head('unique-multi-leader')}
datastores:
  - { name: users-db, engine: cosmosdb, regions: [aws:us-east-1, aws:eu-west-1], replicas: 4, settings: { multiRegionWrites: true, consistencyLevel: Session } }
datasets:
  - { name: usernames, store: users-db, invariants: [unique-key], access: { reads: 100/s, writes: 10/s, pattern: point, writeRegions: [aws:us-east-1, aws:eu-west-1] } }
`,
  threeServiceWorkflow: `${head('three-services')}
datastores:
  - { name: orders-db, engine: postgres, regions: [aws:us-east-1], replicas: 3, topology: single-leader, replication: sync, failover: automatic, settings: { syncReplicas: 1 } }
  - { name: stock-db, engine: postgres, regions: [aws:us-east-1], replicas: 3, topology: single-leader, replication: sync, failover: automatic, settings: { syncReplicas: 1 } }
datasets:
  - { name: orders, store: orders-db, consistency: serializable, access: { writes: 50/s } }
  - { name: stock, store: stock-db, consistency: serializable, access: { writes: 50/s } }
services:
  - { name: order-service, regions: [aws:us-east-1], instances: 3, writes: [orders] }
  - { name: stock-service, regions: [aws:us-east-1], instances: 3, writes: [stock] }
  - { name: payment-service, regions: [aws:us-east-1], instances: 3 }
workflows:
  - name: checkout
    atomicity: all-or-nothing
    protocol: 2pc
    steps:
      - { name: create-order, service: order-service, writes: [orders], compensation: cancel-order }
      - { name: charge, service: payment-service, external: true }
      - { name: take-stock, service: stock-service, writes: [stock], compensation: put-back }
`,
  writeAndPublish: `${head('write-and-publish')}
datastores:
  - { name: db, engine: postgres, regions: [aws:us-east-1], replicas: 3, failover: automatic }
datasets:
  - { name: invoices, store: db, access: { writes: 20/s } }
services:
  - { name: billing, regions: [aws:us-east-1], instances: 2, writes: [invoices], publishes: [invoice-events] }
messaging:
  - { name: invoice-events, engine: kafka, delivery: at-least-once, ordering: per-key, regions: [aws:us-east-1], settings: { acks: all, minInsyncReplicas: 2, replicas: 3 } }
`,
  rangeScans: `${head('range-scans')}
datastores:
  - { name: events-db, engine: cassandra, regions: [aws:us-east-1], replicas: 3, settings: { readConsistency: LOCAL_QUORUM, writeConsistency: LOCAL_QUORUM }, partitioning: { strategy: hash, key: device_id } }
datasets:
  - { name: readings, store: events-db, access: { reads: 2000/s, writes: 5000/s, pattern: range }, size: 500GB }
`,
  hotKeys: `${head('hot-keys')}
datastores:
  - { name: counters, engine: dynamodb, regions: [aws:us-east-1], settings: { consistentReads: false }, partitioning: { strategy: hash, key: item_id } }
datasets:
  - { name: item-views, store: counters, access: { reads: 9000/s, writes: 3000/s, pattern: point, hotKeys: true }, size: 40GB }
`,
  localWorkflow: `${head('local-workflow')}
datastores:
  - { name: db, engine: postgres, regions: [aws:us-east-1], replicas: 3, failover: automatic }
datasets:
  - { name: accounts, store: db, consistency: serializable }
  - { name: transfers, store: db, consistency: serializable }
services:
  - { name: ledger, regions: [aws:us-east-1], instances: 2, writes: [accounts, transfers] }
workflows:
  - name: transfer
    atomicity: all-or-nothing
    steps:
      - { name: debit, service: ledger, writes: [accounts] }
      - { name: record, service: ledger, writes: [transfers] }
`,
  retriedNonIdempotent: `${head('retried-non-idempotent')}
services:
  - name: web
    regions: [aws:us-east-1]
    instances: 2
    calls:
      - { service: payments, timeout: 2s, retries: { attempts: 4, backoff: exponential, jitter: none, baseDelay: 100ms } }
      - { service: search }
  - { name: payments, regions: [aws:us-east-1], instances: 2 }
  - { name: search, regions: [aws:us-east-1], instances: 2 }
`,
  asyncRpoZero: `${head('async-rpo-zero', 'rpo: 0s\n  tolerate: { nodes: 1, zones: 0, regions: 0 }')}
datastores:
  - { name: ledger-db, engine: postgres, regions: [aws:us-east-1], replicas: 3, topology: single-leader, replication: async, failover: manual, settings: { synchronousCommit: local } }
datasets:
  - { name: entries, store: ledger-db, consistency: serializable, access: { writes: 100/s } }
`,
  regionLoss: `${head('region-loss', 'tolerate: { nodes: 1, zones: 0, regions: 1 }')}
datastores:
  - { name: coord, engine: etcd, regions: [aws:us-east-1, aws:eu-west-1], replicas: 3, settings: { readMode: linearizable } }
datasets:
  - { name: leases, store: coord, consistency: linearizable }
`,
  cassandraReadYourWrites: `${head('cassandra-ryw')}
datastores:
  - { name: profiles-db, engine: cassandra, regions: [aws:us-east-1], replicas: 3, settings: { readConsistency: ONE, writeConsistency: ONE } }
datasets:
  - { name: profiles, store: profiles-db, consistency: read-your-writes, access: { reads: 500/s, writes: 50/s, pattern: point } }
`,
  mongoLinearizable: `${head('mongo-linearizable')}
datastores:
  - { name: docs, engine: mongodb, regions: [aws:us-east-1], replicas: 3, settings: { writeConcern: 1, readConcern: local, readPreference: secondary } }
datasets:
  - { name: balances, store: docs, consistency: linearizable }
`,
  dynamoStrongReads: `${head('dynamo-strong-reads')}
datastores:
  - { name: table, engine: dynamodb, regions: [aws:us-east-1], settings: { consistentReads: false } }
datasets:
  - { name: sessions, store: table, consistency: linearizable, access: { reads: 100/s, writes: 10/s, pattern: point } }
`,
  lwwAndSequence: `${head('lww-and-sequence')}
datastores:
  - { name: kv, engine: cassandra, regions: [aws:us-east-1, aws:eu-west-1], replicas: 6, conflictResolution: lww, settings: { readConsistency: LOCAL_QUORUM, writeConsistency: LOCAL_QUORUM } }
  - { name: seq-db, engine: postgres, regions: [aws:us-east-1], replicas: 3, failover: automatic }
datasets:
  - { name: carts, store: kv, access: { writes: 100/s, pattern: point } }
  - { name: invoice-numbers, store: seq-db, invariants: [sequential-id] }
`,
  counterOnApStore: `${head('counter')}
datastores:
  - { name: cache, engine: cassandra, regions: [aws:us-east-1, aws:eu-west-1], replicas: 6, settings: { readConsistency: LOCAL_ONE, writeConsistency: LOCAL_ONE } }
datasets:
  - { name: like-counts, store: cache, invariants: [counter], access: { writes: 500/s, pattern: point } }
`,
  consumerAndLock: `${head('consumer-and-lock')}
datastores:
  - { name: locks, engine: redis, regions: [aws:us-east-1], replicas: 3, settings: { failover: sentinel } }
  - { name: db, engine: postgres, regions: [aws:us-east-1], replicas: 3, failover: automatic }
datasets:
  - { name: shipments, store: db }
services:
  - { name: shipper, regions: [aws:us-east-1], instances: 2, writes: [shipments] }
messaging:
  - { name: orders, engine: kafka, delivery: at-least-once, ordering: per-key, regions: [aws:us-east-1], settings: { acks: all, minInsyncReplicas: 2, replicas: 3 } }
consumers:
  - { service: shipper, topic: orders, idempotent: false }
locks:
  - { name: ship-lock, store: locks, guards: shipments, leaseTtl: 15s, fencing: false, purpose: correctness, algorithm: single-instance }
`,
  timeoutBudget: `${head('timeout-budget')}
services:
  - name: edge
    regions: [aws:us-east-1]
    instances: 2
    calls: [{ service: api, timeout: 1s, retries: { attempts: 2, backoff: exponential, jitter: full, baseDelay: 50ms }, idempotent: true }]
  - name: api
    regions: [aws:us-east-1]
    instances: 2
    calls: [{ service: bank, timeout: 2s, retries: { attempts: 3, backoff: exponential, jitter: full, baseDelay: 100ms }, idempotent: true }]
  - { name: bank, regions: [aws:us-east-1], instances: 2 }
`,
  oneServiceTwoStores: `${head('one-service-two-stores')}
datastores:
  - { name: accounts-db, engine: postgres, regions: [aws:us-east-1], replicas: 3, failover: automatic, settings: { syncReplicas: 1 } }
  - { name: audit-db, engine: postgres, regions: [aws:us-east-1], replicas: 3, failover: automatic, settings: { syncReplicas: 1 } }
datasets:
  - { name: accounts, store: accounts-db }
  - { name: audit-log, store: audit-db }
services:
  - { name: ledger, regions: [aws:us-east-1], instances: 2, writes: [accounts, audit-log] }
workflows:
  - name: post-with-audit
    atomicity: all-or-nothing
    protocol: 2pc
    steps:
      - { name: post, service: ledger, writes: [accounts], compensation: reverse }
      - { name: audit, service: ledger, writes: [audit-log] }
`,
  sharedTopics: `${head('shared-topics')}
services:
  - { name: orders, regions: [aws:us-east-1], instances: 2, publishes: [{ topic: order-events, via: outbox }] }
  - { name: payments, regions: [aws:us-east-1], instances: 2, publishes: [{ topic: order-events, via: outbox }, { topic: audit, via: outbox }] }
messaging:
  - { name: order-events, engine: kafka, delivery: at-least-once, ordering: per-key, regions: [aws:us-east-1], settings: { acks: all, minInsyncReplicas: 2, replicas: 3 } }
  - { name: audit, engine: kafka, delivery: at-least-once, ordering: total, regions: [aws:us-east-1], settings: { acks: all, minInsyncReplicas: 2, replicas: 3 } }
`,
};
