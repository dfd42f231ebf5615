/** Topics (before services, which publish to them) and the consumers that handle their messages. */
import { topicEngines } from './kb-choices.js';
import { schemaChoices } from './schema-choices.js';
import { asChoices, items, label, listNames } from './scope-helpers.js';
import { engineSettingQuestions } from './settings-questions.js';
import type { Repeat } from './types.js';
import { uniqueName } from './validators.js';

export const topicSection: Repeat = {
  repeat: 'messaging',
  noun: 'Topic',
  add: 'Add a message topic (Kafka and the like)?',
  more: 'Add another topic?',
  steps: [
    { id: 'name', kind: 'input', message: 'Name of the topic (e.g. order-events)', validate: uniqueName('messaging') },
    { id: 'engine', kind: 'select', resets: ['settings'], message: (s) => `Engine of ${label(s, 'the topic')}`, choices: (s) => topicEngines(s.kb) },
    {
      id: 'delivery',
      kind: 'select',
      message: 'Delivery guarantee to consumers',
      choices: (s) => schemaChoices(s.schema, 'messaging.delivery'),
      default: 'at-least-once',
    },
    { id: 'ordering', kind: 'select', message: 'Ordering guarantee', choices: (s) => schemaChoices(s.schema, 'messaging.ordering'), default: 'per-key' },
    { id: '_advanced', kind: 'confirm', message: 'Set the broker’s own settings yourself (advanced)?', default: (s) => s.item['settings'] !== undefined },
    { expand: (s) => (s.item['_advanced'] === true ? engineSettingQuestions(s) : []) },
  ],
};

export const consumerSection: Repeat = {
  repeat: 'consumers',
  noun: 'Consumer',
  add: 'Add a consumer (a service handling a topic’s messages)?',
  more: 'Add another consumer?',
  when: (s) => listNames(s, 'services').length > 0 && listNames(s, 'messaging').length > 0,
  steps: [
    { id: 'service', kind: 'select', message: 'Consuming service', choices: (s) => asChoices(listNames(s, 'services')) },
    {
      id: 'topic',
      kind: 'select',
      message: (s) => `Topic ${String(s.item['service'])} consumes`,
      choices: (s) => asChoices(listNames(s, 'messaging')),
      validate: (v, s) =>
        items(s, 'consumers').some((c) => c !== s.item && c['service'] === s.item['service'] && c['topic'] === v)
          ? `${String(s.item['service'])} already consumes ${String(v)}`
          : undefined,
    },
    { id: 'idempotent', kind: 'confirm', message: 'Does handling a message twice have the effect of handling it once (idempotent)?', default: false },
  ],
};
