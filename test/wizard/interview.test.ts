import { describe, expect, it } from 'vitest';
import { AnswerError, interview, type AnswerValue, type Ask, type Prompt } from '../../src/wizard/index.js';
import { answersFromValues } from '../../src/wizard/index.js';
import { ctx, fixtureValues } from './helpers.js';

/** A user at a terminal, scripted: answers by path; unlisted questions take the default (Enter). */
function scripted(script: Record<string, AnswerValue>): { ask: Ask; prompts: Prompt[] } {
  const prompts: Prompt[] = [];
  return {
    prompts,
    ask: async (p) => {
      prompts.push(p);
      if (Object.hasOwn(script, p.path)) return script[p.path];
      return p.repeat ? false : p.default;
    },
  };
}

describe('the interview loop with an injected ask', () => {
  it('asks in order and builds the answers a terminal session would', async () => {
    const { ask, prompts } = scripted({
      name: 'feed',
      regions: ['aws:us-east-1', 'aws:eu-west-1'],
      'requirements.rpo': '5s',
      'datastores[0]': true,
      'datastores[0].name': 'posts',
      'datastores[0].engine': 'cassandra',
      'datastores[0].regions': ['aws:us-east-1', 'aws:eu-west-1'],
      'datastores[0]._advanced': true,
      'datastores[0].settings.readConsistency': 'LOCAL_ONE',
      'datastores[0].settings.writeConsistency': 'LOCAL_QUORUM',
      'datasets[0]': true,
      'datasets[0].name': 'timeline',
      'datasets[0].store': 'posts',
      'datasets[0]._advanced': true,
      'datasets[0].invariants': ['append-only'],
    });
    const answers = await interview({ ...ctx(), ask });
    expect(answers).toMatchObject({
      name: 'feed',
      regions: ['aws:us-east-1', 'aws:eu-west-1'],
      requirements: { availability: '99.9%', rpo: '5s', tolerate: { nodes: 1, zones: 1, regions: 0 } },
      datastores: [{ name: 'posts', engine: 'cassandra', replicas: 3, settings: { readConsistency: 'LOCAL_ONE', writeConsistency: 'LOCAL_QUORUM' } }],
      datasets: [{ name: 'timeline', store: 'posts', invariants: ['append-only'], access: { hotKeys: false } }],
    });
    const paths = prompts.map((p) => p.path);
    expect(paths.slice(0, 3)).toEqual(['name', 'description', 'regions']);
    expect(paths.indexOf('datastores[0]')).toBeLessThan(paths.indexOf('datasets[0]'));
    expect(paths).toContain('datastores[1]'); // "Add another data store?" asked, answered no
    // Cassandra has one topology and one replication mode in its profile: neither is asked.
    expect(paths).not.toContain('datastores[0].topology');
    expect(paths).not.toContain('datastores[0].replication');
    // Sections that need something declared first are skipped: no services, so no workflows or consumers.
    expect(paths.some((p) => p.startsWith('workflows') || p.startsWith('consumers'))).toBe(false);
    const engine = prompts.find((p) => p.path === 'datastores[0].engine')!;
    expect(engine.kind).toBe('select');
    expect(engine.choices!.map((c) => c.value)).toContain('cockroachdb');
  });

  it('rejects an invalid answer from the ask function with the path and the question', async () => {
    const { ask } = scripted({ name: 'x', regions: ['aws:us-east-1'], 'requirements.availability': 'very' });
    const error = (await interview({ ...ctx(), ask }).catch((e: unknown) => e)) as AnswerError;
    expect(error).toBeInstanceOf(AnswerError);
    expect(error.path).toBe('requirements.availability');
    expect(error.message).toContain("expected a percentage such as 99.95%, got 'very'");
    expect(error.question).toBe('Availability target per month (e.g. 99.95%)');
  });

  it('refuses a duplicate store name', async () => {
    const { ask } = scripted({
      name: 'x', regions: ['aws:us-east-1'],
      'datastores[0]': true, 'datastores[0].name': 'db', 'datastores[0].engine': 'etcd',
      'datastores[1]': true, 'datastores[1].name': 'db',
    });
    await expect(interview({ ...ctx(), ask })).rejects.toThrow("datastores[1].name: another entry of datastores is already called 'db'");
  });

  it('shows a callee that would close a cycle of calls as disabled, and refuses it', async () => {
    const { ask, prompts } = scripted({
      name: 'x', regions: ['aws:us-east-1'],
      'services[0]': true, 'services[0].name': 'a',
      'services[1]': true, 'services[1].name': 'b',
      'services[2]': true, 'services[2].name': 'c',
      'services[0].calls[0]': true, 'services[0].calls[0].service': 'b',
      'services[1].calls[0]': true, 'services[1].calls[0].service': 'a',
    });
    await expect(interview({ ...ctx(), ask })).rejects.toThrow(/services\[1\]\.calls\[0\]\.service: "a" cannot be chosen here: a already calls b/);
    const callee = prompts.find((p) => p.path === 'services[1].calls[0].service')!;
    expect(callee.choices).toEqual([
      { value: 'a', name: 'a', disabled: 'a already calls b, directly or not: a cycle of calls' },
      { value: 'c', name: 'c' },
    ]);
  });

  it('answers from a file: a missing required answer and an unused one are errors naming the path', async () => {
    const missing = fixtureValues('minimal');
    delete missing['regions'];
    await expect(answersFromValues(missing, ctx())).rejects.toThrow(/^regions: no answer given, and the question has no default \(question: “Regions it runs in”\)$/);
    const typo = { ...fixtureValues('minimal'), datastores: [{ name: 'db', engine: 'postgres', replicaz: 3 }] };
    await expect(answersFromValues(typo, ctx())).rejects.toThrow(/^datastores\[0\]\.replicaz: no question asks for this answer here/);
  });

  it('reads the whole checkout fixture with nothing left over', async () => {
    const answers = await answersFromValues(fixtureValues('checkout'), ctx());
    expect(answers.services?.map((s) => s.calls?.length ?? 0)).toEqual([1, 0, 0]);
    expect(answers.workflows?.[0]?.steps.map((s) => s.name)).toEqual(['create-order', 'charge-card', 'send-receipt']);
  });
});
