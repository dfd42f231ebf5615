/** Parses one engine profile (rules/knowledge/engines/<id>.yaml) and checks it is complete and self-consistent. */
import type { ConsistencyModel, Invariant } from '../model/types.js';
import { INVARIANT_NAMES, MODEL_NAMES } from './parse-models.js';
import { parseCause, parseConditionalWrite, parseOperations, parsePartitionSizing } from './parse-operations.js';
import { parseSettings, parseWhen } from './parse-settings.js';
import { type Obj, Shape } from './shape.js';
import {
  CAP_CLASSES, DERIVATIONS, DERIVED_FACTS, ENGINE_KINDS, MESSAGING_KINDS, PACELC_CLASSES, type EngineKind,
  type Caveat, type Disagreement, type EngineProfile, type EngineRule, type GuaranteeSpec,
} from './types.js';

const TOPOLOGIES = ['single-leader', 'multi-leader', 'leaderless', 'consensus'] as const;
const REPLICATION = ['sync', 'semi-sync', 'async', 'quorum', 'consensus'] as const;
const PROFILE_KEYS = ['id', 'name', 'kind', 'topology', 'replication', 'replicasPerRegion', 'defaultReplicas', 'replicasNote',
  'derive', 'settings', 'operations', 'partitionSizing', 'conditionalWrite', 'settingBehaviours', 'base', 'rules', 'references', 'caveats', 'disagreements', 'notes'];
const GIVES_KEYS = ['pacelc', 'cap', 'consistency', 'alsoProvides', 'onPartition', 'explanation', 'references', 'caveats', 'enforcesInvariants', 'messaging'];
const DELIVERIES = ['at-most-once', 'at-least-once', 'exactly-once'] as const;
const ORDERINGS = ['none', 'per-key', 'total'] as const;
const WINDOW = /^[0-9]+(\.[0-9]+)?(ms|s|m|h|d)$/;

interface Ctx {
  shape: Shape;
  references: Record<string, string>;
  behaviours: Map<string, string>;
  /** Settings whose values map to a partition behaviour (`settingBehaviours`). */
  bySetting: Set<string>;
}

/** `settingBehaviours: { readConsistency: { ONE: available-stale, ... } }`: every accepted value mapped to a known behaviour. */
function parseSettingBehaviours(shape: Shape, raw: unknown, settings: EngineProfile['settings'], behaviours: Map<string, string>): EngineProfile['settingBehaviours'] {
  const out: EngineProfile['settingBehaviours'] = {};
  if (raw === undefined) return out;
  for (const [name, table] of Object.entries(shape.obj(raw, 'settingBehaviours'))) {
    const where = `settingBehaviours.${name}`;
    const spec = settings[name];
    if (!spec || spec.type === 'integer') shape.fail(where, 'only an enum or boolean setting declared under settings can map to behaviours');
    const o = shape.obj(table, where);
    const map: Record<string, string> = {};
    for (const value of spec.type === 'boolean' ? [true, false] : spec.values ?? []) {
      const b = o[String(value)];
      if (typeof b !== 'string' || !behaviours.has(b)) shape.fail(`${where}.${String(value)}`, `expected a partition behaviour (${[...behaviours.keys()].join(', ')})`);
      map[String(value)] = b;
    }
    out[name] = map;
  }
  return out;
}

