/** The npm dependencies of a generated package: common ones, per service, per pattern. */
import { GenerateError } from '../errors.js';
import type { CommonManifest, PatternManifest, Service } from './types.js';

export interface PackageDependencies {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** Every version _common pins (common and per-service): these win over a pattern's range. */
function pins(common: CommonManifest): Record<string, string> {
  const out: Record<string, string> = { ...common.pins, ...common.dependencies, ...common.devDependencies };
  for (const s of Object.values(common.serviceDependencies)) Object.assign(out, s.dependencies, s.devDependencies);
  return out;
}

function add(target: Record<string, string>, name: string, version: string, owner: string, pinned: Record<string, string>, owners: Map<string, string>): void {
  const pin = pinned[name];
  const chosen = pin ?? version;
  const existing = target[name];
  if (existing !== undefined && existing !== chosen) {
    throw new GenerateError('dependency-conflict', `${name}: ${owners.get(name)} asks for ${existing} and ${owner} for ${chosen}; pin it in templates/_common/common.yaml`);
  }
  target[name] = chosen;
  if (!owners.has(name)) owners.set(name, owner);
}

const sorted = (r: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));

export function mergeDependencies(common: CommonManifest, patterns: PatternManifest[], services: Service[]): PackageDependencies {
  const pinned = pins(common);
  const owners = new Map<string, string>();
  const deps: Record<string, string> = {};
  const dev: Record<string, string> = {};
  const addAll = (target: Record<string, string>, from: Record<string, string>, owner: string): void => {
    for (const [name, version] of Object.entries(from)) add(target, name, version, owner, pinned, owners);
  };
  addAll(deps, common.dependencies, '_common');
  addAll(dev, common.devDependencies, '_common');
  for (const s of services) {
    addAll(deps, common.serviceDependencies[s].dependencies, `_common (${s})`);
    addAll(dev, common.serviceDependencies[s].devDependencies, `_common (${s})`);
  }
  for (const p of patterns) {
    addAll(deps, p.dependencies, p.name);
    addAll(dev, p.devDependencies, p.name);
  }
  for (const name of Object.keys(deps)) delete dev[name];
  return { dependencies: sorted(deps), devDependencies: sorted(dev) };
}
