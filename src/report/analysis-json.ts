/** `archcap analyze --format json`: DESIGN.md's output contract, exactly (extra fields only add). */
import type { AnalysisReport } from '../pipeline.js';

export function analysisJson(report: AnalysisReport): unknown {
  return {
    system: report.system,
    datastores: report.datastores.map((s) => ({
      name: s.name,
      engine: s.engine,
      path: s.path,
      pacelc: s.pacelc,
      cap: s.cap,
      consistency: s.consistency,
      models: s.models,
      onPartition: s.onPartition,
      explanation: s.explanation,
      references: s.references,
      caveats: s.caveats,
    })),
    topics: report.topics.map((t) => ({ name: t.name, engine: t.engine, path: t.path, pacelc: t.pacelc, cap: t.cap, consistency: t.consistency, onPartition: t.onPartition, explanation: t.explanation, references: t.references })),
    datasets: report.datasets.map((d) => ({
      name: d.name,
      path: d.path,
      store: d.store,
      requires: d.requires,
      requiresFrom: d.requiresFrom,
      provided: d.provided,
      satisfied: d.satisfied,
      explanation: d.explanation,
    })),
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      path: f.path,
      references: f.references,
      ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
    })),
    recommendations: report.recommendations.map((r) => ({
      id: r.id,
      topic: r.topic,
      target: r.target,
      targetName: r.targetName ?? r.target,
      title: r.title,
      recommendation: r.recommendation,
      rationale: r.rationale,
      tradeoffs: r.tradeoffs,
      references: r.references,
      patterns: r.patterns,
      ...(r.patternInputs ? { patternInputs: r.patternInputs } : {}),
      ...(r.changes ? { changes: r.changes } : {}),
      ...(r.callPlan ? { callPlan: r.callPlan } : {}),
    })),
  };
}
