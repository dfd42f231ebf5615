/**
 * The public library surface of archcap. The commands are thin wrappers over these;
 * programs can run the same pipeline: load → analyse → rules → recommend → report.
 */
export * from './errors.js';
export type * from './model/types.js';
export type * from './engine/finding.js';
export type { RuleMeta, FormatContext, FindingsFormatter } from './engine/rule-types.js';
export type { Rule, CheckFunction, CheckContext, CheckResult } from './engine/types.js';

export { loadSystemFile, loadSystemText, type LoadDeps } from './model/load.js';
export { loadDeps, systemSchema } from './model/deps.js';
export { analyzeSystem, type AnalysisReport } from './pipeline.js';
export { lintFiles, type LintResult } from './engine/lint.js';
export { builtinRules } from './engine/builtin.js';
export { applyRuleset, readYamlDocument } from './engine/ruleset.js';
export { registerFunction } from './engine/functions/index.js';
export { formatters } from './report/findings/index.js';
export { analysisJson } from './report/analysis-json.js';

export { loadKnowledge, satisfies, requiredModelFor, invariantInfo, getEngine } from './knowledge/index.js';
export { findRegion, typicalRtt, knownRegionIds } from './knowledge/regions.js';
export { classifySystem, type SystemClassification } from './analysis/system.js';
export { classifyDatastore, classifyTopic, type StoreClassification } from './analysis/classify-store.js';
export { classifyDataset, type DatasetClassification } from './analysis/classify-dataset.js';
export { analyseQuorum, consistencyLevelOverlap } from './analysis/quorum.js';
export { simulatePbs } from './analysis/pbs.js';
export { simulatePbsOnThreads } from './analysis/pbs-threads.js';
export { rttFloorMs, greatCircleKm, quorumLatency, leaderCommitLatency } from './analysis/physics.js';
export { serial, parallel, composeCallGraph, errorBudget } from './analysis/availability.js';
export { analyseFaultTolerance } from './analysis/fault-tolerance.js';
export { analyseWorkflow } from './analysis/workflow.js';

export { recommend, type Recommendation } from './recommend/index.js';
export { listPatterns, planGeneration, applyPlan, writeFileSafely } from './generate/index.js';
