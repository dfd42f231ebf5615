/** Parses consistency-models.yaml and invariants.yaml into typed maps. */
import type { ConsistencyModel, Invariant } from '../model/types.js';
import { Shape } from './shape.js';
import { AVAILABILITY_CLASSES, type InvariantInfo, type ModelInfo } from './types.js';

/** Every name of the model's ConsistencyModel type: the YAML must define exactly these. */
export const MODEL_NAMES: readonly ConsistencyModel[] = [
  'strict-serializable', 'serializable', 'snapshot-isolation', 'repeatable-read', 'cursor-stability',
  'monotonic-atomic-view', 'read-committed', 'read-uncommitted', 'linearizable', 'sequential', 'causal',
  'bounded-staleness', 'pram', 'writes-follow-reads', 'read-your-writes', 'monotonic-reads',
  'monotonic-writes', 'consistent-prefix', 'eventual',
];

export const INVARIANT_NAMES: readonly Invariant[] = [
  'unique-key', 'non-negative', 'foreign-key', 'sequential-id', 'counter',
  'append-only', 'grow-only-set', 'last-writer-wins', 'bounded-value',
];

export interface ParsedModels {
  models: Map<ConsistencyModel, ModelInfo>;
  partitionBehaviours: Map<string, string>;
  sources: Record<string, string>;
}

function sourcesOf(shape: Shape, raw: unknown): Record<string, string> {
  const o = shape.obj(raw, 'sources');
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape.str(v, `sources.${k}`)]));
}

function knownSource(shape: Shape, sources: Record<string, string>, key: string, where: string): string {
  if (!(key in sources)) shape.fail(where, `unknown source "${key}" (define it under sources)`);
  return key;
}

export function parseModels(doc: unknown, file: string): ParsedModels {
  const shape = new Shape(file);
  const root = shape.obj(doc, '');
  const sources = sourcesOf(shape, root.sources);
  const rawModels = shape.obj(root.models, 'models');
  const models = new Map<ConsistencyModel, ModelInfo>();
  for (const [id, raw] of Object.entries(rawModels)) {
    const where = `models.${id}`;
    const name = shape.oneOf(id, MODEL_NAMES, where);
    const m = shape.obj(raw, where);
    shape.keys(m, ['description', 'implies', 'availability', 'source', 'note'], where);
    const implies = shape.strList(m.implies, `${where}.implies`).map((x, i) => shape.oneOf(x, MODEL_NAMES, `${where}.implies[${i}]`));
    const note = shape.optStr(m.note, `${where}.note`);
    models.set(name, {
      id: name,
      description: shape.str(m.description, `${where}.description`),
      implies,
      availability: shape.oneOf(m.availability, AVAILABILITY_CLASSES, `${where}.availability`),
      source: knownSource(shape, sources, shape.str(m.source, `${where}.source`), `${where}.source`),
      ...(note === undefined ? {} : { note }),
    });
  }
  for (const name of MODEL_NAMES) if (!models.has(name)) shape.fail('models', `model "${name}" is missing`);
  const behaviours = shape.obj(root.partitionBehaviours, 'partitionBehaviours');
  const partitionBehaviours = new Map<string, string>();
  for (const [id, raw] of Object.entries(behaviours)) {
    partitionBehaviours.set(id, shape.str(shape.obj(raw, `partitionBehaviours.${id}`).description, `partitionBehaviours.${id}.description`));
  }
  return { models, partitionBehaviours, sources };
}

export function parseInvariants(doc: unknown, file: string): { invariants: Map<Invariant, InvariantInfo>; sources: Record<string, string> } {
  const shape = new Shape(file);
  const root = shape.obj(doc, '');
  const sources = sourcesOf(shape, root.sources);
  const invariants = new Map<Invariant, InvariantInfo>();
  for (const [id, raw] of Object.entries(shape.obj(root.invariants, 'invariants'))) {
    const where = `invariants.${id}`;
    const name = shape.oneOf(id, INVARIANT_NAMES, where);
    const o = shape.obj(raw, where);
    shape.keys(o, ['summary', 'confluent', 'confluentFor', 'weakestModel', 'weakestModelIfInsertOnly', 'sufficientAlso', 'merge', 'why', 'avoidCoordination', 'source'], where);
    const model = (v: unknown, w: string): ConsistencyModel => shape.oneOf(v, MODEL_NAMES, w);
    const info: InvariantInfo = {
      id: name,
      summary: shape.str(o.summary, `${where}.summary`),
      confluent: shape.bool(o.confluent, `${where}.confluent`),
      confluentFor: shape.strList(o.confluentFor, `${where}.confluentFor`),
      weakestModel: model(o.weakestModel, `${where}.weakestModel`),
      sufficientAlso: shape.list(o.sufficientAlso, `${where}.sufficientAlso`).map((v, i) => model(v, `${where}.sufficientAlso[${i}]`)),
      why: shape.str(o.why, `${where}.why`),
      source: knownSource(shape, sources, shape.str(o.source, `${where}.source`), `${where}.source`),
    };
    if (o.weakestModelIfInsertOnly !== undefined) info.weakestModelIfInsertOnly = model(o.weakestModelIfInsertOnly, `${where}.weakestModelIfInsertOnly`);
    if (o.merge !== undefined) info.merge = shape.oneOf(o.merge, ['commutative', 'union', 'lww'] as const, `${where}.merge`);
    const avoid = shape.optStr(o.avoidCoordination, `${where}.avoidCoordination`);
    if (avoid !== undefined) info.avoidCoordination = avoid;
    invariants.set(name, info);
  }
  for (const name of INVARIANT_NAMES) if (!invariants.has(name)) shape.fail('invariants', `invariant "${name}" is missing`);
  return { invariants, sources };
}
