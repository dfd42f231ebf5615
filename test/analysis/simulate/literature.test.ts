/**
 * Scenarios whose outcome a published source states: the simulation must agree.
 * Each case names the source; a change to the simulation or to an engine profile that
 * contradicts one of them fails here.
 */
import { describe, expect, it } from 'vitest';
import { at, run, store } from './helpers.js';

const head = (regions: string[]) => `version: 1\nname: lit\nregions: [${regions.join(', ')}]\n`;
const TWO = ['aws:us-east-1', 'aws:eu-west-1'];
const THREE = ['aws:us-east-1', 'aws:us-west-2', 'aws:eu-west-1'];

const cassandra = (read: string, write: string, extra = '') => `${head(TWO)}datastores:
  - { name: c, engine: cassandra, regions: [aws:us-east-1, aws:eu-west-1], replicas: 3, settings: { readConsistency: ${read}, writeConsistency: ${write} }${extra} }
`;

interface Case {
  name: string;
  source: string;
  check: () => Promise<void>;
}

const CASES: Case[] = [
  {
    name: 'Cassandra LOCAL_QUORUM keeps reading and writing in the surviving region when the other is lost',
    source: 'DataStax, Configuring data consistency: LOCAL_QUORUM needs a quorum in the local data center only, so a remote DC outage does not block it',
    check: async () => {
      const r = await run(cassandra('LOCAL_QUORUM', 'LOCAL_QUORUM'), ['region=aws:us-east-1']);
      expect(at(r, 'c', 'aws:eu-west-1')).toEqual({ reads: 'available', writes: 'available' });
      expect(store(r, 'c').ackedWritesLost).toBe(false);
    },
  },
  {
    name: 'Cassandra EACH_QUORUM writes stop when one region is lost, LOCAL_QUORUM reads go on',
    source: 'DataStax, Configuring data consistency: EACH_QUORUM needs a quorum in every data center and fails if any DC lacks one',
    check: async () => {
      const r = await run(cassandra('LOCAL_QUORUM', 'EACH_QUORUM'), ['region=aws:us-east-1']);
      expect(at(r, 'c', 'aws:eu-west-1')).toEqual({ reads: 'available', writes: 'unavailable' });
    },
  },
  {
    name: 'Cassandra EACH_QUORUM writes stop on both sides of an inter-region partition',
    source: 'DataStax, Configuring data consistency (EACH_QUORUM: a quorum of replicas in each data center must acknowledge)',
    check: async () => {
      const r = await run(cassandra('LOCAL_QUORUM', 'EACH_QUORUM'), ['partition=aws:us-east-1|aws:eu-west-1']);
      expect(at(r, 'c', 'aws:us-east-1').writes).toBe('unavailable');
      expect(at(r, 'c', 'aws:eu-west-1').writes).toBe('unavailable');
    },
  },
  {
    name: 'Cassandra ONE/ONE takes writes on both sides of a partition; last-write-wins discards one side on healing',
    source: 'Kingsbury, Jepsen: Cassandra (2013): concurrent writes are resolved by timestamp and acknowledged writes are lost',
    check: async () => {
      const r = await run(`${cassandra('ONE', 'ONE')}datasets:\n  - { name: profile, store: c, consistency: eventual }\n`, ['partition=aws:us-east-1|aws:eu-west-1']);
      expect(store(r, 'c').splitBrain).toBe(true);
      expect(store(r, 'c').ackedWritesLost).toBe(true);
    },
  },
  {
    name: 'Cassandra QUORUM across two equal regions: neither side of a partition holds a quorum',
    source: 'DataStax, Configuring data consistency: QUORUM is (sum of replication factors / 2) + 1 across all DCs',
    check: async () => {
      const r = await run(cassandra('QUORUM', 'QUORUM'), ['partition=aws:us-east-1|aws:eu-west-1']);
      expect(at(r, 'c', 'aws:us-east-1')).toEqual({ reads: 'unavailable', writes: 'unavailable' });
      expect(at(r, 'c', 'aws:eu-west-1')).toEqual({ reads: 'unavailable', writes: 'unavailable' });
    },
  },
  {
    name: 'CockroachDB with five voters over three regions survives a region (region survival goal)',
    source: 'Cockroach Labs, Multi-region survival goals: REGION survival needs 5 voting replicas over at least 3 regions and survives a region failure',
    check: async () => {
      const r = await run(`${head(THREE)}datastores:\n  - { name: ledger, engine: cockroachdb, regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1], placement: { aws:us-east-1: 2, aws:us-west-2: 2, aws:eu-west-1: 1 } }\n`, ['region=aws:us-east-1']);
      expect(at(r, 'ledger', 'aws:us-west-2')).toEqual({ reads: 'available', writes: 'available' });
      expect(store(r, 'ledger').ackedWritesLost).toBe(false);
      expect(store(r, 'ledger').rto.ms).toBeLessThanOrEqual(10_000);
    },
  },
  {
    name: 'CockroachDB with three voters in one region (zone survival) loses everything with the region',
    source: 'Cockroach Labs, Multi-region survival goals: ZONE survival (the default) survives a zone, not a region',
    check: async () => {
      const r = await run(`${head(TWO)}datastores:\n  - { name: ledger, engine: cockroachdb, regions: [aws:us-east-1], replicas: 3 }\n`, ['region=aws:us-east-1']);
      expect(at(r, 'ledger', 'aws:eu-west-1').writes).toBe('unavailable');
      expect(store(r, 'ledger').rto.ms).toBeNull();
    },
  },
  {
    name: 'CockroachDB with three voters over three zones survives a zone loss',
    source: 'Cockroach Labs, Multi-region survival goals (ZONE survival: 3 replicas over 3 zones survive one zone)',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}datastores:\n  - { name: ledger, engine: cockroachdb, replicas: 3, zones: 3 }\n`, ['zone=aws:us-east-1/1']);
      expect(at(r, 'ledger', 'aws:us-east-1')).toEqual({ reads: 'available', writes: 'available' });
    },
  },
  {
    name: 'CockroachDB nodes whose clocks are off by more than 80% of max-offset stop themselves',
    source: 'Cockroach Labs, Operational FAQs / Clock synchronization: a node whose clock offset exceeds 80% of --max-offset (500 ms) shuts down',
    check: async () => {
      const yaml = `${head(THREE)}datastores:\n  - { name: ledger, engine: cockroachdb, regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1], placement: { aws:us-east-1: 1, aws:us-west-2: 1, aws:eu-west-1: 1 } }\n`;
      const r = await run(yaml, ['skew=aws:us-east-1:600ms']);
      expect(store(r, 'ledger').sides[0]!.replicas).toBe(2);
      const small = await run(yaml, ['skew=aws:us-east-1:100ms']);
      expect(store(small, 'ledger').sides[0]!.replicas).toBe(3);
    },
  },
  {
    name: 'Spanner with a five-voter multi-region placement survives a region',
    source: 'Google Cloud, Spanner regional and multi-region configurations: multi-region configurations keep serving through a region outage (two read-write regions with two voters each plus a witness region)',
    check: async () => {
      const r = await run(`${head(THREE)}datastores:\n  - { name: s, engine: spanner, regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1], placement: { aws:us-east-1: 2, aws:us-west-2: 2, aws:eu-west-1: 1 } }\n`, ['region=aws:us-west-2']);
      expect(at(r, 's', 'aws:us-east-1')).toEqual({ reads: 'available', writes: 'available' });
      expect(store(r, 's').ackedWritesLost).toBe(false);
    },
  },
  {
    name: 'PostgreSQL with an asynchronous standby and automatic failover loses the unreplicated tail (RPO > 0)',
    source: 'PostgreSQL documentation, High Availability 27.2.8 / Kleppmann DDIA ch. 5: an asynchronous standby may lack the last commits when promoted',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}datastores:\n  - { name: db, engine: postgres, replicas: 3, replication: async, failover: automatic, settings: { readsFrom: replicas } }\n`, ['node=db']);
      expect(store(r, 'db').ackedWritesLost).toBe(true);
      expect(store(r, 'db').rpo.ms).toBeNull();
    },
  },
  {
    name: 'PostgreSQL with a synchronous standby loses nothing on failover (RPO 0)',
    source: 'PostgreSQL documentation, 27.2.8 Synchronous Replication: a commit waits until the standby has written it, so a promoted standby has every acknowledged commit',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}datastores:\n  - { name: db, engine: postgres, replicas: 3, replication: sync, failover: automatic, settings: { synchronousCommit: "on", syncReplicas: 1 } }\n`, ['node=db']);
      expect(store(r, 'db').ackedWritesLost).toBe(false);
      expect(at(r, 'db', 'aws:us-east-1').writes).toBe('available');
      expect(store(r, 'db').rto.ms).toBe(30_000);
    },
  },
  {
    name: 'PostgreSQL with manual failover: writes wait for the operator after the primary crashes',
    source: 'PostgreSQL documentation, 27.3 Failover: PostgreSQL does not detect a primary failure or promote a standby by itself',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}requirements: { rto: 15m }\ndatastores:\n  - { name: db, engine: postgres, replicas: 2, replication: async, failover: manual }\n`, ['node=db']);
      expect(at(r, 'db', 'aws:us-east-1').writes).toBe('unavailable');
      expect(store(r, 'db').rto).toMatchObject({ ms: 900_000 });
    },
  },
  {
    name: 'Kafka with min.insync.replicas 2 of 3 stops taking acks=all writes when two brokers are lost',
    source: 'Apache Kafka documentation, min.insync.replicas: with acks=all, a produce fails with NotEnoughReplicas when fewer replicas are in sync',
    check: async () => {
      const yaml = `${head(['aws:us-east-1'])}messaging:\n  - { name: events, engine: kafka, delivery: at-least-once, settings: { acks: all, minInsyncReplicas: 2, replicas: 3 } }\n`;
      const two = await run(yaml, ['node=events', 'node=events']);
      expect(at(two, 'events', 'aws:us-east-1').writes).toBe('unavailable');
      expect(two.messaging[0]!.canPublish).toBe(false);
      const one = await run(yaml, ['node=events']);
      expect(at(one, 'events', 'aws:us-east-1').writes).toBe('available');
      expect(store(one, 'events').ackedWritesLost).toBe(false);
    },
  },
  {
    name: 'Kafka with acks=1 loses acknowledged messages when the leader fails over',
    source: 'Apache Kafka documentation, Design - Replication: with acks=1 the leader acknowledges before followers copy; a failover can lose the message',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}messaging:\n  - { name: events, engine: kafka, delivery: at-least-once, ordering: per-key, settings: { acks: 1, replicas: 3 } }\n`, ['node=events']);
      expect(store(r, 'events').ackedWritesLost).toBe(true);
      expect(r.messaging[0]!.orderKept).toBe(false);
    },
  },
  {
    name: 'etcd keeps serving when one of three members crashes and elects within about a second',
    source: 'Ongaro and Ousterhout, Raft (USENIX ATC 2014) §5: a majority suffices; etcd tuning docs: election timeout 1000 ms',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}datastores:\n  - { name: cfg, engine: etcd, replicas: 3 }\n`, ['node=cfg']);
      expect(at(r, 'cfg', 'aws:us-east-1')).toEqual({ reads: 'available', writes: 'available' });
      expect(store(r, 'cfg').rto.ms).toBe(1000);
    },
  },
  {
    name: 'etcd members cut off from the majority refuse linearizable reads and writes',
    source: 'etcd documentation, API guarantees: linearizable reads go through the Raft quorum; Raft §5 (a minority cannot commit)',
    check: async () => {
      const r = await run(`${head(THREE)}datastores:\n  - { name: cfg, engine: etcd, regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1], placement: { aws:us-east-1: 1, aws:us-west-2: 1, aws:eu-west-1: 1 } }\n`, ['partition=aws:eu-west-1|aws:us-east-1,aws:us-west-2']);
      expect(at(r, 'cfg', 'aws:eu-west-1')).toEqual({ reads: 'unavailable', writes: 'unavailable' });
      expect(at(r, 'cfg', 'aws:us-east-1')).toEqual({ reads: 'available', writes: 'available' });
    },
  },
  {
    name: 'etcd serializable reads keep answering, stale, on the minority side',
    source: 'etcd documentation, API guarantees: serializable reads are served by any member and may be stale',
    check: async () => {
      const r = await run(`${head(THREE)}datastores:\n  - { name: cfg, engine: etcd, regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1], placement: { aws:us-east-1: 1, aws:us-west-2: 1, aws:eu-west-1: 1 }, settings: { readMode: serializable } }\n`, ['partition=aws:eu-west-1|aws:us-east-1,aws:us-west-2']);
      expect(at(r, 'cfg', 'aws:eu-west-1')).toEqual({ reads: 'stale', writes: 'unavailable' });
    },
  },
  {
    name: 'MongoDB with majority writes elects a new primary in another region without losing writes',
    source: 'MongoDB manual, Replica Set Elections (median election under 12 s) and Write Concern "majority" (acknowledged writes survive elections)',
    check: async () => {
      const r = await run(`${head(THREE)}datastores:\n  - { name: m, engine: mongodb, regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1], placement: { aws:us-east-1: 1, aws:us-west-2: 1, aws:eu-west-1: 1 }, settings: { writeConcern: majority, readConcern: majority } }\n`, ['region=aws:us-east-1']);
      expect(at(r, 'm', 'aws:us-west-2').writes).toBe('available');
      expect(store(r, 'm').ackedWritesLost).toBe(false);
      expect(store(r, 'm').rto.ms).toBe(12_000);
    },
  },
  {
    name: 'MongoDB with w:1 rolls back acknowledged writes when the primary fails over',
    source: 'MongoDB manual, Rollbacks During Replica Set Failover: writes not replicated to the new primary are rolled back; Kingsbury, Jepsen: MongoDB (2013/2015)',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}datastores:\n  - { name: m, engine: mongodb, replicas: 3, settings: { writeConcern: 1 } }\n`, ['node=m']);
      expect(store(r, 'm').ackedWritesLost).toBe(true);
    },
  },
  {
    name: 'Redis with Sentinel loses the writes a failed primary had not replicated',
    source: 'Redis documentation, Replication (asynchronous by default) and Sentinel: a promoted replica lacks the unreplicated writes',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}datastores:\n  - { name: cache, engine: redis, replicas: 3, zones: 3, settings: { failover: sentinel } }\n`, ['zone=aws:us-east-1/1']);
      expect(store(r, 'cache').ackedWritesLost).toBe(true);
      expect(at(r, 'cache', 'aws:us-east-1').writes).toBe('available');
    },
  },
  {
    name: 'Redis with Sentinel: a primary partitioned into a minority keeps taking writes that the promotion discards',
    source: 'Redis documentation, High availability with Sentinel, "Sentinel, Docker, NAT, and possible issues" / the partition example: the old master keeps accepting writes that are lost when it rejoins as a replica',
    check: async () => {
      const r = await run(`${head(TWO)}datastores:\n  - { name: cache, engine: redis, regions: [aws:us-east-1, aws:eu-west-1], placement: { aws:us-east-1: 1, aws:eu-west-1: 2 }, settings: { failover: sentinel } }\n`, ['partition=aws:us-east-1|aws:eu-west-1']);
      expect(store(r, 'cache').splitBrain).toBe(true);
      expect(store(r, 'cache').ackedWritesLost).toBe(true);
    },
  },
  {
    name: 'ZooKeeper servers cut off from the quorum serve nothing',
    source: 'ZooKeeper Programmer\'s Guide / Administrator\'s Guide: a server without a quorum does not serve clients (read-only mode is off by default)',
    check: async () => {
      const r = await run(`${head(THREE)}datastores:\n  - { name: zk, engine: zookeeper, regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1], placement: { aws:us-east-1: 1, aws:us-west-2: 1, aws:eu-west-1: 1 } }\n`, ['partition=aws:eu-west-1|aws:us-east-1,aws:us-west-2']);
      expect(at(r, 'zk', 'aws:eu-west-1').writes).toBe('unavailable');
    },
  },
  {
    name: 'A store in one region has nothing left when that region is lost',
    source: 'AWS Well-Architected Reliability Pillar, REL10: a workload in a single Region does not survive the loss of that Region',
    check: async () => {
      const r = await run(`${head(TWO)}datastores:\n  - { name: db, engine: postgres, regions: [aws:us-east-1], replicas: 2, replication: sync, failover: automatic, settings: { synchronousCommit: "on", syncReplicas: 1 } }\n`, ['region=aws:us-east-1']);
      expect(store(r, 'db').ackedWritesLost).toBe(true);
      expect(store(r, 'db').rto.ms).toBeNull();
    },
  },
  {
    name: 'A saga whose pivot service is down cannot complete and compensates the earlier steps',
    source: 'Garcia-Molina and Salem, Sagas (SIGMOD 1987): a saga that cannot complete runs the compensations of the steps done, in reverse; Richardson, microservices.io: the pivot transaction is the go/no-go point',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}services:
  - { name: orders, regions: [aws:us-east-1] }
  - { name: stock, regions: [aws:us-east-1] }
  - { name: pay, regions: [aws:us-east-1] }
  - { name: mail, regions: [aws:us-east-1] }
