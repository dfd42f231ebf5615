import { describe, expect, it } from 'vitest';
import { archcap, STACK_TRACE } from '../helpers/cli.js';

describe("archcap lint on a data set's own read/write settings", () => {
  it('reports a name the engine does not accept at its line, with the accepted names, exit code 2', () => {
    const file = 'test/fixtures/bad/access-setting.yaml';
    const r = archcap(['lint', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:8:14: `);
    expect(r.stderr).toContain("cassandra does not let reads choose 'readPreference' per data set (accepted: consistency)");
    expect(r.stderr + r.stdout).not.toMatch(STACK_TRACE);
  });

  it('reports the payments ledger with one consistency finding, at the data set that opts into follower reads', () => {
    const r = archcap(['lint', 'examples/payments-ledger.yaml', '--format', 'json']);
    const findings = JSON.parse(r.stdout) as { ruleId: string; path: string; related?: { path: string }[] }[];
    const consistency = findings.filter((f) => f.ruleId.startsWith('consistency/'));
    expect(consistency).toEqual([expect.objectContaining({ ruleId: 'consistency/stale-replica-reads', path: 'datasets[2].reads.followerReads' })]);
    expect(consistency[0]!.related?.map((x) => x.path)).toEqual(['datasets[2]']);
  });

  it('says in analyze --format json which path decided each data set', () => {
    const r = archcap(['analyze', 'examples/social-feed.yaml', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { datasets: { name: string; decidedBy: string; rule: string; weakness?: string; weakAt?: string; satisfied: boolean }[] };
    const posts = report.datasets.find((d) => d.name === 'posts')!;
    expect(posts).toMatchObject({ satisfied: false, decidedBy: 'store', weakness: 'quorum', weakAt: 'datastores[1].settings' });
    expect(report.datasets.every((d) => typeof d.decidedBy === 'string' && d.rule.includes('/'))).toBe(true);
  });
});
