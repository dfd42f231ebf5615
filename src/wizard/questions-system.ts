/** The system itself: its name, its regions and its system-wide requirements. */
import { regionChoices } from './kb-choices.js';
import { schemaChoices } from './schema-choices.js';
import type { Step } from './types.js';
import { atLeast, matches, nonEmpty } from './validators.js';

export const systemQuestions: Step[] = [
  {
    id: 'name',
    kind: 'input',
    message: 'Name of the system',
    validate: (v) => (String(v).trim() === '' ? 'the system needs a name' : undefined),
  },
  { id: 'description', kind: 'input', message: 'What does it do? (one line, optional)', optional: true },
  {
    id: 'regions',
    kind: 'checkbox',
    message: 'Regions it runs in',
    choices: () => regionChoices(),
    validate: nonEmpty('region'),
  },
];

export const requirementQuestions: Step[] = [
  {
    id: 'requirements.availability',
    kind: 'input',
    message: 'Availability target per month (e.g. 99.95%)',
    default: '99.9%',
    optional: true,
    validate: matches('requirements.availability', 'percent'),
  },
  { id: 'requirements.latency.read.p99', kind: 'input', message: 'Read latency target, p99 (e.g. 50ms; empty for none)', optional: true, validate: matches('requirements.latency.read.p99', 'duration') },
  { id: 'requirements.latency.write.p99', kind: 'input', message: 'Write latency target, p99 (e.g. 150ms; empty for none)', optional: true, validate: matches('requirements.latency.write.p99', 'duration') },
  { id: 'requirements.rpo', kind: 'input', message: 'RPO: data loss tolerated on failover (0s for none)', optional: true, validate: matches('requirements.rpo', 'duration') },
  { id: 'requirements.rto', kind: 'input', message: 'RTO: time to recover after a failure (e.g. 60s)', optional: true, validate: matches('requirements.rto', 'duration') },
  { id: 'requirements.tolerate.nodes', kind: 'number', message: 'Node failures to survive while meeting these targets', default: 1, validate: atLeast(0) },
  { id: 'requirements.tolerate.zones', kind: 'number', message: 'Availability-zone failures to survive', default: 1, validate: atLeast(0) },
  { id: 'requirements.tolerate.regions', kind: 'number', message: 'Region failures to survive', default: 0, validate: atLeast(0) },
  {
    id: 'requirements.partitionPreference',
    kind: 'select',
    message: 'When a network partition forces a choice, keep…',
    choices: (s) =>
      schemaChoices(s.schema, 'requirements.partitionPreference', {
        consistency: 'refuse requests rather than return stale or conflicting data',
        availability: 'keep answering on both sides and reconcile afterwards',
      }),
    optional: true,
  },
];