function parseGives(ctx: Ctx, raw: unknown, where: string): Partial<GuaranteeSpec> {
  const { shape } = ctx;
  const o = shape.obj(raw, where);
  shape.keys(o, GIVES_KEYS, where);
  const g: Partial<GuaranteeSpec> = {};
  const model = (v: unknown, w: string): ConsistencyModel => shape.oneOf(v, MODEL_NAMES, w);
  if (o.pacelc !== undefined) g.pacelc = shape.oneOf(o.pacelc, PACELC_CLASSES, `${where}.pacelc`);
  if (o.cap !== undefined) g.cap = shape.oneOf(o.cap, CAP_CLASSES, `${where}.cap`);
  if (o.consistency !== undefined) g.consistency = model(o.consistency, `${where}.consistency`);
  if (o.alsoProvides !== undefined) g.alsoProvides = shape.list(o.alsoProvides, `${where}.alsoProvides`).map((v, i) => model(v, `${where}.alsoProvides[${i}]`));
  if (o.onPartition !== undefined) {
    const p = shape.obj(o.onPartition, `${where}.onPartition`);
    shape.keys(p, ['reads', 'writes', 'ackedWritesLostOnFailover'], `${where}.onPartition`);
    const behaviour = (v: unknown, w: string): string => {
      const s = shape.str(v, w);
      if (s.startsWith('by-setting:')) {
        if (!ctx.bySetting.has(s.slice('by-setting:'.length))) shape.fail(w, `"${s}" names a setting without settingBehaviours`);
        return s;
      }
      if (!ctx.behaviours.has(s)) shape.fail(w, `unknown partition behaviour "${s}" (expected ${[...ctx.behaviours.keys()].join(', ')})`);
      return s;
    };
    g.onPartition = {
      reads: behaviour(p.reads, `${where}.onPartition.reads`),
      writes: behaviour(p.writes, `${where}.onPartition.writes`),
      ackedWritesLostOnFailover: shape.bool(p.ackedWritesLostOnFailover, `${where}.onPartition.ackedWritesLostOnFailover`),
    };
  }
  if (o.explanation !== undefined) g.explanation = shape.str(o.explanation, `${where}.explanation`).trim();
  if (o.references !== undefined) {
    g.references = shape.strList(o.references, `${where}.references`).map((r, i) => {
      if (!(r in ctx.references)) shape.fail(`${where}.references[${i}]`, `unknown reference "${r}" (define it under references)`);
      return r;
    });
  }
  if (o.caveats !== undefined) g.caveats = shape.strList(o.caveats, `${where}.caveats`);
  if (o.enforcesInvariants !== undefined) {
    g.enforcesInvariants = shape.list(o.enforcesInvariants, `${where}.enforcesInvariants`)
      .map((v, i): Invariant => shape.oneOf(v, INVARIANT_NAMES, `${where}.enforcesInvariants[${i}]`));
  }
  if (o.messaging !== undefined) g.messaging = parseMessaging(shape, o.messaging, `${where}.messaging`);
  return g;
}

/** `messaging: { delivery, ordering, dedupWindow }` of a broker configuration. */
function parseMessaging(shape: Shape, raw: unknown, where: string): NonNullable<GuaranteeSpec['messaging']> {
  const m = shape.obj(raw, where);
  shape.keys(m, ['delivery', 'ordering', 'dedupWindow'], where);
  const out: NonNullable<GuaranteeSpec['messaging']> = {
    delivery: shape.oneOf(m.delivery, DELIVERIES, `${where}.delivery`),
    ordering: shape.oneOf(m.ordering, ORDERINGS, `${where}.ordering`),
  };
  const window = shape.optStr(m.dedupWindow, `${where}.dedupWindow`);
  if (window !== undefined) {
    if (!WINDOW.test(window)) shape.fail(`${where}.dedupWindow`, `expected a duration such as 5m or 2s; got ${JSON.stringify(window)}`);
    out.dedupWindow = window;
  }
  return out;
}

const REQUIRED: (keyof GuaranteeSpec)[] = ['pacelc', 'consistency', 'onPartition', 'explanation', 'references'];

function parseRule(ctx: Ctx, raw: unknown, where: string, profile: Pick<EngineProfile, 'settings' | 'base' | 'derive'> & { kind?: EngineKind }): EngineRule {
  const { shape } = ctx;
  const o = shape.obj(raw, where);
  shape.keys(o, ['id', 'when', 'gives', 'note', 'cause'], where);
  const derived = new Set<string>(profile.derive.flatMap((d) => [...DERIVED_FACTS[d]]));
  const rule: EngineRule = { id: shape.str(o.id, `${where}.id`), gives: parseGives(ctx, o.gives, `${where}.gives`) };
  const when = parseWhen(shape, o.when, `${where}.when`, profile.settings, derived);
  if (when) rule.when = when;
  if (o.cause !== undefined) rule.cause = parseCause(shape, o.cause, `${where}.cause`, profile.settings);
  const note = shape.optStr(o.note, `${where}.note`);
  if (note !== undefined) rule.note = note;
  const merged = { ...profile.base, ...rule.gives };
  for (const key of REQUIRED) if (merged[key] === undefined) shape.fail(`${where}.gives`, `"${key}" is set neither here nor in base`);
  if (profile.kind && MESSAGING_KINDS.includes(profile.kind) && merged.messaging === undefined) {
    shape.fail(`${where}.gives`, `"messaging" (delivery, ordering) is set neither here nor in base; a ${profile.kind} profile needs it`);
  }
  return rule;
}

