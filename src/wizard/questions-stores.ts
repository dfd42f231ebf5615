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

const regionCount = (s: Scope): number => (Array.isArray(s.item['regions']) ? s.item['regions'].length : 1);

/**
 * The engine's usual replica count, raised to 3 for a store spread over regions that
 * needs a majority (consensus, or a single leader elected by one): with 2 a majority
 * is both of them, so losing either stops it.
 */
function replicasDefault(s: Scope): number {
  const p = profile(s);
  const base = p?.defaultReplicas ?? 1;
  const majority = p !== undefined && (p.topology === 'consensus' || p.topology === 'single-leader');
  return majority && !p.replicasPerRegion && regionCount(s) > 1 ? Math.max(base, 3) : base;
}

export const storeSection: Repeat = {
  repeat: 'datastores',
  noun: 'Data store',
  add: 'Add a data store?',
  more: 'Add another data store?',
  steps: [
    { id: 'name', kind: 'input', message: 'Name of the data store (e.g. orders-db)', validate: uniqueName('datastores') },
    { id: 'engine', kind: 'select', resets: ['settings'], message: (s) => `Engine of ${storeLabel(s)}`, choices: (s) => storeEngines(s.kb) },
    {
      id: 'regions',
      kind: 'checkbox',
      message: (s) => `Regions holding replicas of ${storeLabel(s)}`,
      choices: (s) => asChoices(systemRegions(s)),
      default: (s) => systemRegions(s),
      validate: nonEmpty('region'),
    },
    {
      id: 'replicas',
      kind: 'number',
      message: (s) => `Replicas of ${storeLabel(s)}${profile(s)?.replicasPerRegion ? ' in each region' : ', all regions together'}`,
      default: replicasDefault,
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
      choices: (s) =>
        schemaChoices(s.schema, 'datastores.failover', {
          automatic: 'the store elects or promotes a new leader itself',
          external: 'automatic, but decided outside the store (Patroni with etcd, a managed database’s HA)',
          manual: 'an operator promotes a replica (a runbook)',
        }),
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
    {
      id: '_advanced',
      kind: 'confirm',
      message: (s) => `Set ${profile(s)?.name ?? 'the engine'}’s own settings yourself (advanced)? If not, its defaults apply and archcap offers changes when your needs call for them`,
      when: (s) => Object.keys(profile(s)?.settings ?? {}).length > 0,
      default: (s) => s.item['settings'] !== undefined,
    },
    { expand: (s) => (s.item['_advanced'] === true ? engineSettingQuestions(s) : []) },
  ],
};
