/** Parses an engine profile's `settings` block and checks `when:` conditions against it. */
import type { SettingValue } from '../model/types.js';
import type { Shape } from './shape.js';
import type { Condition, Matcher, SettingSpec } from './types.js';

const SETTING_KEYS = ['type', 'values', 'minimum', 'default', 'description', 'source', 'status'];

export function parseSettings(shape: Shape, raw: unknown): Record<string, SettingSpec> {
  const out: Record<string, SettingSpec> = {};
  for (const [name, value] of Object.entries(raw === undefined ? {} : shape.obj(raw, 'settings'))) {
    const where = `settings.${name}`;
    const o = shape.obj(value, where);
    shape.keys(o, SETTING_KEYS, where);
    const spec: SettingSpec = {
      type: shape.oneOf(o.type, ['enum', 'integer', 'boolean'] as const, `${where}.type`),
      description: shape.str(o.description, `${where}.description`),
      source: shape.str(o.source, `${where}.source`),
    };
    if (spec.type === 'enum') {
      const values = shape.list(o.values, `${where}.values`).map((v, i) => shape.scalar(v, `${where}.values[${i}]`));
      if (values.length === 0) shape.fail(`${where}.values`, 'an enum needs its accepted values');
      spec.values = values;
    }
    if (o.minimum !== undefined) spec.minimum = shape.int(o.minimum, `${where}.minimum`, -1);
    if (o.default !== undefined) {
      spec.default = shape.scalar(o.default, `${where}.default`);
      checkValue(shape, spec, spec.default, `${where}.default`);
    }
    out[name] = spec;
  }
  return out;
}

/** Does `value` fit the setting? Fails with the accepted values when not. */
export function checkValue(shape: Shape, spec: SettingSpec, value: SettingValue, where: string): void {
  if (spec.type === 'boolean' && typeof value !== 'boolean') shape.fail(where, 'expected true or false');
  if (spec.type === 'integer' && (typeof value !== 'number' || !Number.isInteger(value) || value < (spec.minimum ?? 0))) {
    shape.fail(where, `expected an integer >= ${spec.minimum ?? 0}`);
  }
  if (spec.type === 'enum' && !(spec.values ?? []).includes(value)) {
    shape.fail(where, `${JSON.stringify(value)} is not an accepted value (${(spec.values ?? []).join(', ')})`);
  }
}

const FACT_KEYS = ['topology', 'replication', 'failover', 'conflictResolution', 'regions', 'replicas'];
const MATCHER_KEYS = ['in', 'notIn', 'not', 'gt', 'gte', 'lt', 'lte'];

function parseMatcher(shape: Shape, raw: unknown, where: string, spec: SettingSpec | undefined): Matcher {
  const check = (v: SettingValue, w: string): SettingValue => {
    if (spec) checkValue(shape, spec, v, w);
    return v;
  };
  if (typeof raw !== 'object' || raw === null) return check(shape.scalar(raw, where), where);
  const o = shape.obj(raw, where);
  shape.keys(o, MATCHER_KEYS, where);
  const m: Exclude<Matcher, SettingValue> = {};
  if (o.in !== undefined) m.in = shape.list(o.in, `${where}.in`).map((v, i) => check(shape.scalar(v, `${where}.in[${i}]`), `${where}.in[${i}]`));
  if (o.notIn !== undefined) m.notIn = shape.list(o.notIn, `${where}.notIn`).map((v, i) => check(shape.scalar(v, `${where}.notIn[${i}]`), `${where}.notIn[${i}]`));
  if (o.not !== undefined) m.not = check(shape.scalar(o.not, `${where}.not`), `${where}.not`);
  for (const k of ['gt', 'gte', 'lt', 'lte'] as const) if (o[k] !== undefined) m[k] = shape.int(o[k], `${where}.${k}`, -1);
  return m;
}

/** `when:` is one mapping or a list of alternatives; each key must name a known fact or a declared setting. */
export function parseWhen(shape: Shape, raw: unknown, where: string, settings: Record<string, SettingSpec>, derived: Set<string>): Condition[] | undefined {
  if (raw === undefined) return undefined;
  const alternatives = Array.isArray(raw) ? raw : [raw];
  return alternatives.map((alt, i) => {
    const w = Array.isArray(raw) ? `${where}[${i}]` : where;
    const o = shape.obj(alt, w);
    const cond: Condition = {};
    for (const [key, value] of Object.entries(o)) {
      let spec: SettingSpec | undefined;
      if (key.startsWith('settings.')) {
        spec = settings[key.slice('settings.'.length)];
        if (!spec) shape.fail(`${w}.${key}`, `no setting named "${key.slice(9)}" is declared`);
      } else if (key.startsWith('derived.')) {
        if (!derived.has(key.slice('derived.'.length))) shape.fail(`${w}.${key}`, `no derivation of this profile produces "${key.slice(8)}"`);
      } else if (!FACT_KEYS.includes(key)) {
        shape.fail(`${w}.${key}`, `unknown fact (expected settings.X, derived.X or ${FACT_KEYS.join(', ')})`);
      }
      cond[key] = parseMatcher(shape, value, `${w}.${key}`, spec);
    }
    return cond;
  });
}
