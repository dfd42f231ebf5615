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
import { DEFAULT_KNOWLEDGE_DIR, hasActiveKnowledge, loadKnowledge, setActiveKnowledge, withUserEngines } from '../knowledge/index.js';
import { MESSAGING_KINDS, type KnowledgeBase } from '../knowledge/types.js';
import { findRegion, knownRegionIds } from '../knowledge/regions.js';
import type { LoadDeps } from './load.js';
import type { ModelContext } from './normalise.js';
import { buildSchema, type JsonSchema, type SchemaInputs } from './schema.js';
import type { ValidateFn } from './validate.js';
import { packageUrl } from '../paths.js';
import { loadWithCodeCache, type LoadedModule } from './code-cache.js';

const BUILD = packageUrl('build/');
export const SCHEMA_FILE = fileURLToPath(new URL('system.schema.json', BUILD));
export const VALIDATOR_FILE = fileURLToPath(new URL('validate-system.cjs', BUILD));
/** V8's compiled code of the validator, made by the build (see code-cache.ts). */
export const VALIDATOR_CACHE_FILE = fileURLToPath(new URL('validate-system.v8cache', BUILD));

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
    if (MESSAGING_KINDS.includes(profile.kind)) {
      messagingEngines.push(id);
      engines[id] = { ...profile.settings, ...TOPIC_SETTINGS };
    }
  }
  const operations: NonNullable<SchemaInputs['operations']> = { reads: {}, writes: {} };
  for (const [id, profile] of [...kb.engines].sort(([a], [b]) => a.localeCompare(b))) {
    for (const kind of ['reads', 'writes'] as const) {
      for (const [name, op] of Object.entries(profile.operations[kind])) (operations[kind][name] ??= []).push(`${id}: ${op.description}`);
    }
  }
  return { engines, messagingEngines: messagingEngines.sort(), partitionBehaviours: [...kb.partitionBehaviours.keys()], operations, regions: knownRegionIds() };
}

const useBuild = (): boolean => !process.env['VITEST'] && !hasActiveKnowledge() && existsSync(SCHEMA_FILE) && existsSync(VALIDATOR_FILE);

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

/**
 * The build's standalone validator. ajv's standalone output is CommonJS (its runtime
 * helpers are required, not imported); it is evaluated with the build's code cache.
 */
export function validatorFromBuild(file: string = VALIDATOR_FILE, cacheFile: string | false = VALIDATOR_CACHE_FILE): { validate: ValidateFn; loaded: LoadedModule } {
  const loaded = loadWithCodeCache(file, cacheFile || undefined);
  const mod = loaded.exports as ValidateFn | { default: ValidateFn };
  return { validate: typeof mod === 'function' ? mod : mod.default, loaded };
}

let validator: ValidateFn | undefined;
export async function systemValidator(): Promise<ValidateFn> {
  if (!validator) {
    if (useBuild()) {
      validator = validatorFromBuild().validate;
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
    engineProfile: (engine) => kb.engines.get(engine),
  };
}

export async function loadDeps(): Promise<LoadDeps> {
  return { context: modelContext(), validate: await systemValidator(), schema: systemSchema() };
}

/**
 * Add a project's own engine profiles (`engines:` in .archcap.yaml) to the knowledge
 * base every later stage uses. The schema then comes from the merged knowledge (compiled
 * at start-up, since the build's validator knows only the built-in engines).
 */
export function useProjectEngines(files: string[]): void {
  if (files.length === 0 && !hasActiveKnowledge()) return;
  setActiveKnowledge(undefined);
  schema = undefined;
  validator = undefined;
  if (files.length === 0) return;
  setActiveKnowledge(withUserEngines(loadKnowledge(DEFAULT_KNOWLEDGE_DIR), files));
}
