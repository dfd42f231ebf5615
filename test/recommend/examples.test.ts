// Every example: the key recommendations each of its findings calls for, plus a few
// specific ones for the checkout example.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseWorkflow } from '../../src/analysis/workflow.js';
import { TOPICS } from '../../src/recommend/index.js';
import { analyse, analyseText, findings, loadFile } from './helpers.js';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.yaml')).sort();
const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

describe.each(EXAMPLES)('recommendations for examples/%s', (file) => {
  it('answers each finding with the recommendation it calls for', async () => {
    const loaded = await loadFile(`examples/${file}`);
    const report = analyse(loaded);
    const ids = report.recommendations.map((r) => r.id);
    const m = loaded.model;
    expect(report.recommendations.length).toBeGreaterThan(0);
    for (const r of report.recommendations) {
      expect(TOPICS).toContain(r.topic);
      expect(r.id.startsWith(`${r.topic}/`)).toBe(true);
      for (const field of [r.title, r.recommendation, r.rationale, r.tradeoffs]) expect(field.length).toBeGreaterThan(10);
      expect(r.references.length).toBeGreaterThan(0);
    }
    for (const wf of m.workflows) {
      const a = analyseWorkflow(wf, m);
      if (a.services.length >= 3) expect(ids).toContain(`transactions/saga:${wf.name}`);
    }
    for (const f of findings(loaded)) {
      const ds = m.datasets.find((d) => under(f.path, d.path));
      const svc = m.services.find((s) => under(f.path, s.path));
      if (f.ruleId === 'transaction/dual-write') expect(ids).toContain(`transactions/outbox:${svc!.name}`);
      if (f.ruleId === 'partitioning/hot-key') expect(report.recommendations.find((r) => r.target === ds!.path && r.topic === 'partitioning')?.recommendation).toContain('salt each hot key');
      if (f.ruleId === 'partitioning/strategy-mismatch' && ds && ds.access.pattern === 'range') expect(ids).toContain(`partitioning/range:${ds.name}`);
      if (f.ruleId === 'retry/non-idempotent') {
        const call = m.services.flatMap((s) => s.calls.map((c) => ({ s, c }))).find(({ c }) => under(f.path, c.path))!;
        expect(ids).toContain(`transactions/idempotency-key:${call.s.name}-to-${call.c.service}`);
      }
      if (f.ruleId === 'lock/missing-fencing') expect(ids).toContain(`transactions/fenced-lock:${m.locks.find((l) => under(f.path, l.path))!.name}`);
      if (f.ruleId === 'consistency/requirement-unmet') {
        const r = report.recommendations.find((x) => x.id === `consistency/model:${ds!.name}`)!;
        expect(r.changes?.length || /^(Coordinate writes to|Move) /.test(r.title)).toBeTruthy();
      }
      if (f.ruleId === 'transaction/distributed-2pc') expect(ids.some((id) => id.startsWith('transactions/2pc:'))).toBe(false);
    }
  });
});

describe('examples/ecommerce-checkout.yaml in detail', () => {
  it('recommends the saga order with confirm-order as pivot, an outbox for order events and a fenced stock lock with its lease', async () => {
    const report = analyse(await loadFile('examples/ecommerce-checkout.yaml'));
    const byId = new Map(report.recommendations.map((r) => [r.id, r]));
    const saga = byId.get('transactions/saga:place-order')!;
    expect(saga.recommendation).toContain('confirm-order is the pivot');
    expect(saga.recommendation).toContain('give reserve-stock a compensation');
    expect(saga.recommendation).toContain('send-receipt (retriable)');
    expect(byId.get('transactions/outbox:order-service')?.patternInputs).toEqual({ 'transactional-outbox': { outboxTable: 'order_service_outbox' } });
    expect(byId.get('transactions/fenced-lock:stock-lock')?.patternInputs?.['fenced-lock']).toMatchObject({ ttlMs: 10000 });
  });
});

describe('recommendations for the multi-region payments ledger', () => {
  it('offers only consensus-replicated databases as a new home for a data set that must span regions', async () => {
    const report = await analyseText(`
version: 1
name: ledger
regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1]
datastores: [{ name: ledger, engine: cockroachdb, regions: [aws:us-east-1, aws:us-west-2, aws:eu-west-1], replicas: 5 }]
datasets: [{ name: balances, store: ledger, consistency: strict-serializable }]
`);
    const move = report.recommendations.find((r) => r.target === 'datasets[0]' && r.topic === 'consistency');
    expect(move?.recommendation).toContain('spanner');
    expect(move?.recommendation).not.toMatch(/postgres|mysql|redis/);
  });

  it('advises the payments ledger only on the data set that opts into follower reads, by its own setting', async () => {
    const report = analyse(await loadFile('examples/payments-ledger.yaml'));
    const consistency = report.recommendations.filter((r) => r.topic === 'consistency');
    expect(consistency.map((r) => r.target)).toEqual(['datasets[2].reads.followerReads']);
    expect(consistency[0]!.recommendation).toContain('`reads.followerReads: false` on idempotency-keys');
    expect(consistency[0]!.changes).toBeUndefined();
  });
});
