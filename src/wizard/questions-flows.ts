/** Multi-step workflows with their compensations, and distributed locks. */
import { schemaChoices } from './schema-choices.js';
import { asChoices, label, listNames } from './scope-helpers.js';
import type { Repeat } from './types.js';
import { matches, uniqueName } from './validators.js';

export const workflowSection: Repeat = {
  repeat: 'workflows',
  noun: 'Workflow',
  add: 'Add a workflow (a multi-step operation across services, such as placing an order)?',
  more: 'Add another workflow?',
  when: (s) => listNames(s, 'services').length > 0,
  steps: [
    { id: 'name', kind: 'input', message: 'Name of the workflow (e.g. place-order)', validate: uniqueName('workflows') },
    {
      id: 'atomicity',
      kind: 'select',
      message: 'If a step fails…',
      choices: (s) =>
        schemaChoices(s.schema, 'workflows.atomicity', {
          'all-or-nothing': 'the earlier steps must be undone',
          'best-effort': 'the earlier steps may stand',
        }),
      default: 'all-or-nothing',
    },
    { id: 'protocol', kind: 'select', message: 'How atomicity is achieved (none: not decided yet)', choices: (s) => schemaChoices(s.schema, 'workflows.protocol'), optional: true },
    {
      repeat: 'steps',
      noun: 'Step',
      add: 'Add a step?',
      more: (s) => `Add another step to ${label(s, 'the workflow')}?`,
      min: 1,
      steps: [
        { id: 'name', kind: 'input', message: 'Name of the step (e.g. charge-card)', validate: matches('workflows.steps.name', 'name') },
        { id: 'service', kind: 'select', message: 'Service that runs it', choices: (s) => asChoices(listNames(s, 'services')) },
        { id: 'external', kind: 'confirm', message: 'Does it call a system outside yours (a card network, an e-mail provider)?', default: false },
        { id: 'compensation', kind: 'input', message: 'Action that undoes it (e.g. refund; empty if it cannot be undone)', optional: true },
      ],
    },
  ],
};

export const lockSection: Repeat = {
  repeat: 'locks',
  noun: 'Lock',
  add: 'Add a distributed lock?',
  more: 'Add another lock?',
  when: (s) => listNames(s, 'datastores').length > 0,
  steps: [
    { id: 'name', kind: 'input', message: 'Name of the lock (e.g. stock-lock)', validate: uniqueName('locks') },
    { id: 'store', kind: 'select', message: 'Store holding the lock', choices: (s) => asChoices(listNames(s, 'datastores')) },
    { id: 'guards', kind: 'select', message: 'Data set it protects (none: not a data set)', when: (s) => listNames(s, 'datasets').length > 0, choices: (s) => asChoices(listNames(s, 'datasets')), optional: true },
    { id: 'leaseTtl', kind: 'input', message: 'Lease length (e.g. 30s; empty for none)', optional: true, default: '30s', validate: matches('locks.leaseTtl', 'duration') },
    { id: 'fencing', kind: 'confirm', message: 'Does the protected resource check a fencing token on every write?', default: false },
    {
      id: 'purpose',
      kind: 'select',
      message: 'What happens if two holders act at once?',
      choices: (s) =>
        schemaChoices(s.schema, 'locks.purpose', { correctness: 'data is corrupted', efficiency: 'work is only done twice' }),
      default: 'correctness',
    },
    { id: 'algorithm', kind: 'select', message: 'How the lock is implemented', choices: (s) => schemaChoices(s.schema, 'locks.algorithm'), default: 'single-instance' },
  ],
};
