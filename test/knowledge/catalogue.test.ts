/**
 * The engine catalogue: every profile is complete enough to be trusted. It fails when a
 * profile lacks sources, a setting lacks its meaning or source, a profile does not match
 * the published JSON Schema, or no literature configuration shows a setting flipping
 * the profile's classification.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classifyDatastore, type StoreClassification } from '../../src/analysis/classify-store.js';
import { DEFAULT_KNOWLEDGE_DIR, engineProfileSchema, loadKnowledge, type EngineProfile } from '../../src/knowledge/index.js';
import type { Datastore } from '../../src/model/types.js';
import { LITERATURE, type LiteratureRow } from '../literature/configurations.js';

const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { snapshot: false });
const profiles = [...kb.engines.values()];

function storeFor(row: LiteratureRow, settings: Datastore['settings']): Datastore {
  return {
    name: 'catalogue', path: 'datastores[0]', engine: row.engine,
    regions: row.config.regions ?? ['aws:us-east-1'],
    replicas: row.config.replicas ?? kb.engines.get(row.engine)?.defaultReplicas ?? 3,
    placement: row.config.placement ?? {},
    settings,
    ...(row.config.topology ? { topology: row.config.topology } : {}),
    ...(row.config.failover ? { failover: row.config.failover } : {}),
  };
}

const classOf = (c: StoreClassification): string => `${c.pacelc} ${c.cap} ${c.consistency} lost=${c.onPartition.ackedWritesLostOnFailover}`;

/**
 * The row's classification differs from the same placement with every setting at its
 * default (engine settings, and the store-level `topology` and `failover` keys, which
 * are settings of the YAML too: VoltDB and NDB decide only by topology).
 */
function flipsWithASetting(row: LiteratureRow): boolean {
  // A data set's own reads/writes (or regions) that give it another model than its store's row.
  if (row.dataset && row.dataset.consistency !== row.consistency) return true;
  const settings = row.config.settings ?? {};
  if (Object.keys(settings).length === 0 && !row.config.topology && !row.config.failover) return false;
  const plain = { ...row, config: { ...row.config, topology: undefined, failover: undefined } };
  return classOf(classifyDatastore(storeFor(row, settings), kb)) !== classOf(classifyDatastore(storeFor(plain, {}), kb));
}

/** What the catalogue asks of one profile; each entry is a problem (empty: complete). */
function catalogueProblems(p: EngineProfile, rows: LiteratureRow[]): string[] {
  const problems: string[] = [];
  if (Object.keys(p.references).length < 2) problems.push(`${p.id}: fewer than two sources`);
  for (const [key, citation] of Object.entries(p.references)) if (citation.trim().length <= 15) problems.push(`${p.id}: source ${key} is not a citation`);
  for (const [name, s] of Object.entries(p.settings)) {
    if (s.description.trim().length <= 15) problems.push(`${p.id}: setting ${name} has no real description`);
    if (s.source.trim().length <= 2) problems.push(`${p.id}: setting ${name} names no source`);
  }
  const own = rows.filter((r) => r.engine === p.id);
  if (own.length === 0) problems.push(`${p.id}: no literature configuration`);
  else if (!own.some(flipsWithASetting)) problems.push(`${p.id}: no literature configuration whose class flips with a setting`);
  return problems;
}

describe('the engine catalogue', () => {
  it.each(profiles.map((p) => [p.id, p] as const))('%s has sources, described settings and a literature row a setting flips', (_id, p) => {
    expect(catalogueProblems(p, LITERATURE)).toEqual([]);
  });

  it('reports a profile without sources, setting descriptions or a flipping literature row', () => {
    const sqs = kb.engines.get('sqs')!;
    const broken: EngineProfile = {
      ...sqs,
      references: { only: 'AWS' },
      settings: { queueType: { ...sqs.settings['queueType']!, description: 'type', source: '' } },
    };
    const defaultOnly = LITERATURE.filter((r) => r.engine === 'sqs' && !r.config.settings);
    expect(catalogueProblems(broken, defaultOnly)).toEqual([
      'sqs: fewer than two sources',
      'sqs: source only is not a citation',
      'sqs: setting queueType has no real description',
      'sqs: setting queueType names no source',
      'sqs: no literature configuration whose class flips with a setting',
    ]);
    expect(catalogueProblems(sqs, [])).toEqual(['sqs: no literature configuration']);
  });

  it('has at least ten brokers and queues, each stating what its consumers get', () => {
    const brokers = profiles.filter((p) => p.kind === 'log' || p.kind === 'queue');
    expect(brokers.length).toBeGreaterThanOrEqual(10);
    for (const b of brokers) for (const r of b.rules) expect({ ...b.base, ...r.gives }.messaging, `${b.id}/${r.id}`).toBeDefined();
  });

  it('matches the published JSON Schema for profile files, file by file', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(engineProfileSchema());
    for (const p of profiles) {
      const ok = validate(parse(readFileSync(p.file, 'utf8')));
      expect(ok, `${p.file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });
});
