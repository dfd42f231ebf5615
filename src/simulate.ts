/**
 * The simulate pipeline: load → validate → normalise (the caller) → analyse → simulate
 * each scenario. Pure from the loaded system on.
 */
import { failureText, parseFailure } from './analysis/simulate/failures.js';
import { simulate } from './analysis/simulate/index.js';
import { scenarioMatrix } from './analysis/simulate/matrix.js';
import type { Failure, ScenarioResult } from './analysis/simulate/types.js';
import { classifySystem } from './analysis/system.js';
import type { Rule } from './engine/types.js';
import { loadKnowledge } from './knowledge/index.js';
import type { LoadedSystem } from './model/types.js';
import { analyzeSystem, type AnalysisReport } from './pipeline.js';

export interface SimulationReport {
  system: string;
  file: string;
  scenarios: ScenarioResult[];
  /** The plain analysis the scenarios start from (not printed in JSON). */
  analysis: Pick<AnalysisReport, 'datastores' | 'topics' | 'findings'>;
}

/** `scenarios`: lists of failure texts (one list per scenario), or 'all' for the matrix. */
export function runScenarios(loaded: LoadedSystem, rules: Rule[], scenarios: string[][] | 'all'): SimulationReport {
  const { model } = loaded;
  const kb = loadKnowledge();
  const failureSets: Failure[][] = scenarios === 'all' ? scenarioMatrix(model) : scenarios.map((s) => s.map((spec) => parseFailure(spec, model)));
  const classification = classifySystem(model, kb);
  const analysis = scenarios === 'all' ? { datastores: [...classification.stores.values()], topics: [...classification.topics.values()], findings: [] } : analyzeSystem(loaded, rules);
  const results = failureSets.map((f) => simulate(model, classification, kb, f));
  const report: SimulationReport = { system: model.name, file: loaded.file, scenarios: results, analysis };
  Object.defineProperty(report, 'analysis', { enumerable: false });
  return report;
}

export { failureText };
