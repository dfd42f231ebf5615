/**
 * The whole pipeline for one system: load → validate → normalise (in `loadSystemFile`)
 * → analyse → rules → recommend. Pure from the loaded system on; commands print.
 */
import { stablePath } from './engine/fingerprint.js';
import { classifySystem } from './analysis/system.js';
import { compareFindings, type Finding } from './engine/finding.js';
import { runRules } from './engine/run.js';
import { applySuppressions } from './engine/suppress.js';
import type { Rule } from './engine/types.js';
import type { LoadedSystem } from './model/types.js';
import { recommend, type Recommendation } from './recommend/index.js';
import type { StoreClassification } from './analysis/classify-store.js';
import type { DatasetClassification } from './analysis/classify-dataset.js';

export interface AnalysisReport {
  system: string;
  file: string;
  datastores: StoreClassification[];
  topics: StoreClassification[];
  datasets: DatasetClassification[];
  findings: Finding[];
  /** Each with `targetName`: its target addressed by names (`services[name=api].calls[service=db]`), not list positions. */
  recommendations: (Recommendation & { targetName?: string })[];
}

export interface AnalyzeOptions {
  inlineIgnore?: boolean;
  today?: string;
}

export function analyzeSystem(loaded: LoadedSystem, rules: Rule[], options: AnalyzeOptions = {}): AnalysisReport {
  const classification = classifySystem(loaded.model);
  const findings = applySuppressions(runRules(loaded, rules), loaded, {
    inline: options.inlineIgnore ?? true,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  })
    .filter((f) => !f.suppressed)
    .sort(compareFindings);
  return {
    system: loaded.model.name,
    file: loaded.file,
    datastores: [...classification.stores.values()],
    topics: [...classification.topics.values()],
    datasets: [...classification.datasets.values()],
    findings,
    recommendations: recommend(loaded.model, classification, findings).map((r) => ({ ...r, targetName: stablePath(loaded.raw, r.target) })),
  };
}