workflows:
  - name: place-order
    atomicity: all-or-nothing
    protocol: saga-orchestrated
    steps:
      - { name: create-order, service: orders, compensation: cancel-order }
      - { name: reserve-stock, service: stock, compensation: release-stock }
      - { name: charge-card, service: pay, pivot: true }
      - { name: send-receipt, service: mail, retriable: true }
`, ['down=pay']);
      const wf = r.workflows[0]!;
      expect(wf).toMatchObject({ canStart: true, canComplete: false, stuckAt: 'charge-card', compensates: ['reserve-stock', 'create-order'] });
    },
  },
  {
    name: 'A step after the pivot is retried forward, not compensated',
    source: 'Richardson, microservices.io, Saga pattern: steps after the pivot are retriable and guaranteed to succeed eventually',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}services:
  - { name: orders, regions: [aws:us-east-1] }
  - { name: pay, regions: [aws:us-east-1] }
  - { name: mail, regions: [aws:us-east-1] }
workflows:
  - name: place-order
    atomicity: all-or-nothing
    steps:
      - { name: create-order, service: orders, compensation: cancel-order }
      - { name: charge-card, service: pay, pivot: true }
      - { name: send-receipt, service: mail, retriable: true }
`, ['down=mail']);
      expect(r.workflows[0]).toMatchObject({ canComplete: false, stuckAt: 'send-receipt', compensates: [] });
      expect(r.workflows[0]!.reasons.join(' ')).toContain('retries send-receipt');
    },
  },
  {
    name: 'A two-phase commit with a participant down blocks with locks held',
    source: 'Bernstein, Hadzilacos and Goodman, Concurrency Control and Recovery in Database Systems (1987), ch. 7: 2PC is blocking',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}services:
  - { name: a, regions: [aws:us-east-1] }
  - { name: b, regions: [aws:us-east-1] }
