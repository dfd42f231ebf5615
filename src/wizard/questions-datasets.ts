/** "Add a data set?": which store holds it, what it must guarantee, and how it is used. */
import { consistencyChoices, invariantChoices, jurisdictionChoices } from './kb-choices.js';
import { schemaChoices } from './schema-choices.js';
import { asChoices, findItem, label, listNames, stringList } from './scope-helpers.js';
import type { Repeat, Scope } from './types.js';
import { matches, uniqueName } from './validators.js';
import { deriveFromNeeds, needChoices } from './needs.js';

const storeRegions = (s: Scope): string[] => stringList(findItem(s, 'datastores', s.item['store'])?.['regions']);
const dsLabel = (s: Scope): string => label(s, 'this data set');

export const datasetSection: Repeat = {
  repeat: 'datasets',
  noun: 'Data set',
  add: 'Add a data set (a table, collection or key space with its own guarantees)?',
  more: 'Add another data set?',
  when: (s) => listNames(s, 'datastores').length > 0,
  steps: [
    { id: 'name', kind: 'input', message: 'Name of the data set (e.g. account-balance)', validate: uniqueName('datasets') },
    { id: 'store', kind: 'select', message: (s) => `Store holding ${dsLabel(s)}`, choices: (s) => asChoices(listNames(s, 'datastores')), default: (s) => listNames(s, 'datastores').at(-1) },
    {
      id: '_needs',
      kind: 'checkbox',
      message: (s) => `What must never happen to ${dsLabel(s)}? (none is fine; archcap derives the guarantees)`,
      choices: needChoices,
      optional: true,
      when: (s) => s.prefill === undefined,
    },
    { derive: (s) => (s.prefill === undefined ? deriveFromNeeds(s) : []) },
    {
      id: '_advanced',
      kind: 'confirm',
      message: 'Choose invariants and the consistency model yourself (advanced)?',
      default: (s) => s.prefill !== undefined,
    },
    {
      id: 'invariants',
      kind: 'checkbox',
      message: (s) => `Invariants ${dsLabel(s)} must keep (none is fine)`,
      choices: invariantChoices,
      optional: true,
      when: (s) => s.item['_advanced'] === true,
    },
    {
      when: (s) => s.item['_advanced'] === true,
      id: 'consistency',
      kind: 'select',
      message: (s) => `Consistency ${dsLabel(s)} needs (none: derived from the invariants)`,
      choices: consistencyChoices,
      optional: true,
    },
    { id: 'access.pattern', kind: 'select', message: 'Dominant access pattern', choices: (s) => schemaChoices(s.schema, 'datasets.access.pattern'), optional: true },
    { id: 'access.reads', kind: 'input', message: 'Peak reads (e.g. 5000/s; empty if unknown)', optional: true, validate: matches('datasets.access.reads', 'rate') },
    { id: 'access.writes', kind: 'input', message: 'Peak writes (e.g. 500/s; empty if unknown)', optional: true, validate: matches('datasets.access.writes', 'rate') },
    { id: 'access.hotKeys', kind: 'confirm', message: 'Do a few keys take a large share of the traffic (hot keys)?', default: false },
    {
      id: 'access.writeRegions',
      kind: 'checkbox',
      message: 'Regions writes come from',
      when: (s) => storeRegions(s).length > 1,
      choices: (s) => asChoices(storeRegions(s)),
      optional: true,
    },
    { id: 'size', kind: 'input', message: 'Size (e.g. 200GB; empty if unknown)', optional: true, validate: matches('datasets.size', 'size') },
    {
      id: 'residency',
      kind: 'checkbox',
      message: 'Jurisdictions the data must stay in (none: anywhere)',
      choices: () => jurisdictionChoices(),
      optional: true,
    },
  ],
};
