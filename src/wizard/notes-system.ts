/** Comments on the file as a whole, its sections and the system-wide requirements. */
import { schemaModeline, schemaReference } from '../model/schema-file.js';
import type { SystemModel } from '../model/types.js';
import type { Segment } from './paths.js';
import type { Where } from './yaml-notes.js';

export interface Note {
  path: Segment[];
  text: string;
  where: Where;
}

/** The first line: points yaml-language-server at the schema archcap ships, relative to the written file. */
export function headerNote(model: SystemModel, file: string, schemaRef: string = schemaReference(file)): Note {
  const title = model.description ? `${model.name}: ${model.description}` : model.name;
  return {
    path: [],
    where: 'before',
    text: [
      schemaModeline(schemaRef),
      '',
      title,
      '',
      `Written by \`archcap init\`; the file is yours now. Check it with \`archcap analyze ${file}\` or \`archcap lint ${file}\`. For completion in editors, write the schema beside it once: \`archcap schema > archcap.schema.json\`.`,
      'Units: durations 250ms, 2s, 5m; rates 500/s; sizes 200GB; percentages 99.95%.',
    ].join('\n'),
  };
}

export const SECTION_NOTES: Record<string, string> = {
  regions: 'Regions the system runs in; stores and services below use some or all of them.',
  requirements: 'System-wide targets. Every finding is measured against these; a data set or service may override them.',
  datastores: 'Data stores: where data lives, how many copies there are, and how writes reach them. The comment above each store is what archcap makes of it as configured.',
  datasets: 'Data sets: what each needs. `consistency` is the model it needs; without it archcap derives one from the invariants.',
  messaging: 'Topics: what the broker promises about delivery and order.',
  services: 'Services: where they run, what they call (with timeouts and retries), read, write and publish.',
  workflows: 'Workflows: operations across services. A step’s compensation undoes it when a later step fails.',
  locks: 'Distributed locks: what they guard and what stops a holder whose lease ran out.',
  consumers: 'Consumers: who handles each topic’s messages, and whether handling one twice is harmless.',
};

export const sectionNotes = (model: SystemModel): Note[] =>
  Object.entries(SECTION_NOTES)
    .filter(([key]) => key === 'requirements' || (model[key as keyof SystemModel] as unknown[] | undefined)?.length)
    .map(([key, text]) => ({ path: [key], text, where: 'before' as const }));

function downtime(availability: number): string {
  const minutes = (1 - availability) * 30 * 24 * 60;
  return minutes >= 120 ? `${(minutes / 60).toFixed(1)} hours` : minutes >= 1 ? `${minutes.toFixed(1)} minutes` : `${Math.round(minutes * 60)} seconds`;
}

export function requirementNotes(model: SystemModel): Note[] {
  const r = model.requirements;
  const notes: Note[] = [];
  const at = (key: string, text: string, where: Where = 'after'): void => void notes.push({ path: ['requirements', key], text, where });
  if (r.availability !== undefined) at('availability', `at most ${downtime(r.availability)} of downtime in a 30-day month`);
  if (r.rpo === 0) at('rpo', 'no acknowledged write may be lost: needs synchronous or consensus replication');
  if (r.tolerate.regions > 0) {
    at('tolerate', 'Surviving the loss of a region with a majority quorum needs replicas in at least three regions (two would each hold only half).', 'before');
  }
  if (r.partitionPreference === 'consistency') at('partitionPreference', 'on a partition, refuse requests rather than serve stale or conflicting data');
  if (r.partitionPreference === 'availability') at('partitionPreference', 'on a partition, keep serving on both sides and reconcile afterwards');
  return notes;
}
