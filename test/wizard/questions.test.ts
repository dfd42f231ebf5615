import { describe, expect, it } from 'vitest';
import { engineSettingQuestions, settingQuestion } from '../../src/wizard/settings-questions.js';
import { engineReplications, engineTopologies, storeEngines, topicEngines } from '../../src/wizard/kb-choices.js';
import { promptFor } from '../../src/wizard/prompt.js';
import { schemaChoices } from '../../src/wizard/schema-choices.js';
import type { Question, Scope } from '../../src/wizard/types.js';
import { ctx } from './helpers.js';

const scopeFor = (item: Record<string, unknown>): Scope => ({ ...ctx(), answers: { regions: ['aws:us-east-1'] }, item, parents: [], index: 0 });

describe('question data from the knowledge base', () => {
  it('offers, for every engine setting, exactly the values the knowledge base accepts, with its default', () => {
    const { kb } = ctx();
    let checked = 0;
    for (const [id, profile] of kb.engines) {
      const questions = engineSettingQuestions(scopeFor({ engine: id })) as Question[];
      expect(questions.map((q) => q.id)).toEqual(Object.keys(profile.settings).map((n) => `settings.${n}`));
      for (const [name, spec] of Object.entries(profile.settings)) {
        const prompt = promptFor(settingQuestion(name, spec), scopeFor({ engine: id }), `datastores[0].settings.${name}`);
        if (spec.type === 'enum') {
          expect(prompt.kind).toBe('select');
          expect(prompt.choices!.map((c) => c.value)).toEqual(spec.values);
          for (const c of prompt.choices!) expect(spec.values).toContain(c.value);
          expect(prompt.check(spec.values![0])).toBeUndefined();
          expect(prompt.check('NOT-A-VALUE')).toMatch(/is not one of the accepted values/);
        } else {
          expect(prompt.kind).toBe(spec.type === 'boolean' ? 'confirm' : 'number');
        }
        if (spec.default !== undefined) expect(prompt.check(prompt.default)).toBeUndefined();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('offers Cassandra its consistency levels and Kafka its acks', () => {
    const cassandra = engineSettingQuestions(scopeFor({ engine: 'cassandra' })) as Question[];
    const read = promptFor(cassandra[0]!, scopeFor({ engine: 'cassandra' }), 'x');
    expect(read.choices!.map((c) => c.value)).toContain('LOCAL_QUORUM');
    expect(read.default).toBe('ONE');
    const kafka = engineSettingQuestions(scopeFor({ engine: 'kafka' })) as Question[];
    const acks = promptFor(kafka.find((q) => q.id === 'settings.acks')!, scopeFor({ engine: 'kafka' }), 'x');
    expect(acks.choices!.map((c) => String(c.value))).toEqual(['0', '1', 'all']);
  });

  it('separates store engines from topic engines', () => {
    const { kb } = ctx();
    const stores = storeEngines(kb).map((c) => c.value);
    expect(stores).toContain('cassandra');
    expect(stores).not.toContain('kafka');
    expect(stores).not.toContain('sqs');
    expect(topicEngines(kb).map((c) => c.value)).toEqual(expect.arrayContaining(['kafka', 'rabbitmq', 'sqs', 'pubsub', 'nats-jetstream']));
  });

  it('asks for a topology or replication mode only where the engine profile tells them apart', () => {
    const { kb } = ctx();
    expect(engineTopologies(kb.engines.get('postgres')!)).toEqual(['single-leader', 'multi-leader']);
    expect(engineReplications(kb.engines.get('postgres')!)).toEqual(['async', 'semi-sync', 'sync']);
    expect(engineTopologies(kb.engines.get('cassandra')!)).toEqual(['leaderless']);
    expect(engineReplications(kb.engines.get('etcd')!)).toEqual(['consensus']);
  });

  it('takes fixed vocabularies from the system schema', () => {
    const { schema } = ctx();
    expect(schemaChoices(schema, 'services.publishes.via').map((c) => c.value)).toEqual(['outbox', 'cdc', 'direct']);
    expect(schemaChoices(schema, 'services.calls.retries.jitter').map((c) => c.value)).toEqual(['none', 'full', 'equal', 'decorrelated']);
    expect(schemaChoices(schema, 'requirements.partitionPreference').map((c) => c.value)).toEqual(['consistency', 'availability']);
    expect(() => schemaChoices(schema, 'datastores.name')).toThrow(/no list of values/);
  });
});
