/**
 * Classifies a data store (or a messaging topic) as configured: PACELC and CAP
 * class, the consistency model it really gives, what happens on a partition, and
 * why — all from the engine's profile in the knowledge base.
 */
import { ArchcapError } from '../errors.js';
import type { CapClass, EngineProfile, KnowledgeBase, MessagingGuarantee, OnPartition, PacelcClass } from '../knowledge/types.js';
import { CUSTOM_ENGINE, type ConsistencyModel, type Datastore, type DeclaredGuarantee, type Invariant, type Topic } from '../model/types.js';
import { type Facts, matchRule, type StoreShape } from './classify-match.js';
import { keyedMemo } from '../memo.js';

/** One `datastores[]` entry of the JSON output (DESIGN.md), plus a few extra fields. */
export interface StoreClassification {
  name: string;
  path: string;
  engine: string;
  pacelc: PacelcClass;
  cap: CapClass;
  consistency: ConsistencyModel;
  /** Every model the configuration guarantees (`consistency` first). */
  models: ConsistencyModel[];
  onPartition: OnPartition;
  explanation: string;
  references: string[];
  caveats: string[];
  /** Invariants the engine enforces itself in this configuration (constraints on one primary or consensus group). */
  enforcesInvariants: Invariant[];
  /** The profile rule that decided, `<engine>/<rule id>` (`custom/declared` for a declared classification). */
  rule: string;
  /** Brokers: what consumers get (delivery, ordering, de-duplication window). */
  messaging?: MessagingGuarantee;
  /** True when the classification was declared by the user (`engine: custom`), not derived. */
  declared?: boolean;
}

export class UnknownEngineError extends ArchcapError {
  constructor(engine: string, known: string[]) {
    super('unknown-engine', `unknown engine "${engine}" (known: ${known.join(', ')})`);
  }
}

function fill(template: string, facts: Facts): string {
  return template.replace(/\{([A-Za-z0-9_.]+)\}/g, (whole, key: string) => {
    const value = facts[key];
    return value === undefined ? whole : String(value);
  });
}

function behaviour(value: string, engine: EngineProfile, facts: Facts): string {
  if (!value.startsWith('by-setting:')) return value;
  const setting = value.slice('by-setting:'.length);
  const current = facts[`settings.${setting}`];
  return engine.settingBehaviours[setting]?.[String(current)] ?? 'available';
}

const caveatsOf = new WeakMap<EngineProfile, string[]>();

/** The engine's own caveats and disagreements, as text: the same for every store of the engine, so built once. */
function engineCaveats(engine: EngineProfile): string[] {
  let text = caveatsOf.get(engine);
  if (!text) caveatsOf.set(engine, (text = engineCaveatText(engine)));
  return text;
}

function engineCaveatText(engine: EngineProfile): string[] {
  const caveats = engine.caveats.map((c) => `${c.text} (${c.versions ? `${c.versions}; ` : ''}${c.source})`);
  const disagreements = engine.disagreements.map(
    (d) => `Sources disagree on ${d.topic}: ${d.positions.map((p) => `${p.claim} (${p.source})`).join(' vs ')}. archcap: ${d.choice}`,
  );
  return [...caveats, ...disagreements];
}

/** Store-wide values of opt-in settings (follower reads, stale reads): they only make a read mode available, so the default path ignores them. */
export function optInSettings(engine: EngineProfile): Set<string> {
  return new Set([...Object.values(engine.operations.reads), ...Object.values(engine.operations.writes)].filter((o) => o.optIn).map((o) => o.setting));
}

function withoutOptIn(engine: EngineProfile, settings: StoreShape['settings']): { settings: StoreShape['settings']; dropped: string[] } {
  const optIn = optInSettings(engine);
  const dropped = Object.keys(settings).filter((k) => optIn.has(k) && settings[k] !== engine.settings[k]?.default);
  return { settings: Object.fromEntries(Object.entries(settings).filter(([k]) => !optIn.has(k))), dropped };
}

/**
 * Classifications already made, per engine profile, by everything a classification reads
 * of a store (its name and path are only copied into the result). Estates repeat a few
 * shapes many times, and the recommender classifies each data set's path under every
 * candidate setting: at 2,000 services most calls are repeats. Results are frozen, so a
 * caller cannot change what the next one gets.
 */
const memo = keyedMemo<EngineProfile, Readonly<Omit<StoreClassification, 'name' | 'path'>>>(50_000);

/** A string's length and the string: no value can run into the next. */
const part = (v: unknown): string => {
  if (v === undefined || v === null) return '~';
  const text = typeof v === 'string' ? v : `${typeof v}:${String(v)}`;
  return `${text.length}:${text}`;
};

/**
 * The key of a shape in `memo`: only what `matchRule` reads (buildFacts takes the
 * engine's own settings, in the profile's order, so no sorting is needed). Built by
 * concatenation: called for every candidate of the recommender's search.
 */
