/**
 * Literature rows for brokers and queues: configurations whose class is stated (or
 * directly implied) by the vendor's documentation or a Jepsen analysis. Each broker has
 * its default and at least one configuration that a setting flips.
 */
import type { LiteratureRow } from './configurations.js';

export const BROKER_LITERATURE: LiteratureRow[] = [
  // RabbitMQ
  { engine: 'rabbitmq', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'RabbitMQ Consumer Acknowledgements and Publisher Confirms: without confirms the publisher has no guarantee the broker took the message' },
  { engine: 'rabbitmq', config: { replicas: 3, settings: { queueType: 'quorum', publisherConfirms: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential', ackedWritesLostOnFailover: false,
    source: 'RabbitMQ Quorum Queues: durable replicated FIFO queue on Raft, confirmed after a majority; optimised for data safety' },
  { engine: 'rabbitmq', config: { settings: { queueType: 'classic-mirrored', publisherConfirms: true } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Jepsen: RabbitMQ (2014, 3.3) - mirrored queues lost acknowledged messages when partitions healed; RabbitMQ partitions guide' },
  // Amazon SQS
  { engine: 'sqs', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: false,
    source: 'Amazon SQS standard queues: at-least-once delivery, more than one copy may be delivered out of order (best-effort ordering)' },
  { engine: 'sqs', config: { settings: { queueType: 'fifo' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential',
    source: 'Amazon SQS FIFO key terms and delivery logic: strict order per message group, 5-minute deduplication interval' },
  // Amazon SNS
  { engine: 'sns', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'Amazon SNS message delivery: standard topics deliver at least once with best-effort ordering' },
  { engine: 'sns', config: { settings: { topicType: 'fifo' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential',
    source: 'Amazon SNS message grouping for FIFO topics: strict order within a message group, passed on to SQS FIFO subscribers' },
  // Amazon Kinesis Data Streams
  { engine: 'kinesis', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'consistent-prefix', ackedWritesLostOnFailover: false,
    source: 'Kinesis PutRecords does not guarantee record order; every reader sees the shard sequence; FAQ: synchronous replication across three AZs' },
  { engine: 'kinesis', config: { settings: { putApi: 'PutRecordOrdered' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential',
    source: 'Kinesis PutRecord with SequenceNumberForOrdering: strictly increasing sequence numbers per partition key from one client' },
  // Google Cloud Pub/Sub
  { engine: 'pubsub', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'Pub/Sub subscriber overview: at-least-once delivery, no order without ordering keys' },
  { engine: 'pubsub', config: { settings: { messageOrdering: true } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'sequential',
    source: 'Pub/Sub Order messages: with ordering enabled, messages with one ordering key published in one region arrive in publish order' },
  // Azure Service Bus
  { engine: 'servicebus', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'Azure Service Bus: peek-lock receives are at-least-once; FIFO needs sessions' },
  { engine: 'servicebus', config: { settings: { sessions: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential',
    source: 'Azure Service Bus message sessions: FIFO per session, one receiver holds a session at a time' },
  // Azure Event Hubs
  { engine: 'eventhubs', config: {}, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual',
    source: 'Event Hubs availability and consistency: without a partition, events go to any available partition (maximum uptime, no order)' },
  { engine: 'eventhubs', config: { settings: { publishTo: 'partition-key' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential',
    source: 'Event Hubs availability and consistency: a partition id/key keeps order but an unavailable partition returns an error' },
  // NATS JetStream
  { engine: 'nats-jetstream', config: { replicas: 3 }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential', ackedWritesLostOnFailover: true,
    source: 'Jepsen NATS 2.12.1: default two-minute fsync lost acknowledged writes under coordinated crashes' },
  { engine: 'nats-jetstream', config: { replicas: 3, settings: { syncInterval: 'always' } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential', ackedWritesLostOnFailover: false,
    source: 'Jepsen NATS 2.12.1 and nats-server #7564: syncing before acknowledging keeps acknowledged writes; Raft majority per stream' },
  // Apache Pulsar
  { engine: 'pulsar', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential', ackedWritesLostOnFailover: false,
    source: 'BookKeeper protocol: ack quorum is the minimum replication of an acknowledged entry; ledgers are fenced on recovery' },
  { engine: 'pulsar', config: { settings: { ensembleSize: 3, writeQuorum: 3, ackQuorum: 1 } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'BookKeeper protocol: with Qa = 1 an acknowledged entry may exist on one bookie only' },
  // Redpanda
  { engine: 'redpanda', config: {}, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential', ackedWritesLostOnFailover: false,
    source: 'Redpanda Configure Producers: acks=all fsyncs every write on a Raft majority' },
  { engine: 'redpanda', config: { settings: { acks: 1 } }, pacelc: 'PA/EL', cap: 'AP', consistency: 'eventual', ackedWritesLostOnFailover: true,
    source: 'Redpanda Configure Producers: acks=1 acknowledges after the leader alone' },
  { engine: 'redpanda', config: { settings: { writeCaching: true } }, pacelc: 'PC/EC', cap: 'CP', consistency: 'sequential', ackedWritesLostOnFailover: true,
    source: 'Redpanda Configure Producers: write caching acknowledges before fsync (flush.ms / flush.bytes)' },
];
