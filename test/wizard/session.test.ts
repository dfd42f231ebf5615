import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/engine/builtin.js';
import { loadDeps } from '../../src/model/deps.js';
import { analyseAnswers, makeAdvisor } from '../../src/wizard/advice.js';
import { ARCHETYPES, archetypeValues } from '../../src/wizard/archetypes.js';
import { buildSystemYaml } from '../../src/wizard/build.js';
import { GoBack, runSession, type SessionState } from '../../src/wizard/session.js';
import type { AnswerValue, Ask, Draft, Prompt, Remark } from '../../src/wizard/types.js';
import { analyzeSystem } from '../../src/pipeline.js';
import { loadSystemText } from '../../src/model/load.js';
import { ctx } from './helpers.js';

const deps = await loadDeps();

/** A person pressing Enter, except where the script says otherwise (by path; a function may throw GoBack). */
function person(script: Record<string, AnswerValue | ((p: Prompt) => AnswerValue | undefined)> = {}) {
  const prompts: Prompt[] = [];
  const remarks: Array<Remark & { after: number }> = [];
  const ask: Ask = async (p) => {
    prompts.push(p);
    const s = script[p.path];
    if (typeof s === 'function') return s(p);
    if (s !== undefined) return s;
    return p.repeat ? false : p.default;
  };
  return { ask, prompts, remarks, say: (r: Remark) => void remarks.push({ ...r, after: prompts.length }) };
}

const newState = (): SessionState => ({ version: 1, mode: 'new', log: [] });
const findings = (a: Draft) => (analyseAnswers(a, deps, builtinRules())?.findings ?? []).filter((f) => f.severity !== 'info');
const session = (p: ReturnType<typeof person>, state = newState(), save?: (s: SessionState) => void) =>
  runSession({ ...ctx(), ask: p.ask, say: p.say, advisor: () => makeAdvisor(deps, ctx().kb, builtinRules()), findings, state, ...(save ? { save } : {}) });

describe('archetypes', () => {
  it.each(ARCHETYPES.map((a) => [a.id, a]))('%s is cut from its example into a system that loads', (_, a) => {
    const values = archetypeValues(a);
    expect((values['datastores'] as unknown[]).length).toBeGreaterThan(0);
    expect(() => buildSystemYaml(values as never, { deps, kb: ctx().kb })).not.toThrow();
  });

  it('checkout holds the two-region checkout: two stores, one data set, one topic, two services, a two-step workflow, one consumer', () => {
    const v = archetypeValues(ARCHETYPES.find((a) => a.id === 'checkout')!) as Record<string, unknown[]>;
    expect(v['regions']).toHaveLength(2);
    expect([v['datastores'], v['datasets'], v['messaging'], v['services'], v['workflows'], v['consumers']].map((l) => l?.length)).toEqual([2, 1, 1, 2, 1, 1]);
    expect((v['workflows']![0] as { steps: unknown[] }).steps).toHaveLength(2);
  });
});

describe('a session from the checkout archetype', () => {
  it('is mostly confirmations: Enter throughout takes at most 30 answers and writes a valid system', async () => {
    const p = person();
    const answers = await session(p);
    expect(p.prompts.length).toBeLessThanOrEqual(30);
    expect(p.prompts.filter((q) => q.review).length).toBeGreaterThanOrEqual(8);
    expect(answers.datastores?.map((s) => s.name)).toEqual(['orders-db', 'cache']);
    expect(() => buildSystemYaml(answers, { deps, kb: ctx().kb })).not.toThrow();
    // A progress line per section, and advice after each store and data set.
    expect(p.remarks.filter((r) => r.kind === 'progress').map((r) => r.text)).toContain('Section 3 of 9: Data stores');
    expect(p.remarks.some((r) => r.kind === 'advice' && r.path === 'datastores[0]' && /orders-db: PC\/E[LC]|orders-db: P[AC]\/E[LC]/.test(r.text))).toBe(true);
    expect(p.remarks.some((r) => r.kind === 'advice' && r.path === 'datastores[0]' && /failover/.test(r.text))).toBe(true);
  });

  it('goes back across a section boundary, the dropped answer becoming the default', async () => {
    let backs = 0;
    const p = person({
      'datastores#review': () => undefined,
      'datastores[0]#review': () => {
        if (backs++ === 0) throw new GoBack();
        return 'keep';
      },
      'requirements#review': (q) => (backs === 0 ? 'keep' : q.default as AnswerValue),
    });
    await session(p);
    const paths = p.prompts.map((q) => q.path);
    const first = paths.indexOf('datastores[0]#review');
    // Back from the first question of "Data stores" re-asks the last one of "Requirements".
    expect(paths[first + 1]).toBe('requirements#review');
    expect(p.prompts[first + 1]!.default).toBe('keep');
  });

  it('resumes from the saved log without asking again', async () => {
    let saved: SessionState | undefined;
    const p1 = person({
      name: 'shop',
      'datastores[1]#review': () => {
        throw new Error('Ctrl-C');
      },
    });
    await expect(session(p1, newState(), (s) => (saved = JSON.parse(JSON.stringify(s)) as SessionState))).rejects.toThrow('Ctrl-C');
    const p2 = person();
    const answers = await session(p2, saved!);
    expect(answers.name).toBe('shop');
    expect(p2.prompts[0]!.path).toBe('datastores[1]#review');
  });

  it('records the findings the user accepts, with the reason, so the analysis reports only the others', async () => {
    const p = person({
      'accept': (q) => [q.choices!.find((c) => String(c.value).startsWith('durability/acked-write-loss@datastores[1]'))!.value as string],
      'acceptReason': 'carts are rebuilt from the orders database',
    });
    const answers = await session(p);
    const yaml = buildSystemYaml(answers, { deps, kb: ctx().kb });
    expect(yaml).toMatch(/x-archcap-ignore:\s+- rule: durability\/acked-write-loss\s+reason: carts are rebuilt from the orders database/);
    const after = analyzeSystem(loadSystemText('s.yaml', yaml, deps), builtinRules()).findings.filter((f) => f.severity !== 'info');
    expect(after.some((f) => f.ruleId === 'durability/acked-write-loss' && f.path.startsWith('datastores[1]'))).toBe(false);
    // The others are still reported.
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBe(findings(answers as unknown as Draft).length);
  });
});
