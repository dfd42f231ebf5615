/** "Add a data store?": engine, placement, replication and the engine's own settings. */
import type { EngineProfile } from '../knowledge/types.js';
import { engineAsksFailover, engineReplications, engineTopologies, storeEngines } from './kb-choices.js';
import { schemaChoices } from './schema-choices.js';
import { engineSettingQuestions } from './settings-questions.js';
import { asChoices, label, systemRegions } from './scope-helpers.js';
import type { Repeat, Scope } from './types.js';
import { atLeast, nonEmpty, uniqueName } from './validators.js';

const profile = (s: Scope): EngineProfile | undefined => s.kb.engines.get(String(s.item['engine']));
const storeLabel = (s: Scope): string => label(s, 'this store');

export const storeSection: Repeat = {
  repeat: 'datastores',
  add: 'Add a data store?',
  more: 'Add another data store?',
  steps: [
    { id: 'name', kind: 'input', message: 'Name of the data store (e.g. orders-db)', validate: uniqueName('datastores') },
    { id: 'engine', kind: 'select', message: (s) => `Engine of ${storeLabel(s)}`, choices: (s) => storeEngines(s.kb) },
    {
      id: 'regions',
      kind: 'checkbox',
      message: (s) => `Regions holding replicas of ${storeLabel(s)}`,
      choices: (s) => asChoices(systemRegions(s)),
      default: (s) => systemRegions(s).slice(0, 1),
      validate: nonEmpty('region'),
    },
    {
      id: 'replicas',
      kind: 'number',
      message: (s) => `Replicas of ${storeLabel(s)}${profile(s)?.replicasPerRegion ? ' in each region' : ', all regions together'}`,
      default: (s) => profile(s)?.defaultReplicas ?? 1,
      validate: atLeast(1),
    },
    {
      id: 'topology',
      kind: 'select',
      message: (s) => `Topology of ${storeLabel(s)} (who accepts writes)`,
      when: (s) => (profile(s) ? engineTopologies(profile(s)!).length > 1 : false),
      choices: (s) => asChoices(engineTopologies(profile(s)!)),
      default: (s) => profile(s)?.topology,
    },
    {
      id: 'replication',
      kind: 'select',
      message: (s) => `How writes reach the replicas of ${storeLabel(s)}`,
      when: (s) => (profile(s) ? engineReplications(profile(s)!).length > 1 && Number(s.item['replicas']) > 1 : false),
      choices: (s) => asChoices(engineReplications(profile(s)!)),
      default: (s) => profile(s)?.replication,
    },
    {
      id: 'failover',
      kind: 'select',
      message: (s) => `Failover of ${storeLabel(s)} when the leader fails`,
      when: (s) => (profile(s) ? engineAsksFailover(profile(s)!) && Number(s.item['replicas']) > 1 && (s.item['topology'] ?? profile(s)?.topology) === 'single-leader' : false),
      choices: (s) => schemaChoices(s.schema, 'datastores.failover'),
      default: 'automatic',
    },
    {
      id: 'conflictResolution',
      kind: 'select',
      message: (s) => `How ${storeLabel(s)} reconciles concurrent writes to one key`,
      when: (s) => s.item['topology'] === 'multi-leader',
      choices: (s) => schemaChoices(s.schema, 'datastores.conflictResolution'),
      default: 'lww',
    },
    { expand: engineSettingQuestions },
  ],
};
