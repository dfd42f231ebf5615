/**
 * Systems to start an interview from, each cut from one of the worked examples shipped
 * in examples/: a few of its items, chosen by name, with every reference to an item left
 * out dropped, and only the keys the interview asks about. An archetype that fits turns
 * the interview into a run of confirmations.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Draft } from './types.js';
import { packagePath } from '../paths.js';

export const EXAMPLES_DIR = packagePath('examples/');

type Lists = 'datastores' | 'datasets' | 'messaging' | 'services' | 'workflows' | 'locks';

export interface Archetype {
  id: string;
  title: string;
  /** What it holds, for the choice's description. */
  about: string;
  example: string;
  keep: Partial<Record<Lists, string[]>>;
  /** Steps of the workflows to keep (all steps of kept services when absent). */
  steps?: string[];
}

export const ARCHETYPES: readonly Archetype[] = [
  {
    id: 'checkout',
    title: 'Checkout (orders and card payments)',
    about: 'two regions; an order database and a cache, the orders data set, payment events, an order and a payment service, a two-step place-order saga',
    example: 'ecommerce-checkout.yaml',
    keep: { datastores: ['orders-db', 'cache'], datasets: ['orders'], messaging: ['payment-events'], services: ['order-service', 'payment-service'], workflows: ['place-order'] },
    steps: ['create-order', 'authorise-card'],
  },
  {
    id: 'payments-ledger',
    title: 'Payments ledger (balances and double-entry journal)',
    about: 'three regions; one consensus store holding balances, journal entries and idempotency keys; payment and ledger events; a card-payment workflow',
    example: 'payments-ledger.yaml',
    keep: { datastores: ['ledger'], datasets: ['account-balances', 'journal-entries', 'idempotency-keys'], messaging: ['payment-events'], services: ['payment-service', 'ledger-service', 'webhook-service'], workflows: ['card-payment'] },
  },
  {
    id: 'social-feed',
    title: 'Social feed (posts, timelines, likes)',
    about: 'three regions; a wide-column feed cluster, a content cluster and an edge cache; post events fanned out to timelines',
    example: 'social-feed.yaml',
    keep: { datastores: ['feed-cluster', 'content-cluster', 'edge-cache'], datasets: ['home-timelines', 'posts', 'like-counts'], messaging: ['post-events'], services: ['feed-api', 'post-service', 'fanout-worker'], workflows: ['publish-post'] },
  },
  {
    id: 'booking',
    title: 'Booking (rooms, seats or slots that must not be double-booked)',
    about: 'two regions; a reservations database and a guest store; reservation events; a book-room workflow',
    example: 'hotel-booking.yaml',
    keep: { datastores: ['reservations-db', 'guest-store'], datasets: ['room-inventory', 'reservations', 'loyalty-points'], messaging: ['reservation-events'], services: ['booking-service', 'loyalty-service'], workflows: ['book-room'] },
  },
  {
    id: 'iot-ingestion',
    title: 'IoT ingestion (device telemetry and shadows)',
    about: 'three regions; a time-series store, a shadow table and a device registry; one telemetry topic read by two writers',
    example: 'iot-ingestion.yaml',
    keep: { datastores: ['telemetry-store', 'shadow-table', 'registry-db'], datasets: ['telemetry-points', 'device-shadows', 'devices'], messaging: ['telemetry'], services: ['device-registry', 'points-writer', 'shadow-writer'], workflows: ['provision-device'] },
  },
  {
    id: 'ride-sharing',
    title: 'Ride sharing (trips, driver locations, fares)',
    about: 'two regions; a trips database, a driver-location table and a billing database; trip events; a complete-trip workflow',
    example: 'ride-sharing.yaml',
    keep: { datastores: ['trips-db', 'locations-table', 'billing-db'], datasets: ['trips', 'driver-locations', 'fares'], messaging: ['trip-events'], services: ['trip-service', 'location-service', 'payment-service'], workflows: ['complete-trip'] },
  },
];

