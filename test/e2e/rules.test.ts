import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';

interface RuleJson {
  id: string;
  severity: string;
  summary: string;
}

describe('archcap rules and archcap explain', () => {
  const rules = JSON.parse(archcap(['rules', '--json']).stdout) as RuleJson[];

  it('lists every core rule id of the design with its severity', () => {
    const ids = rules.map((r) => r.id);
    for (const id of [
      'consistency/requirement-unmet', 'consistency/quorum-no-overlap', 'consistency/stale-replica-reads', 'invariant/coordination-required',
      'durability/async-replication-rpo', 'durability/acked-write-loss', 'fault-tolerance/quorum-size', 'fault-tolerance/region-loss',
      'latency/quorum-exceeds-sla', 'availability/composite-below-target', 'availability/single-point-of-failure', 'partition/behaviour-conflict',
      'replication/lww-clock-skew', 'residency/replica-outside-jurisdiction', 'partitioning/hot-key', 'partitioning/strategy-mismatch',
      'transaction/distributed-2pc', 'transaction/missing-compensation', 'transaction/pivot-order', 'transaction/dual-write',
      'messaging/non-idempotent-consumer', 'retry/non-idempotent', 'retry/amplification', 'retry/no-jitter', 'timeout/missing',
      'timeout/inversion', 'lock/missing-fencing', 'lock/redlock-for-correctness',
    ]) expect(ids).toContain(id);
    for (const r of rules) expect(['error', 'warning', 'info']).toContain(r.severity);
  });

  it('prints a table with a count', () => {
    const r = archcap(['rules']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^timeout\/missing\s+warning\s+A synchronous call has no timeout$/m);
    expect(r.stdout).toContain(`${rules.length} rules.`);
  });

  it('shows a ruleset change of severity', () => {
    const changed = JSON.parse(archcap(['rules', '--json', '--ruleset', 'test/fixtures/lint/team-rules.yaml']).stdout) as RuleJson[];
    expect(changed.find((r) => r.id === 'timeout/missing')?.severity).toBe('error');
    expect(changed.find((r) => r.id === 'team/service-needs-regions')).toBeDefined();
  });

  it('explains every rule: what, why, an example reported and one not, the fix and references', () => {
    for (const { id } of rules) {
      const r = archcap(['explain', id]);
      expect(r.status, id).toBe(0);
      for (const heading of ['What it checks', 'Why it matters', 'Reported', 'Not reported', 'How to fix it', 'References']) {
        expect(r.stdout, `${id}: ${heading}`).toContain(heading);
      }
    }
  }, 120_000);

  it('suggests the closest rule for a misspelt id, exit code 2', () => {
    const r = archcap(['explain', 'lock/missing-fence']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("did you mean 'lock/missing-fencing'");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('archcap schema', () => {
  it('prints a JSON Schema that accepts every example and refuses a broken one', () => {
    const r = archcap(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as { $id: string; $schema: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const validate = new Ajv({ strict: false }).compile(schema);
    for (const file of readdirSync(`${ROOT}/examples`).filter((f) => f.endsWith('.yaml'))) {
      expect(validate(parse(readFileSync(`${ROOT}/examples/${file}`, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ version: 1, name: 'x', datastores: [{ name: 'c', engine: 'cassandra', settings: { readConsistency: 'MOSTLY' } }] })).toBe(false);
  });
});
