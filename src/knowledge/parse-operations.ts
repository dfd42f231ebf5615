/**
 * Parses an engine profile's `operations` block (the settings a data set may choose
 * for its own reads and writes) and a rule's `cause` (why its configuration is weak,
 * and which settings take that away). Both are checked against the profile's settings.
 */
import type { SettingValue } from '../model/types.js';
import { checkValue } from './parse-settings.js';
import type { Shape } from './shape.js';
import type { ConditionalWrite, EngineProfile, OperationSetting, PartitionSizing, RuleCause, SettingSpec } from './types.js';

const OPERATION_KEYS = ['setting', 'optIn', 'weakerOnly', 'description', 'source'];

function parseOne(shape: Shape, raw: unknown, where: string, settings: Record<string, SettingSpec>, references: Record<string, string>): OperationSetting {
  const o = shape.obj(raw, where);
  shape.keys(o, OPERATION_KEYS, where);
  const setting = shape.str(o.setting, `${where}.setting`);
  const spec = settings[setting];
  if (!spec) shape.fail(`${where}.setting`, `no setting named "${setting}" is declared under settings`);
  const source = shape.str(o.source, `${where}.source`);
  if (!(source in references)) shape.fail(`${where}.source`, `unknown reference "${source}" (define it under references)`);
  const weakerOnly = o.weakerOnly === undefined ? false : shape.bool(o.weakerOnly, `${where}.weakerOnly`);
  if (weakerOnly && spec.type !== 'enum') shape.fail(`${where}.weakerOnly`, 'only an enum setting (values listed strongest first) can be weaker-only');
  return {
    setting,
    optIn: o.optIn === undefined ? false : shape.bool(o.optIn, `${where}.optIn`),
    weakerOnly,
    description: shape.str(o.description, `${where}.description`),
    source,
  };
}

export function parseOperations(shape: Shape, raw: unknown, settings: Record<string, SettingSpec>, references: Record<string, string>): EngineProfile['operations'] {
  const out: EngineProfile['operations'] = { reads: {}, writes: {} };
  if (raw === undefined) return out;
  const o = shape.obj(raw, 'operations');
  shape.keys(o, ['reads', 'writes'], 'operations');
  for (const kind of ['reads', 'writes'] as const) {
    if (o[kind] === undefined) continue;
    for (const [name, value] of Object.entries(shape.obj(o[kind], `operations.${kind}`))) {
      out[kind][name] = parseOne(shape, value, `operations.${kind}.${name}`, settings, references);
    }
  }
  return out;
}

export function parseCause(shape: Shape, raw: unknown, where: string, settings: Record<string, SettingSpec>): RuleCause {
  const o = shape.obj(raw, where);
  shape.keys(o, ['kind', 'fix'], where);
  const kind = shape.oneOf(o.kind, ['stale-reads', 'quorum'] as const, `${where}.kind`);
  const fix: Record<string, SettingValue> = {};
  for (const [name, value] of Object.entries(shape.obj(o.fix, `${where}.fix`))) {
    const spec = settings[name];
    if (!spec) shape.fail(`${where}.fix.${name}`, `no setting named "${name}" is declared`);
    const v = shape.scalar(value, `${where}.fix.${name}`);
    checkValue(shape, spec, v, `${where}.fix.${name}`);
    fix[name] = v;
  }
  if (Object.keys(fix).length === 0) shape.fail(`${where}.fix`, 'name at least one setting and the value that removes the cause');
  return { kind, fix };
}

const ref = (shape: Shape, v: unknown, where: string, references: Record<string, string>): string => {
  const key = shape.str(v, where);
  if (!(key in references)) shape.fail(where, `unknown reference "${key}" (define it under references)`);
  return key;
};

/** `partitionSizing: { readsPerSecond, writesPerSecond, bytes, autoSplit, text, source }`. */
export function parsePartitionSizing(shape: Shape, raw: unknown, references: Record<string, string>): PartitionSizing | undefined {
  if (raw === undefined) return undefined;
  const o = shape.obj(raw, 'partitionSizing');
  shape.keys(o, ['readsPerSecond', 'writesPerSecond', 'bytes', 'autoSplit', 'text', 'source'], 'partitionSizing');
  const out: PartitionSizing = { autoSplit: o.autoSplit === undefined ? false : shape.bool(o.autoSplit, 'partitionSizing.autoSplit'), text: shape.str(o.text, 'partitionSizing.text'), source: ref(shape, o.source, 'partitionSizing.source', references) };
  for (const k of ['readsPerSecond', 'writesPerSecond', 'bytes'] as const) if (o[k] !== undefined) out[k] = shape.int(o[k], `partitionSizing.${k}`, 1);
  return out;
}

/** `conditionalWrite: { text, singleRegionOnly, source }`. */
export function parseConditionalWrite(shape: Shape, raw: unknown, references: Record<string, string>): ConditionalWrite | undefined {
  if (raw === undefined) return undefined;
  const o = shape.obj(raw, 'conditionalWrite');
  shape.keys(o, ['text', 'singleRegionOnly', 'source'], 'conditionalWrite');
  return { text: shape.str(o.text, 'conditionalWrite.text'), singleRegionOnly: o.singleRegionOnly === undefined ? false : shape.bool(o.singleRegionOnly, 'conditionalWrite.singleRegionOnly'), source: ref(shape, o.source, 'conditionalWrite.source', references) };
}
