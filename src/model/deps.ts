/**
 * What loading a system description needs from the rest of archcap: the
 * schema (built from the knowledge base), its compiled validator, and the
 * region/engine look-ups for normalisation. The build writes the schema and a
 * standalone validator to build/; compiling the schema at start-up would cost
 * hundreds of milliseconds, so that is only the fallback (and what tests use,
 * so that schema edits count without a rebuild).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv } from 'ajv';
import { loadKnowledge } from '../knowledge/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { findRegion, knownRegionIds } from '../knowledge/regions.js';
import type { LoadDeps } from './load.js';
import type { ModelContext } from './normalise.js';
import { buildSchema, type JsonSchema, type SchemaInputs } from './schema.js';
import type { ValidateFn } from './validate.js';

const BUILD = new URL('../../build/', import.meta.url);
export const SCHEMA_FILE = fileURLToPath(new URL('system.schema.json', BUILD));
export const VALIDATOR_FILE = fileURLToPath(new URL('validate-system.cjs', BUILD));

/** Extra settings a topic accepts beside its engine's own. */
const TOPIC_SETTINGS = {
  replicas: { type: 'integer' as const, minimum: 1, description: 'Replication factor of the topic.' },
  partitions: { type: 'integer' as const, minimum: 1, description: 'Partitions of the topic.' },
};

export function schemaInputs(kb: KnowledgeBase): SchemaInputs {
  const engines: SchemaInputs['engines'] = {};
  const messagingEngines: string[] = [];
  for (const [id, profile] of kb.engines) {
    engines[id] = profile.settings;
    if (profile.kind === 'log') {
      messagingEngines.push(id);
      engines[id] = { ...profile.settings, ...TOPIC_SETTINGS };
    }
  }
  return { engines, messagingEngines: messagingEngines.sort() };
}

const useBuild = (): boolean => !process.env['VITEST'] && existsSync(SCHEMA_FILE) && existsSync(VALIDATOR_FILE);

let schema: JsonSchema | undefined;
export function systemSchema(): JsonSchema {
  schema ??= useBuild() ? (JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema) : buildSchema(schemaInputs(loadKnowledge()));
  return schema;
}

export function compileValidator(s: JsonSchema, options: { code?: { source: boolean; esm?: boolean } } = {}): { ajv: Ajv; validate: ValidateFn } {
  // Loaded here, not at start-up: with the build's standalone validator no run needs it.
  const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  const ajv = new AjvClass({ allErrors: true, strict: false, ...options });
  return { ajv, validate: ajv.compile(s) as unknown as ValidateFn };
}

let validator: ValidateFn | undefined;
export async function systemValidator(): Promise<ValidateFn> {
  if (!validator) {
    if (useBuild()) {
      // ajv's standalone output is CommonJS (its runtime helpers are required, not imported).
      const mod = createRequire(import.meta.url)(VALIDATOR_FILE) as ValidateFn | { default: ValidateFn };
      validator = typeof mod === 'function' ? mod : mod.default;
    } else {
      validator = compileValidator(systemSchema()).validate;
    }
  }
  return validator;
}

export function modelContext(kb: KnowledgeBase = loadKnowledge()): ModelContext {
  return {
    findRegion: (id) => {
      const r = findRegion(id);
      return r ? { id: r.id, name: r.name, location: r.location, jurisdictions: r.jurisdictions, ...(r.provider ? { provider: r.provider } : {}) } : undefined;
    },
    knownRegionIds,
    engineDefaults: (engine) => {
      const profile = kb.engines.get(engine);
      return { replicasPerRegion: profile?.replicasPerRegion ?? false, replicas: profile?.defaultReplicas ?? 1 };
    },
  };
}

export async function loadDeps(): Promise<LoadDeps> {
  return { context: modelContext(), validate: await systemValidator(), schema: systemSchema() };
}
