/**
 * The whole interview, in order. Topics come before services and calls after all
 * services, so every choice lists things already declared and no answer refers forward.
 */
import { datasetSection } from './questions-datasets.js';
import { lockSection, workflowSection } from './questions-flows.js';
import { consumerSection, topicSection } from './questions-messaging.js';
import { callSection, serviceSection } from './questions-services.js';
import { storeSection } from './questions-stores.js';
import { systemQuestions } from './questions-system.js';
import type { Step } from './types.js';

export const INTERVIEW: readonly Step[] = [
  ...systemQuestions,
  storeSection,
  datasetSection,
  topicSection,
  serviceSection,
  callSection,
  workflowSection,
  lockSection,
  consumerSection,
];
