// Applies what the recommendations propose and re-runs the analysis: nothing recommended
// may itself be flagged by the rules it addresses, weaken a data set, or be 2PC where
// the distributed-2pc rule fires. Runs over every example and every focused fixture.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySystem } from '../../src/analysis/system.js';
import { satisfies } from '../../src/knowledge/index.js';
import type { LoadedSystem } from '../../src/model/types.js';
import { analyse, findings, loadFile, loadText, withCallPlans, withChanges } from './helpers.js';
import { FIXTURES } from './fixtures.js';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.yaml')).sort();

const STORE_RULES = ['consistency/requirement-unmet', 'consistency/quorum-no-overlap', 'consistency/stale-replica-reads', 'invariant/coordination-required', 'fault-tolerance/quorum-size', 'fault-tolerance/region-loss', 'durability/async-replication-rpo', 'durability/acked-write-loss'];
const CALL_RULES = ['timeout/missing', 'timeout/inversion', 'retry/amplification', 'retry/non-idempotent', 'retry/no-jitter'];

async function cases(): Promise<[string, LoadedSystem][]> {
  const out: [string, LoadedSystem][] = [];
  for (const f of EXAMPLES) out.push([f, await loadFile(`examples/${f}`)]);
  for (const [name, text] of Object.entries(FIXTURES)) out.push([`fixture ${name}`, await loadText(text)]);
  return out;
}

const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

describe('no recommendation contradicts a finding', async () => {
  const all = await cases();

  it('covers every example and at least ten fixtures', () => {
    expect(all.length).toBeGreaterThanOrEqual(EXAMPLES.length + 10);
  });

  it.each(all)('%s: store changes clear the store rules they address and weaken no data set', (_name, loaded) => {
    const report = analyse(loaded);
    const changing = report.recommendations.filter((r) => r.changes?.length);
    // Data sets told to move to a coordinating store leave the store they are on.
    const moved = new Set(report.recommendations.filter((r) => /^(Coordinate writes to|Move) /.test(r.title)).map((r) => r.target));
    const changed = withChanges(loaded, changing);
    const after = { ...changed, model: { ...changed.model, datasets: changed.model.datasets.filter((d) => !moved.has(d.path)) } };
    const left = findings(after);
    const classification = classifySystem(after.model);
    for (const rec of changing) {
      for (const change of rec.changes ?? []) {
        const store = after.model.datastores.find((s) => s.name === change.store)!;
        const addressed = rec.topic === 'consistency' ? STORE_RULES.slice(0, 4) : STORE_RULES.slice(4, 7);
        const paths = [store.path, rec.target];
        const flagged = left.filter((f) => addressed.includes(f.ruleId) && paths.some((p) => under(f.path, p)));
        expect(flagged.map((f) => `${rec.id}: ${f.ruleId} ${f.message}`)).toEqual([]);
      }
    }
    for (const ds of after.model.datasets) {
      const before = report.datasets.find((d) => d.name === ds.name);
      const now = classification.datasets.get(ds.name);
      if (before?.satisfied) expect(now?.satisfied, `${ds.name} was satisfied before the changes`).toBe(true);
    }
  });

  it.each(all)('%s: consistency recommendations never name a model weaker than the data set needs', (_name, loaded) => {
    const report = analyse(loaded);
    const after = classifySystem(withChanges(loaded, report.recommendations).model);
    for (const rec of report.recommendations.filter((r) => r.topic === 'consistency' && (r.changes?.length || r.id.startsWith('consistency/model:') && r.title.startsWith('Merge')))) {
      const ds = loaded.model.datasets.find((d) => d.path === rec.target)!;
      const cls = after.datasets.get(ds.name)!;
      expect(cls.satisfied || satisfies(cls.provided, cls.requires), `${rec.id}: ${cls.provided} vs ${cls.requires}`).toBe(true);
    }
  });

  it.each(all)('%s: recommended timeouts and retries raise no timeout or retry finding', (_name, loaded) => {
    const report = analyse(loaded);
    const after = withCallPlans(loaded, report.recommendations);
    const left = findings(after).filter((f) => CALL_RULES.includes(f.ruleId));
    expect(left.map((f) => `${f.ruleId} ${f.path}: ${f.message}`)).toEqual([]);
  });

  it.each(all)('%s: no two-phase commit where transaction/distributed-2pc fires, and a saga or local transaction instead', (_name, loaded) => {
    const report = analyse(loaded);
    for (const f of findings(loaded).filter((x) => x.ruleId === 'transaction/distributed-2pc')) {
      const wf = loaded.model.workflows.find((w) => under(f.path, w.path))!;
      const recs = report.recommendations.filter((r) => r.target === wf.path);
      expect(recs.some((r) => r.id.startsWith('transactions/2pc:'))).toBe(false);
      expect(recs.some((r) => r.id.startsWith('transactions/saga:') || r.id.startsWith('transactions/local:'))).toBe(true);
    }
  });

  it.each(all)('%s: a write-and-publish without an outbox gets one, and applying it clears transaction/dual-write', (_name, loaded) => {
    const report = analyse(loaded);
    const dual = findings(loaded).filter((f) => f.ruleId === 'transaction/dual-write');
    const model = structuredClone(loaded.model);
    for (const f of dual) {
      const svc = loaded.model.services.find((s) => under(f.path, s.path))!;
      expect(report.recommendations.map((r) => r.id)).toContain(`transactions/outbox:${svc.name}`);
    }
    for (const rec of report.recommendations.filter((r) => r.id.startsWith('transactions/outbox:'))) {
      for (const p of model.services.find((s) => s.path === rec.target)!.publishes) p.via = 'outbox';
    }
    expect(findings({ ...loaded, model }).filter((f) => f.ruleId === 'transaction/dual-write')).toEqual([]);
  });

  it.each(all)('%s: ids are unique and the output is the same on a second run', (_name, loaded) => {
    const a = analyse(loaded).recommendations;
    const b = analyse(loaded).recommendations;
    expect(new Set(a.map((r) => r.id)).size).toBe(a.length);
    expect(b).toEqual(a);
  });
});