workflows:
  - { name: transfer, atomicity: all-or-nothing, protocol: 2pc, steps: [{ name: debit, service: a }, { name: credit, service: b }] }
`, ['down=b']);
      expect(r.workflows[0]!.compensates).toEqual([]);
      expect(r.workflows[0]!.reasons.join(' ')).toContain('keep their locks');
    },
  },
  {
    name: 'A caller with a timeout and a circuit breaker fails fast when its callee is down; one without a timeout piles up',
    source: 'Nygard, Release It! 2nd ed. (2018), Timeouts and Circuit Breaker patterns; AWS Builders\' Library, Timeouts, retries and backoff with jitter',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}services:
  - name: api
    regions: [aws:us-east-1]
    calls: [{ service: pay, timeout: 1s, circuitBreaker: true }]
  - name: web
    regions: [aws:us-east-1]
    calls: [{ service: pay }]
  - { name: pay, regions: [aws:us-east-1] }
`, ['down=pay']);
      expect(r.services.find((s) => s.name === 'api')).toMatchObject({ state: 'down', failureMode: 'fails-fast' });
      expect(r.services.find((s) => s.name === 'web')).toMatchObject({ state: 'down', failureMode: 'piles-up' });
    },
  },
  {
    name: 'An asynchronous call and an outbox only degrade a service when the callee or the broker is down',
    source: 'Hohpe and Woolf, Enterprise Integration Patterns (2003), Messaging: a queue decouples sender and receiver in time; Richardson, microservices.io, Transactional outbox',
    check: async () => {
      const r = await run(`${head(['aws:us-east-1'])}datastores:
  - { name: db, engine: postgres, replicas: 1 }
datasets:
  - { name: orders, store: db }
messaging:
  - { name: events, engine: kafka, delivery: at-least-once, settings: { acks: all, minInsyncReplicas: 2, replicas: 2 } }
services:
  - name: orders-svc
    regions: [aws:us-east-1]
    writes: [orders]
    publishes: [{ topic: events, via: outbox }]
    calls: [{ service: mail, mode: async }]
  - { name: mail, regions: [aws:us-east-1] }
`, ['down=mail', 'node=events']);
      expect(r.services.find((s) => s.name === 'orders-svc')?.state).toBe('degraded');
    },
  },
  {
    name: 'Last-writer-wins across regions with a skewed clock discards newer acknowledged writes',
    source: 'Kleppmann, Designing Data-Intensive Applications (2017), ch. 8 "Timestamps for ordering events": LWW with skewed clocks silently drops writes',
    check: async () => {
      const r = await run(`${cassandra('LOCAL_QUORUM', 'LOCAL_QUORUM', ', conflictResolution: lww')}datasets:\n  - { name: balance, store: c, consistency: read-your-writes }\n`, ['skew=aws:eu-west-1:300ms']);
      const ds = r.datasets[0]!;
      expect(ds.state).toBe('violated');
      expect(ds.reasons.join(' ')).toContain('last-writer-wins');
    },
  },
];

describe('simulated failures match the literature', () => {
  it('covers at least 25 scenarios, each with a source', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    for (const c of CASES) expect(c.source.length).toBeGreaterThan(20);
  });
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await c.check();
  });
});
