// One cause, one recommendation; advice on a data set's own settings and regions; the cheapest fix first.
import { describe, expect, it } from 'vitest';
import { analyseText } from './helpers.js';

describe('consistency recommendations follow the cause', () => {
  it('gives one store-wide setting that fails three data sets one recommendation naming them all (one ADR)', async () => {
    const report = await analyseText(`
version: 1
name: shop
datastores: [{ name: m, engine: mongodb, replicas: 3, settings: { writeConcern: majority, readPreference: secondary } }]
datasets:
  - { name: carts, store: m, consistency: read-your-writes }
  - { name: orders, store: m, consistency: read-your-writes }
  - { name: payments, store: m, consistency: read-your-writes }
  - { name: views, store: m, consistency: eventual }
`);
    const recs = report.recommendations.filter((r) => r.topic === 'consistency');
    expect(recs).toHaveLength(1);
    expect(recs[0]!.target).toBe('datastores[0].settings.readPreference');
    expect(recs[0]!.recommendation).toContain('carts, orders and payments');
    expect(recs[0]!.changes?.[0]?.settings?.['readPreference']).toBe('primary');
    const findings = report.findings.filter((f) => f.ruleId.startsWith('consistency/'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.related?.map((r) => r.path)).toEqual(['datasets[0]', 'datasets[1]', 'datasets[2]']);
  });

  it('prefers LOCAL_QUORUM with sessions pinned to a region over QUORUM across continents when both satisfy', async () => {
    const report = await analyseText(`
version: 1
name: feed
regions: [aws:us-east-1, aws:eu-west-1, aws:ap-southeast-1]
datastores:
  - { name: c, engine: cassandra, regions: [aws:us-east-1, aws:eu-west-1, aws:ap-southeast-1], replicas: 3, settings: { readConsistency: LOCAL_ONE, writeConsistency: LOCAL_QUORUM } }
datasets: [{ name: posts, store: c, consistency: read-your-writes }]
services: [{ name: api, regions: [aws:us-east-1, aws:eu-west-1, aws:ap-southeast-1], reads: [posts], writes: [posts] }]
`);
    const rec = report.recommendations.find((r) => r.topic === 'consistency');
    expect(rec?.changes?.[0]?.settings).toEqual({ readConsistency: 'LOCAL_QUORUM' });
  });

  it('advises reading where the data set is written before paying cross-region quorums', async () => {
    const report = await analyseText(`
version: 1
name: feed
regions: [aws:us-east-1, aws:eu-west-1]
datastores: [{ name: c, engine: cassandra, regions: [aws:us-east-1, aws:eu-west-1], replicas: 3, settings: { readConsistency: LOCAL_QUORUM, writeConsistency: LOCAL_QUORUM } }]
datasets: [{ name: carts, store: c, consistency: read-your-writes, access: { writeRegions: [aws:us-east-1], readRegions: [aws:eu-west-1] } }]
`);
    const rec = report.recommendations.find((r) => r.topic === 'consistency');
    expect(rec?.target).toBe('datasets[0].access.readRegions');
    expect(rec?.recommendation).toMatch(/pin each client session to one region/);
    expect(rec?.recommendation).toMatch(/EACH_QUORUM \(each write pays at least \d+ ms/);
  });
});
