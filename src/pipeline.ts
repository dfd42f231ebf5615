/**
 * The whole pipeline for one system: load → validate → normalise (in `loadSystemFile`)
 * → analyse → rules → recommend. Pure from the loaded system on; commands print.
 */
import { stablePath } from './engine/fingerprint.js';
import { classifySystem, type SystemClassification } from './analysis/system.js';
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
  return assembleReport(loaded, classifyAndRecommend(loaded), runRules(loaded, rules), options);
}

/** What does not depend on the rules' findings: the classification and the recommendations. */
export interface RuleFreeAnalysis {
  classification: SystemClassification;
  recommendations: AnalysisReport['recommendations'];
}

export function classifyAndRecommend(loaded: LoadedSystem): RuleFreeAnalysis {
  const classification = classifySystem(loaded.model);
  return {
    classification,
    recommendations: recommend(loaded.model, classification).map((r) => ({ ...r, targetName: stablePath(loaded.raw, r.target) })),
  };
}

/** The report from `classifyAndRecommend` and what `runRules` found (computed here, or on another thread). */
export function assembleReport(loaded: LoadedSystem, analysis: RuleFreeAnalysis, ruleFindings: Finding[], options: AnalyzeOptions = {}): AnalysisReport {
  const { classification } = analysis;
  const findings = applySuppressions(ruleFindings, loaded, {
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
    recommendations: analysis.recommendations,
  };
}
