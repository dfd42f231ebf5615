/**
 * The whole interview, in order, in sections (each with a title for the progress line
 * and the summary screen). Topics come before services and calls after all services,
 * so every choice lists things already declared and no answer refers forward.
 */
import { datasetSection } from './questions-datasets.js';
import { lockSection, workflowSection } from './questions-flows.js';
import { consumerSection, topicSection } from './questions-messaging.js';
import { callSection, serviceSection } from './questions-services.js';
import { storeSection } from './questions-stores.js';
import { requirementQuestions, systemQuestions } from './questions-system.js';
import { oneLine } from './prompt.js';
import type { Draft, Section, Step } from './types.js';

const list = (key: string, title: string, steps: Step[]): Section => ({ section: key, title, keys: [key], steps });

export const INTERVIEW: readonly Step[] = [
  { section: 'system', title: 'The system and its regions', keys: ['name', 'description', 'regions'], steps: systemQuestions },
  {
    section: 'requirements',
    title: 'Requirements',
    keys: ['requirements'],
    review: (p: Draft) => (typeof p['requirements'] === 'object' && p['requirements'] !== null ? oneLine(p['requirements'] as Draft, []) : undefined),
    steps: requirementQuestions,
  },
  list('datastores', 'Data stores', [storeSection]),
  list('datasets', 'Data sets', [datasetSection]),
  list('messaging', 'Topics', [topicSection]),
  list('services', 'Services and their calls', [serviceSection, callSection]),
  list('workflows', 'Workflows', [workflowSection]),
  list('locks', 'Locks', [lockSection]),
  list('consumers', 'Consumers', [consumerSection]),
];