function parseCaveat(shape: Shape, raw: unknown, where: string): Caveat {
  const o = shape.obj(raw, where);
  shape.keys(o, ['text', 'source', 'versions'], where);
  const versions = shape.optStr(o.versions, `${where}.versions`);
  return { text: shape.str(o.text, `${where}.text`), source: shape.str(o.source, `${where}.source`), ...(versions ? { versions } : {}) };
}

function parseDisagreement(shape: Shape, raw: unknown, where: string): Disagreement {
  const o = shape.obj(raw, where);
  shape.keys(o, ['id', 'topic', 'positions', 'choice'], where);
  const positions = shape.list(o.positions, `${where}.positions`).map((p, i) => {
    const po = shape.obj(p, `${where}.positions[${i}]`);
    return { claim: shape.str(po.claim, `${where}.positions[${i}].claim`), source: shape.str(po.source, `${where}.positions[${i}].source`) };
  });
  if (positions.length < 2) shape.fail(`${where}.positions`, 'a disagreement needs at least two positions');
  return { id: shape.str(o.id, `${where}.id`), topic: shape.str(o.topic, `${where}.topic`), positions, choice: shape.str(o.choice, `${where}.choice`) };
}

export function parseEngine(doc: unknown, file: string, behaviours: Map<string, string>): EngineProfile {
  const shape = new Shape(file);
  const o: Obj = shape.obj(doc, '');
  shape.keys(o, PROFILE_KEYS, '');
  const refs = shape.obj(o.references, 'references');
  const references = Object.fromEntries(Object.entries(refs).map(([k, v]) => [k, shape.str(v, `references.${k}`)]));
  const derive = shape.list(o.derive, 'derive').map((d, i) => shape.oneOf(d, DERIVATIONS, `derive[${i}]`));
  const settings = parseSettings(shape, o.settings);
  const settingBehaviours = parseSettingBehaviours(shape, o.settingBehaviours, settings, behaviours);
  const ctx: Ctx = { shape, references, behaviours, bySetting: new Set(Object.keys(settingBehaviours)) };
  const base = o.base === undefined ? {} : parseGives(ctx, o.base, 'base');
  const kind = shape.oneOf(o.kind, ENGINE_KINDS, 'kind');
  const partial = { settings, base, derive, kind };
  const rules = shape.list(o.rules, 'rules').map((r, i) => parseRule(ctx, r, `rules[${i}]`, partial));
  if (rules.length === 0) shape.fail('rules', 'a profile needs at least one rule');
  const last = rules[rules.length - 1];
  if (last?.when !== undefined) shape.fail(`rules[${rules.length - 1}]`, 'the last rule must have no `when` (it is the fallback)');
  const profile: EngineProfile = {
    id: shape.str(o.id, 'id'),
    name: shape.str(o.name, 'name'),
    kind,
    topology: shape.oneOf(o.topology, TOPOLOGIES, 'topology'),
    replication: shape.oneOf(o.replication, REPLICATION, 'replication'),
    replicasPerRegion: shape.bool(o.replicasPerRegion, 'replicasPerRegion'),
    defaultReplicas: shape.int(o.defaultReplicas, 'defaultReplicas', 1),
    derive,
    settings,
    operations: parseOperations(shape, o.operations, settings, references),
    settingBehaviours,
    base,
    rules,
    references,
    caveats: shape.list(o.caveats, 'caveats').map((c, i) => parseCaveat(shape, c, `caveats[${i}]`)),
    disagreements: shape.list(o.disagreements, 'disagreements').map((d, i) => parseDisagreement(shape, d, `disagreements[${i}]`)),
    file,
  };
  const sizing = parsePartitionSizing(shape, o.partitionSizing, references);
  if (sizing) profile.partitionSizing = sizing;
  const conditional = parseConditionalWrite(shape, o.conditionalWrite, references);
  if (conditional) profile.conditionalWrite = conditional;
  const note = shape.optStr(o.replicasNote, 'replicasNote');
  if (note !== undefined) profile.replicasNote = note;
  return profile;
}
