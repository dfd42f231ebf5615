/**
 * Every contradiction the final analysis reports was announced during the interview,
 * right after the answer that caused it, and where a mechanical fix exists it was the
 * next question's default (accepting it clears the finding).
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/engine/builtin.js';
import { loadDeps } from '../../src/model/deps.js';
import { analyzeSystem } from '../../src/pipeline.js';
import { loadSystemText } from '../../src/model/load.js';
import { makeAdvisor } from '../../src/wizard/advice.js';
import { ARCHETYPES } from '../../src/wizard/archetypes.js';
import { buildSystemYaml } from '../../src/wizard/build.js';
import { runSession, type SessionState } from '../../src/wizard/session.js';
import type { Answers } from '../../src/wizard/answers.js';
import type { AnswerValue, Ask, Prompt, Remark } from '../../src/wizard/types.js';
import { ctx } from './helpers.js';

const deps = await loadDeps();
const rules = builtinRules();

function person(script: Record<string, AnswerValue>) {
  const prompts: Prompt[] = [];
  const remarks: Array<Remark & { at: string | undefined }> = [];
  const ask: Ask = async (p) => {
    prompts.push(p);
    if (Object.hasOwn(script, p.path)) return script[p.path];
    return p.repeat ? false : p.default;
  };
  return { ask, prompts, remarks, say: (r: Remark) => void remarks.push({ ...r, at: prompts.at(-1)?.path }) };
}

async function interview(script: Record<string, AnswerValue>, state: SessionState = { version: 1, mode: 'new', log: [] }) {
  const p = person(script);
  const answers = await runSession({ ...ctx(), ask: p.ask, say: p.say, advisor: () => makeAdvisor(deps, ctx().kb, rules), state });
  return { ...p, answers, final: finalFindings(answers) };
}

function finalFindings(answers: Answers) {
  const yaml = buildSystemYaml(answers, { deps, kb: ctx().kb });
  return analyzeSystem(loadSystemText('system.yaml', yaml, deps), rules).findings.filter((f) => f.severity !== 'info');
}

const warned = (remarks: Remark[], ruleId: string) => remarks.filter((r) => r.kind === 'warning' && r.ruleId === ruleId);

const BLANK = { archetype: 'blank', name: 'shop', regions: ['aws:us-east-1', 'aws:us-west-2'] };
const store = (i: number, name: string, engine: string, extra: Record<string, AnswerValue> = {}): Record<string, AnswerValue> => ({
  [`datastores[${i}]`]: true,
  [`datastores[${i}].name`]: name,
  [`datastores[${i}].engine`]: engine,
  ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`datastores[${i}].${k}`, v])),
});

describe('contradictions are warned at the question that caused them', () => {
  it('RPO 0 on async replication: warned at the data set that needs it, fixed by the next default', async () => {
    const script = {
      ...BLANK,
      ...store(0, 'orders-db', 'postgres', { replication: 'async' }),
      'datasets[0]': true,
      'datasets[0].name': 'orders',
      'datasets[0]._needs': ['lost'],
      'datasets[0]#fix': false,
    };
    const declined = await interview(script);
    const w = warned(declined.remarks, 'durability/async-replication-rpo');
    expect(w).toHaveLength(1);
    expect(w[0]!.path).toBe('datasets[0]');
    expect(declined.remarks.some((r) => r.kind === 'derived' && r.text.startsWith('→ requirements.rpo: 0s'))).toBe(true);
    expect(declined.final.map((f) => f.ruleId)).toContain('durability/async-replication-rpo');
    const fixPrompt = declined.prompts.find((p) => p.path === 'datasets[0]#fix')!;
    expect(fixPrompt.default).toBe(true);
    expect(fixPrompt.message).toContain('replication: sync');
    const accepted = await interview({ ...script, 'datasets[0]#fix': true });
    expect(accepted.answers.datastores![0]!.replication).toBe('sync');
    expect(accepted.final.map((f) => f.ruleId)).not.toContain('durability/async-replication-rpo');
    expect(accepted.remarks.some((r) => /still holds/.test(r.text))).toBe(false);
    // Also when the engine's own settings were set by hand to asynchronous commits.
    const tuned = await interview({ ...script, 'datastores[0]._advanced': true, 'datastores[0].settings.synchronousCommit': 'off', 'datasets[0]#fix': true });
    expect(tuned.final.map((f) => f.ruleId)).not.toContain('durability/async-replication-rpo');
  });

  it('surviving a region with two regions and a majority store: warned at the store, a third region offered', async () => {
    const script = { ...BLANK, 'requirements.tolerate.regions': 1, ...store(0, 'config', 'etcd'), 'datastores[0]#fix': false };
    const declined = await interview(script);
    // The default follows the regions: 3 replicas for a majority store over two regions.
    expect(declined.prompts.find((p) => p.path === 'datastores[0].replicas')!.default).toBe(3);
    const w = warned(declined.remarks, 'fault-tolerance/region-loss');
    expect(w.map((r) => r.path)).toEqual(['datastores[0]']);
    expect(declined.final.map((f) => f.ruleId)).toContain('fault-tolerance/region-loss');
    const accepted = await interview({ ...script, 'datastores[0]#fix': true });
    expect(accepted.answers.regions).toHaveLength(3);
    expect(accepted.answers.datastores![0]!.regions).toHaveLength(3);
    expect(accepted.final.map((f) => f.ruleId)).not.toContain('fault-tolerance/region-loss');
  });

  it('a consistency the store does not give: warned at the data set', async () => {
    const r = await interview({ ...BLANK, ...store(0, 'wide', 'cassandra'), 'datasets[0]': true, 'datasets[0].name': 'balances', 'datasets[0]._needs': ['stale-any'] });
    expect(warned(r.remarks, 'consistency/requirement-unmet').map((x) => x.path)).toEqual(['datasets[0]']);
    expect(r.final.map((f) => f.ruleId)).toContain('consistency/requirement-unmet');
  });

  it('a store that gives up consistency when the requirements keep it: warned at the store', async () => {
    const r = await interview({ ...BLANK, 'requirements.partitionPreference': 'consistency', ...store(0, 'wide', 'cassandra') });
    expect(warned(r.remarks, 'partition/behaviour-conflict').map((x) => x.path)).toEqual(['datastores[0]']);
  });

  it('a retried call that is not idempotent: warned at the call', async () => {
    const r = await interview({
      ...BLANK,
      'services[0]': true, 'services[0].name': 'a',
      'services[1]': true, 'services[1].name': 'b',
      'services[0].calls[0]': true, 'services[0].calls[0].service': 'b', 'services[0].calls[0].retries.attempts': 3,
    });
    expect(warned(r.remarks, 'retry/non-idempotent').map((x) => x.path)).toEqual(['services[0].calls[0]']);
  });

  it('a consumer that is not idempotent under at-least-once: warned at the consumer', async () => {
    const r = await interview({
      ...BLANK,
      'messaging[0]': true, 'messaging[0].name': 'events', 'messaging[0].engine': 'kafka',
      'services[0]': true, 'services[0].name': 'a',
      'consumers[0]': true, 'consumers[0].service': 'a', 'consumers[0].topic': 'events', 'consumers[0].idempotent': false,
    });
    expect(warned(r.remarks, 'messaging/non-idempotent-consumer').map((x) => x.path)).toEqual(['consumers[0]']);
  });

  it('refuses the same consumer twice', async () => {
    await expect(
      interview({
        ...BLANK,
        'messaging[0]': true, 'messaging[0].name': 'events', 'messaging[0].engine': 'kafka',
        'services[0]': true, 'services[0].name': 'a',
        'consumers[0]': true, 'consumers[0].service': 'a', 'consumers[0].topic': 'events',
        'consumers[1]': true, 'consumers[1].service': 'a', 'consumers[1].topic': 'events',
      }),
    ).rejects.toThrow('a already consumes events');
  });

  it.each(ARCHETYPES.map((a) => [a.id]))('%s with every fix declined: each finding of the final analysis was warned during the interview', async (id) => {
    const r = await interview({ archetype: id, ...Object.fromEntries(['datastores', 'datasets', 'messaging', 'services', 'workflows', 'locks', 'consumers'].flatMap((l) => [0, 1, 2, 3].map((i) => [`${l}[${i}]#fix`, false]))) });
    expect(r.final.length).toBeGreaterThan(0);
    for (const f of r.final) expect(warned(r.remarks, f.ruleId).length, `${f.ruleId} at ${f.path}`).toBeGreaterThan(0);
  });
});