function shapeKey(engine: EngineProfile, target: StoreShape): string {
  let key = `${target.replicas}|${part(target.replication)}|${part(target.topology)}|${part(target.failover)}|${part(target.conflictResolution)}|`;
  for (const region of target.regions) key += part(region);
  key += '|';
  if (target.placement) for (const region of Object.keys(target.placement)) key += `${part(region)}=${target.placement[region]},`;
  key += '|';
  for (const name of Object.keys(engine.settings)) key += part(target.settings[name]);
  if (target.access) key += `|${target.access.writers.join(',')}|${target.access.readers.join(',')}`;
  return key;
}

export function classifyShape(engine: EngineProfile, target: StoreShape & { name: string; path: string }): StoreClassification {
  return { name: target.name, path: target.path, ...classifyUnnamedShape(engine, target) };
}

/** What `classifyShape` says of a shape, without a name and path: shared and frozen, for callers that only judge it. */
export function classifyUnnamedShape(engine: EngineProfile, target: StoreShape): Readonly<Omit<StoreClassification, 'name' | 'path'>> {
  return memo.get(engine, shapeKey(engine, target), () => freeze(classifyUnnamed(engine, target)));
}

function freeze<T extends object>(c: T): T {
  for (const value of Object.values(c)) if (value && typeof value === 'object') Object.freeze(value);
  return Object.freeze(c);
}

function classifyUnnamed(engine: EngineProfile, target: StoreShape): Omit<StoreClassification, 'name' | 'path'> {
  const { rule, guarantee: g, facts } = matchRule(engine, target);
  const models = [g.consistency, ...g.alsoProvides.filter((m) => m !== g.consistency)];
  return {
    engine: engine.id,
    pacelc: g.pacelc,
    cap: g.cap,
    consistency: g.consistency,
    models,
    onPartition: {
      reads: behaviour(g.onPartition.reads, engine, facts),
      writes: behaviour(g.onPartition.writes, engine, facts),
      ackedWritesLostOnFailover: g.onPartition.ackedWritesLostOnFailover,
    },
    explanation: fill(g.explanation, facts),
    references: g.references.map((key) => engine.references[key] ?? key),
    caveats: [...g.caveats.map((c) => fill(c, facts)), ...engineCaveats(engine)],
    enforcesInvariants: g.enforcesInvariants,
    rule: `${engine.id}/${rule.id}`,
    ...(g.messaging ? { messaging: g.messaging } : {}),
  };
}

/** `engine: custom`: the user's declaration taken as it stands. */
function classifyDeclared(target: { name: string; path: string }, d: DeclaredGuarantee, messaging?: MessagingGuarantee): StoreClassification {
  return {
    name: target.name,
    path: target.path,
    engine: CUSTOM_ENGINE,
    pacelc: d.pacelc,
    cap: d.cap ?? (d.pacelc.startsWith('PA') ? 'AP' : 'CP'),
    consistency: d.consistency,
    models: [d.consistency],
    onPartition: { ...d.onPartition },
    explanation: `Declared in the system description (engine: custom), not derived: ${d.pacelc}, ${d.consistency}; on a partition reads are ${d.onPartition.reads} and writes ${d.onPartition.writes}; acknowledged writes ${d.onPartition.ackedWritesLostOnFailover ? 'can' : 'cannot'} be lost on failover.`,
    references: [],
    caveats: ['archcap has not checked this classification against any documentation or test; it holds only as far as the declaration is true.'],
    enforcesInvariants: [],
    rule: `${CUSTOM_ENGINE}/declared`,
    declared: true,
    ...(messaging ? { messaging } : {}),
  };
}

export function engineOf(id: string, kb: KnowledgeBase): EngineProfile {
  const engine = kb.engines.get(id);
  if (!engine) throw new UnknownEngineError(id, [...kb.engines.keys()].sort());
  return engine;
}

/** The store's default path: what an operation gets when it asks for nothing of its own. */
export function classifyDatastore(store: Datastore, kb: KnowledgeBase): StoreClassification {
  if (store.engine === CUSTOM_ENGINE && store.declared) return classifyDeclared(store, store.declared);
  const engine = engineOf(store.engine, kb);
  const { settings, dropped } = withoutOptIn(engine, store.settings);
  const c = classifyShape(engine, { ...store, settings });
  if (dropped.length === 0) return c;
  const names = dropped.map((k) => `${k}: ${String(store.settings[k])}`).join(', ');
  const ops = Object.entries(engine.operations.reads).filter(([, o]) => dropped.includes(o.setting)).map(([n]) => `reads.${n}`).join(' / ');
  return { ...c, explanation: `${c.explanation} (${names} only makes that read mode available: it applies to the reads of a data set that asks for it with ${ops}, never to read-write transactions.)` };
}

/** A messaging topic (Kafka): `settings.replicas` is its replication factor. */
export function classifyTopic(topic: Topic, kb: KnowledgeBase): StoreClassification {
  if (topic.engine === CUSTOM_ENGINE && topic.declared) return classifyDeclared(topic, topic.declared, { delivery: topic.delivery, ordering: topic.ordering });
  const engine = engineOf(topic.engine, kb);
  const rf = typeof topic.settings.replicas === 'number' ? topic.settings.replicas : engine.defaultReplicas;
  return classifyShape(engine, {
    name: topic.name,
    path: topic.path,
    regions: topic.regions,
    replicas: rf,
    placement: {},
    settings: topic.settings,
  });
}