/** The keys the interview asks about, per kind of item (the rest of an example is left out). */
const KEYS: Record<string, readonly string[]> = {
  root: ['name', 'description', 'regions', 'requirements', 'datastores', 'datasets', 'messaging', 'services', 'workflows', 'locks', 'consumers'],
  requirements: ['availability', 'latency', 'rpo', 'rto', 'tolerate', 'partitionPreference'],
  datastores: ['name', 'engine', 'regions', 'replicas', 'topology', 'replication', 'failover', 'conflictResolution', 'settings'],
  datasets: ['name', 'store', 'consistency', 'invariants', 'access', 'size', 'residency', 'requirements'],
  messaging: ['name', 'engine', 'delivery', 'ordering', 'settings'],
  services: ['name', 'regions', 'instances', 'reads', 'writes', 'publishes', 'calls'],
  calls: ['service', 'timeout', 'retries', 'idempotent', 'idempotencyKey'],
  workflows: ['name', 'atomicity', 'protocol', 'steps'],
  steps: ['name', 'service', 'compensation', 'external'],
  locks: ['name', 'store', 'guards', 'leaseTtl', 'fencing', 'purpose', 'algorithm'],
  consumers: ['service', 'topic', 'idempotent'],
};

const pick = (item: Draft, kind: string): Draft => Object.fromEntries(Object.entries(item).filter(([k]) => KEYS[kind]!.includes(k)));
const list = (v: unknown): Draft[] => (Array.isArray(v) ? (v as Draft[]) : []);
const names = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * Values shaped like the system YAML, normalised the way the interview asks (a topic
 * published as a bare name becomes `{ topic, via: direct }`), from any system file.
 */
export function normaliseValues(raw: Draft): Draft {
  const out = { ...raw };
  out['services'] = list(raw['services']).map((s) => ({
    ...s,
    ...(Array.isArray(s['publishes']) ? { publishes: (s['publishes'] as unknown[]).map((p) => (typeof p === 'string' ? { topic: p, via: 'direct' } : p)) } : {}),
  }));
  if (raw['services'] === undefined) delete out['services'];
  return out;
}

/** The starting answers of an archetype, cut from its example. */
export function archetypeValues(a: Archetype, dir = EXAMPLES_DIR): Draft {
  const ex = normaliseValues(parse(readFileSync(`${dir}/${a.example}`, 'utf8')) as Draft);
  const keep = (kind: Lists): Draft[] => list(ex[kind]).filter((i) => a.keep[kind]?.includes(String(i['name'])));
  const stores = keep('datastores').map((s) => pick(s, 'datastores'));
  const storeNames = stores.map((s) => s['name']);
  const datasets = keep('datasets').filter((d) => storeNames.includes(d['store'])).map((d) => pick(d, 'datasets'));
  const dsNames = datasets.map((d) => String(d['name']));
  const topics = keep('messaging').map((t) => pick(t, 'messaging'));
  const topicNames = topics.map((t) => String(t['name']));
  const svcNames = keep('services').map((s) => String(s['name']));
  const services = keep('services').map((s) => {
    const out = pick(s, 'services');
    out['reads'] = names(s['reads']).filter((d) => dsNames.includes(d));
    out['writes'] = names(s['writes']).filter((d) => dsNames.includes(d));
    out['publishes'] = list(s['publishes']).filter((p) => topicNames.includes(String(p['topic'])));
    out['calls'] = list(s['calls']).filter((c) => svcNames.includes(String(c['service']))).map((c) => pick(c, 'calls'));
    for (const k of ['reads', 'writes', 'publishes', 'calls']) if ((out[k] as unknown[]).length === 0) delete out[k];
    return out;
  });
  const workflows = keep('workflows')
    .map((w) => ({
      ...pick(w, 'workflows'),
      steps: list(w['steps'])
        .filter((st) => svcNames.includes(String(st['service'])) && (a.steps === undefined || a.steps.includes(String(st['name']))))
        .map((st) => pick(st, 'steps')),
    }))
    .filter((w) => w.steps.length > 0);
  const locks = keep('locks').filter((l) => storeNames.includes(l['store'])).map((l) => pick(l, 'locks'));
  const consumers = list(ex['consumers'])
    .filter((c) => svcNames.includes(String(c['service'])) && topicNames.includes(String(c['topic'])))
    .map((c) => pick(c, 'consumers'));
  const out: Draft = {
    name: a.id,
    description: ex['description'],
    regions: ex['regions'],
    requirements: pick((ex['requirements'] as Draft | undefined) ?? {}, 'requirements'),
    datastores: stores,
    datasets,
    messaging: topics,
    services,
    workflows,
    locks,
    consumers,
  };
  for (const [k, v] of Object.entries(out)) if (v === undefined || (Array.isArray(v) && v.length === 0)) delete out[k];
  return out;
}
