/**
 * Checks a data set's own read and write settings (`reads:` / `writes:`) against its
 * store's engine profile: each name must be one the engine lets an operation choose
 * (`operations:` in the profile), each value one the store setting accepts, and a
 * weaker-only setting (Cosmos DB request consistency) may not be stronger than the store's.
 */
import type { EngineProfile } from '../knowledge/types.js';
import type { Issue } from './normalise.js';
import type { SettingValue, SystemModel } from './types.js';

function valueProblem(profile: EngineProfile, setting: string, value: SettingValue): string | undefined {
  const spec = profile.settings[setting];
  if (!spec) return undefined;
  if (spec.type === 'boolean') return typeof value === 'boolean' ? undefined : 'expected true or false';
  if (spec.type === 'integer') return typeof value === 'number' && Number.isInteger(value) && value >= (spec.minimum ?? 0) ? undefined : `expected an integer >= ${spec.minimum ?? 0}`;
  const values = spec.values ?? [];
  return values.some((v) => v === value || String(v) === String(value)) ? undefined : `${JSON.stringify(value)} is not an accepted value (${values.join(', ')})`;
}

export function checkAccessSettings(model: SystemModel, profileOf: (engine: string) => EngineProfile | undefined): Issue[] {
  const issues: Issue[] = [];
  const stores = new Map(model.datastores.map((s) => [s.name, s]));
  for (const ds of model.datasets) {
    const store = stores.get(ds.store);
    const profile = store && profileOf(store.engine);
    if (!store || !profile) continue;
    for (const kind of ['reads', 'writes'] as const) {
      const accepted = profile.operations[kind];
      for (const [name, value] of Object.entries(ds[kind] ?? {})) {
        const path = `${ds.path}.${kind}.${name}`;
        const op = accepted[name];
        if (!op) {
          const names = Object.keys(accepted);
          issues.push({ path, code: 'unknown-access-setting', message: `${store.engine} does not let ${kind} choose '${name}' per data set (accepted: ${names.length ? names.join(', ') : 'none'})` });
          continue;
        }
        const problem = valueProblem(profile, op.setting, value);
        if (problem) {
          issues.push({ path, code: 'invalid-access-setting', message: `${kind}.${name}: ${problem}` });
          continue;
        }
        if (op.weakerOnly) {
          const order = profile.settings[op.setting]?.values ?? [];
          const storeValue = store.settings[op.setting] ?? profile.settings[op.setting]?.default;
          const at = (v: SettingValue | undefined): number => order.findIndex((x) => String(x) === String(v));
          if (at(value) < at(storeValue)) {
            issues.push({ path, code: 'stronger-access-setting', message: `${kind}.${name}: ${String(value)} is stronger than the store's ${String(storeValue)}; ${store.engine} lets a request only relax its account's level (${order.slice(at(storeValue)).join(', ')})` });
          }
        }
      }
    }
  }
  return issues;
}
