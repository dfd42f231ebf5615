import { parseFailure } from '../../../src/analysis/simulate/failures.js';
import { simulate } from '../../../src/analysis/simulate/index.js';
import type { ScenarioResult, StoreEffect } from '../../../src/analysis/simulate/types.js';
import { classifySystem } from '../../../src/analysis/system.js';
import { loadKnowledge } from '../../../src/knowledge/index.js';
import { loadSystemText } from '../../../src/model/load.js';
import type { SystemModel } from '../../../src/model/types.js';
import { testDeps } from '../../helpers/deps.js';

export async function modelOf(yaml: string): Promise<SystemModel> {
  return loadSystemText('scenario.yaml', yaml, await testDeps()).model;
}

/** Simulates `failures` (in --fail syntax) on the system in `yaml`. */
export async function run(yaml: string, failures: string[]): Promise<ScenarioResult> {
  const model = await modelOf(yaml);
  const kb = loadKnowledge();
  return simulate(model, classifySystem(model, kb), kb, failures.map((f) => parseFailure(f, model)));
}

export function store(r: ScenarioResult, name: string): StoreEffect {
  const s = [...r.stores, ...r.topics].find((x) => x.name === name);
  if (!s) throw new Error(`no store ${name} in the result`);
  return s;
}

/** The reads/writes a store serves to clients in `region`. */
export function at(r: ScenarioResult, name: string, region: string): { reads: string; writes: string } {
  const side = store(r, name).sides.find((s) => s.regions.includes(region));
  return side ? { reads: side.reads, writes: side.writes } : { reads: 'unavailable', writes: 'unavailable' };
}
