/**
 * The shipped examples load through the library, and the lint finds the design
 * problems planted in them (examples/README.md lists them all) at the right
 * rule id, YAML path and line.
 *
 * For the rules in CHECKED, the findings must be exactly the planted ones,
 * which shows the rest of each example is sound. A rule added later does not
 * break these tests; it joins CHECKED once its findings are reviewed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/engine/builtin.js';
import type { Finding } from '../../src/engine/finding.js';
import { lintFiles } from '../../src/engine/lint.js';
import { EXPIRED_RULE } from '../../src/engine/suppress.js';
import { loadDeps } from '../../src/model/deps.js';
import { loadSystemFile, type LoadDeps } from '../../src/model/load.js';
import { PLANTED, type Planted } from './planted.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
/** A fixed day before every `until` in the examples, so the tests do not depend on the clock. */
const TODAY = '2026-11-25';

/**
 * Rule ids whose findings are compared in full: the rules built in when the
 * planted list was last checked. A rule added later joins once its findings
 * on the examples are reviewed (and planted.ts updated).
 */
const CHECKED = new Set([
  'availability/composite-below-target',
  'availability/single-point-of-failure',
  'consistency/quorum-no-overlap',
  'consistency/requirement-unmet',
  'consistency/stale-replica-reads',
  'durability/acked-write-loss',
  'durability/async-replication-rpo',
  'durability/topic-rpo',
  'durability/topic-write-loss',
  'fault-tolerance/quorum-size',
  'fault-tolerance/region-loss',
  'invariant/coordination-required',
  'latency/quorum-exceeds-sla',
  'latency/typical-rtt-exceeds-sla',
  'lock/missing-fencing',
  'lock/redlock-for-correctness',
  'messaging/non-idempotent-consumer',
  'partition/behaviour-conflict',
  'partitioning/hot-key',
  'partitioning/strategy-mismatch',
  'replication/lww-clock-skew',
  'residency/replica-outside-jurisdiction',
  'retry/amplification',
  'retry/no-jitter',
  'retry/non-idempotent',
  'timeout/inversion',
  'timeout/missing',
  'transaction/distributed-2pc',
  'transaction/dual-write',
  'transaction/missing-compensation',
  'transaction/pivot-order',
]);

const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort();

let deps: LoadDeps;
beforeAll(async () => {
  deps = await loadDeps();
});

function lint(file: string, today = TODAY): { findings: Finding[]; diagnostics: unknown[] } {
  return lintFiles([join(EXAMPLES, file)], builtinRules(), deps, { cwd: ROOT, inlineIgnore: true, today });
}

const key = (p: { ruleId: string; path: string; suppressed: boolean }): string => `${p.ruleId} @ ${p.path}${p.suppressed ? ' (suppressed)' : ''}`;

describe('the examples folder', () => {
  it('holds every example the planted list describes, and no other', () => {
    expect(exampleFiles).toEqual(Object.keys(PLANTED).sort());
  });

  it('describes every example in its README', () => {
    const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
    for (const file of exampleFiles) expect(readme, file).toContain(`**\`${file}\`**`);
  });

  it('points every example at the JSON Schema for editors on its first line', () => {
    for (const file of exampleFiles) {
      const first = readFileSync(join(EXAMPLES, file), 'utf8').split('\n')[0];
      expect(first, file).toBe('# yaml-language-server: $schema=../schema/system.schema.json');
      expect(existsSync(join(EXAMPLES, '../schema/system.schema.json'))).toBe(true);
    }
  });

  it('compares only rules that are still built in', () => {
    const ids = new Set(builtinRules().map((r) => r.id));
    expect([...CHECKED].filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe.each(exampleFiles)('examples/%s', (file) => {
  const planted: Planted = PLANTED[file]!;

  it('loads through the library into the model it describes', () => {
    const { model } = loadSystemFile(join(EXAMPLES, file), deps);
    expect(model.name).toBe(planted.name);
    expect(model.regions.map((r) => r.id)).toEqual(planted.regions);
    expect(model.datastores.map((s) => s.engine)).toEqual(planted.engines);
    expect(model.services).toHaveLength(planted.services);
    expect(model.workflows.length).toBeGreaterThan(0);
    expect(model.locks.length).toBeGreaterThan(0);
    expect(model.consumers.length).toBeGreaterThan(0);
    expect(model.messaging.length).toBeGreaterThan(0);
  });

  it('passes the schema and reference checks', () => {
    expect(lint(file).diagnostics).toEqual([]);
  });

  it('reports exactly the planted problems among the checked rules', () => {
    const found = lint(file)
      .findings.filter((f) => CHECKED.has(f.ruleId))
      .map((f) => key({ ruleId: f.ruleId, path: f.path, suppressed: f.suppressed !== undefined }))
      .sort();
    const expected = planted.findings
      .filter((p) => CHECKED.has(p.ruleId))
      .map((p) => key({ ruleId: p.ruleId, path: p.path, suppressed: p.suppressed ?? false }))
      .sort();
    expect(found).toEqual(expected);
  });

  it('points each planted finding at its line in the YAML', () => {
    const lines = readFileSync(join(EXAMPLES, file), 'utf8').split('\n');
    const findings = lint(file).findings;
    for (const p of planted.findings.filter((x) => CHECKED.has(x.ruleId))) {
      const f = findings.find((x) => x.ruleId === p.ruleId && x.path === p.path);
      expect(f, `${p.ruleId} @ ${p.path}`).toBeDefined();
      expect(lines[f!.line - 1], `${p.ruleId} @ ${p.path}`).toContain(p.at);
    }
  });
});

describe('inline suppressions in the examples', () => {
  it('carry the reason the team gave', () => {
    const finding = lint('ecommerce-checkout.yaml').findings.find((f) => f.ruleId === 'messaging/non-idempotent-consumer');
    expect(finding?.suppressed?.kind).toBe('inline');
    expect(finding?.suppressed?.reason).toMatch(/duplicate|second copy/i);
  });

  it('stop applying after their until date and are reported as expired', () => {
    const before = lint('payments-ledger.yaml', '2027-03-31').findings;
    expect(before.find((f) => f.ruleId === 'messaging/non-idempotent-consumer')?.suppressed).toBeDefined();
    expect(before.some((f) => f.ruleId === EXPIRED_RULE)).toBe(false);

    const after = lint('payments-ledger.yaml', '2027-04-01').findings;
    const consumer = after.find((f) => f.ruleId === 'messaging/non-idempotent-consumer');
    expect(consumer?.path).toBe('consumers[2]');
    expect(consumer?.suppressed).toBeUndefined();
    const expired = after.filter((f) => f.ruleId === EXPIRED_RULE);
    expect(expired.map((f) => f.path)).toEqual(['consumers[2]']);
  });
});
