import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSystemText } from '../../src/model/load.js';
import { AnswerError, buildSystemYaml, type Answers } from '../../src/wizard/index.js';
import { testDeps } from '../helpers/deps.js';
import { ctx, fixtureAnswers } from './helpers.js';

const build = async (answers: Answers): Promise<string> => buildSystemYaml(answers, { deps: await testDeps(), kb: ctx().kb });

describe('building the system YAML from answers', () => {
  it('writes a file that loads and normalises to the answered values', async () => {
    const yaml = await build(await fixtureAnswers('checkout'));
    const { model } = loadSystemText('system.yaml', yaml, await testDeps());
    expect(model.name).toBe('checkout');
    expect(model.regions.map((r) => r.id)).toEqual(['aws:us-east-1', 'aws:eu-west-1']);
    expect(model.requirements).toMatchObject({ availability: 0.9995, rpo: 0, rto: 60_000, latency: { read: { p99: 50 }, write: { p99: 300 } }, partitionPreference: 'consistency' });
    const sessions = model.datastores.find((d) => d.name === 'sessions')!;
    expect(sessions).toMatchObject({ engine: 'cassandra', replicas: 6, placement: { 'aws:us-east-1': 3, 'aws:eu-west-1': 3 }, settings: { readConsistency: 'LOCAL_ONE', writeConsistency: 'LOCAL_QUORUM' } });
    expect(model.datastores[0]!.settings['synchronousCommit']).toBe('on');
    const call = model.services[0]!.calls[0]!;
    expect(call).toMatchObject({ service: 'payment-service', timeout: 2000, retries: { attempts: 3, backoff: 'exponential', jitter: 'none' }, idempotent: false });
    expect(model.services[0]!.publishes).toEqual([{ path: 'services[0].publishes[0]', topic: 'order-events', via: 'direct' }]);
    expect(model.workflows[0]!.steps.map((s) => s.compensation)).toEqual(['cancel-order', undefined, undefined]);
    expect(model.locks[0]).toMatchObject({ store: 'sessions', guards: 'orders', leaseTtl: 30_000, fencing: false });
    expect(model.consumers).toEqual([{ path: 'consumers[0]', service: 'email-service', topic: 'order-events', idempotent: false }]);
  });

  it('starts with the yaml-language-server schema line and explains the non-obvious choices in comments', async () => {
    const yaml = await build(await fixtureAnswers('checkout'));
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S*schema\/system\.schema\.json$/);
    // The Cassandra store: the classification's own explanation of R + W <= RF, above the store.
    expect(yaml).toMatch(/# As configured: PA\/EL \(AP\), eventual;[^\n]*\n +# Writes at LOCAL_QUORUM and reads at LOCAL_ONE need not touch a common replica \(R \+ W\n +# <= RF\)[\s\S]*?\n {2}- name: sessions/);
    expect(yaml).toMatch(/# Needs read-your-writes; sessions gives eventual: NOT met/);
    expect(yaml).toMatch(/availability: 99\.95% # at most 21\.6 minutes of downtime in a 30-day month/);
    expect(yaml).toMatch(/# no acknowledged write may be lost: needs synchronous or consensus replication\n {2}rpo: 0s/);
    expect(yaml).toMatch(/replicas: 3 # per region: 2 regions hold 6 copies in all/);
    expect(yaml).toMatch(/# retried but not idempotent and without an idempotency key[\s\S]*?\n {6}- service: payment-service/);
    expect(yaml).toMatch(/# no compensation: if a later step fails, charge-card cannot be undone\.\n {6}- \{ name: charge-card/);
    expect(yaml).toMatch(/# at-least-once delivery: email-service will see some messages of order-events twice\./);
    for (const section of ['regions', 'requirements', 'datastores', 'datasets', 'messaging', 'services', 'workflows', 'locks', 'consumers']) {
      expect(yaml).toMatch(new RegExp(`\\n\\n# [^\\n]+\\n(# [^\\n]+\\n)*${section}:`));
    }
  });

  it('escapes a free-text name with quotes, a colon and spaces, and leaves empty sections out', async () => {
    const yaml = await build(await fixtureAnswers('minimal'));
    expect(yaml).toContain('name: "Bob\'s \\"tiny\\" shop: v2"');
    expect((parse(yaml) as { name: string }).name).toBe('Bob\'s "tiny" shop: v2');
    const { model } = loadSystemText('system.yaml', yaml, await testDeps());
    expect(model.name).toBe('Bob\'s "tiny" shop: v2');
    expect(Object.keys(parse(yaml) as object)).toEqual(['version', 'name', 'regions', 'requirements']);
  });

  it('quotes strings that YAML 1.1 tools would read as booleans', async () => {
    const answers: Answers = { name: 'on', regions: ['aws:us-east-1'], datastores: [{ name: 'db', engine: 'postgres', regions: ['aws:us-east-1'], settings: { synchronousCommit: 'off' } }] };
    const yaml = await build(answers);
    expect(yaml).toContain('name: "on"');
    expect(yaml).toContain('synchronousCommit: "off"');
  });

  it('names the path of an answer that makes the system invalid', async () => {
    const answers: Answers = { name: 'x', regions: ['aws:us-east-1'], datasets: [{ name: 'd', store: 'missing' }] };
    const error = await build(answers).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerError);
    expect((error as AnswerError).path).toBe('datasets[0].store');
    expect((error as AnswerError).message).toContain("unknown datastore 'missing'");
  });
});
