/**
 * Advice as the interview goes: after each item of a top-level list is settled, the
 * answers so far are loaded and analysed like a finished file. The new store or data
 * set gets one or two lines (PACELC, consistency, what a failover loses), and every
 * finding not seen before is a warning right there, at the answer that caused it;
 * where a finding has a mechanical fix, it is offered as the next question's default.
 */
import { Document } from 'yaml';
import type { Finding } from '../engine/finding.js';
import type { Rule } from '../engine/types.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { findRegion, knownRegionIds } from '../knowledge/regions.js';
import { loadSystemText, type LoadDeps } from '../model/load.js';
import { analyzeSystem, type AnalysisReport } from '../pipeline.js';
import type { Answers } from './answers.js';
import type { Advise, Fix } from './interview.js';
import { engineReplications } from './kb-choices.js';
import { getPath } from './paths.js';
import { toRaw } from './to-raw.js';
import type { Draft } from './types.js';

/** The analysis of the answers so far, or undefined while they do not yet make a valid system. */
export function analyseAnswers(answers: Draft, deps: LoadDeps, rules: Rule[]): AnalysisReport | undefined {
  if (typeof answers['name'] !== 'string' || !Array.isArray(answers['regions'])) return undefined;
  try {
    const text = new Document(toRaw(answers as unknown as Answers)).toString();
    return analyzeSystem(loadSystemText('system.yaml', text, deps), rules);
  } catch {
    return undefined;
  }
}

const indexIn = (path: string, list: string): number | undefined => {
  const m = new RegExp(`^${list}\\[(\\d+)\\]`).exec(path);
  return m ? Number(m[1]) : undefined;
};

const storeAt = (answers: Draft, path: string): Draft | undefined => {
  const i = indexIn(path, 'datastores');
  return i === undefined ? undefined : (getPath(answers, `datastores[${i}]`) as Draft | undefined);
};

function storeLines(report: AnalysisReport, store: Draft): string[] {
  const c = report.datastores.find((d) => d.name === store['name']);
  if (!c) return [];
  const p = c.onPartition;
  const lost = p.ackedWritesLostOnFailover
    ? 'a failover can lose writes already acknowledged (those not yet on the replica that takes over)'
    : 'a failover keeps every acknowledged write';
  return [`${c.name}: ${c.pacelc}, ${c.consistency}; cut off by a partition, the minority side's reads are ${p.reads}, writes ${p.writes}`, `  ${lost}`];
}

function datasetLines(report: AnalysisReport, name: unknown): string[] {
  const d = report.datasets.find((x) => x.name === name);
  if (!d) return [];
  const verdict = d.satisfied ? 'provided' : `NOT provided (${d.store} gives ${d.provided})`;
  return [`${d.name} needs ${d.requires} (${d.requiresFrom === 'declared' ? 'as chosen' : 'from its invariants'}): ${verdict}`];
}

/** A third region near the others (same provider first), for surviving a region with a majority store. */
function nearbyRegion(regions: string[]): string | undefined {
  const provider = regions[0]?.split(':')[0];
  const chosen = regions.map((r) => findRegion(r)).filter((r) => r !== undefined);
  const candidates = knownRegionIds().filter((id) => !regions.includes(id) && id.startsWith(`${provider}:`));
  const distance = (id: string): number => {
    const r = findRegion(id);
    const at = r?.location;
    if (!at) return Number.MAX_SAFE_INTEGER;
    return chosen.reduce((sum, c) => sum + (c?.location ? Math.hypot(at.lat - c.location.lat, at.lon - c.location.lon) : 0), 0);
  };
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

type FixFor = (f: Finding, answers: Draft, kb: KnowledgeBase) => Fix | undefined;

/** Mechanical fixes, by rule: what the next default becomes after the warning. */
const FIXES: Record<string, FixFor> = {
  'durability/async-replication-rpo': (f, answers, kb) => {
    const store = storeAt(answers, f.path);
    const profile = kb.engines.get(String(store?.['engine']));
    if (!store || !profile || !engineReplications(profile).includes('sync')) return undefined;
    return {
      text: `replicate ${String(store['name'])} synchronously (replication: sync), so a failover keeps every acknowledged write`,
      apply: () => {
        store['replication'] = 'sync';
        if (Number(store['replicas'] ?? 1) < 2) store['replicas'] = 2;
        const settings = store['settings'] as Draft | undefined;
        if (settings) for (const key of Object.keys(settings)) if (/^synchronous|^sync|waitReplicas|acks|writeConcern/i.test(key)) delete settings[key];
      },
    };
  },
  'fault-tolerance/region-loss': (f, answers) => {
    const store = storeAt(answers, f.path);
    const regions = (answers['regions'] as string[] | undefined) ?? [];
    if (!store) return undefined;
    const storeRegions = (store['regions'] as string[] | undefined) ?? [];
    if (storeRegions.length >= 3) {
      return { text: `run ${storeRegions.length} replicas of ${String(store['name'])}, one per region`, apply: () => void (store['replicas'] = Math.max(3, storeRegions.length)) };
    }
    const spare = regions.find((r) => !storeRegions.includes(r)) ?? nearbyRegion(regions);
    if (!spare) return undefined;
    return {
      text: `add ${spare} as a third region of ${String(store['name'])} with one replica in each region (a majority survives losing any one)`,
      apply: (a) => {
        if (!((a['regions'] as string[]) ?? []).includes(spare)) a['regions'] = [...((a['regions'] as string[]) ?? []), spare];
        store['regions'] = [...storeRegions, spare];
        store['replicas'] = Math.max(3, Number(store['replicas'] ?? 1));
        delete store['placement'];
      },
    };
  },
};

/** An advisor for one run of the interview (it remembers what it has already said). */
export function makeAdvisor(deps: LoadDeps, kb: KnowledgeBase, rules: Rule[]): Advise {
  const seen = new Set<string>();
  /** Findings a fix was offered for: checked again on the next call (after the fix was applied, or not). */
  let offered: Finding[] = [];
  let offeredAt = '';
  return (answers, path, say) => {
    const report = analyseAnswers(answers, deps, rules);
    if (!report) return [];
    for (const f of offeredAt === path ? offered : []) {
      if (report.findings.some((g) => g.ruleId === f.ruleId && g.path === f.path)) say({ path, kind: 'warning', ruleId: f.ruleId, text: `✖ ${f.ruleId} still holds: ${f.fix ?? f.message}` });
    }
    offered = [];
    offeredAt = path;
    const item = getPath(answers, path) as Draft | undefined;
    const lines = path.startsWith('datastores[') && item ? storeLines(report, item) : path.startsWith('datasets[') && item ? datasetLines(report, item['name']) : [];
    for (const text of lines) say({ path, kind: 'advice', text });
    const fixes: Fix[] = [];
    for (const f of report.findings) {
      const key = `${f.ruleId} ${f.path} ${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (f.severity === 'info') continue;
      say({ path, kind: 'warning', ruleId: f.ruleId, text: `${f.severity === 'error' ? '✖' : '⚠'} ${f.ruleId}: ${f.message}` });
      const fix = FIXES[f.ruleId]?.(f, answers, kb);
      if (fix) (fixes.push(fix), offered.push(f));
    }
    return fixes;
  };
}
