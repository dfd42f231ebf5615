/**
 * A project's own engine profiles (`engines:` in .archcap.yaml): the same format as
 * rules/knowledge/engines/*.yaml, checked first against the published JSON Schema
 * (schema/engine-profile.schema.json) and then by the same parser as the built-in
 * profiles. Every problem is an InputError with file:line:col.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { decodeText, locateIn, parseYaml } from '../model/source.js';
import { CUSTOM_ENGINE } from '../model/types.js';
import { schemaDiagnostics, type SchemaError } from '../model/validate.js';
import { parseEngine } from './parse-engine.js';
import { KnowledgeError } from './shape.js';
import type { EngineProfile, KnowledgeBase } from './types.js';
import { packagePath } from '../paths.js';

export const ENGINE_PROFILE_SCHEMA_FILE = packagePath('schema/engine-profile.schema.json');

type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
let validate: Validate | undefined;
let schema: Record<string, unknown> | undefined;

export function engineProfileSchema(): Record<string, unknown> {
  schema ??= JSON.parse(readFileSync(ENGINE_PROFILE_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  return schema;
}

function validator(): Validate {
  if (!validate) {
    // Loaded here, not at start-up: only a project with its own profile files needs ajv.
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validate = new Ajv({ allErrors: true, strict: false }).compile(engineProfileSchema()) as unknown as Validate;
  }
  return validate;
}

/** One profile file, validated against the schema and the knowledge base it joins. */
export function loadEngineFile(file: string, kb: KnowledgeBase): EngineProfile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw InputError.at('unreadable', file, `cannot read engine profile: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const { value, positions } = parseYaml(file, decodeText(file, bytes));
  const check = validator();
  if (!check(value)) {
    throw new InputError(schemaDiagnostics(file, check.errors ?? [], positions, value, engineProfileSchema()).map((d) => ({ ...d, code: 'invalid-engine-profile' })));
  }
  const at = (where: string, message: string): InputError => {
    const p = locateIn(positions, where);
    return InputError.at('invalid-engine-profile', file, `${where ? `${where}: ` : ''}${message}`, p.line, p.column, where);
  };
  let profile: EngineProfile;
  try {
    profile = parseEngine(value, file, kb.partitionBehaviours);
  } catch (error) {
    if (error instanceof KnowledgeError) throw at(error.where ?? '', error.detail);
    throw error;
  }
  if (profile.id === CUSTOM_ENGINE) throw at('id', `'${CUSTOM_ENGINE}' is reserved for engines declared inline; choose another id`);
  if (kb.engines.has(profile.id)) throw at('id', `'${profile.id}' is a built-in profile; give your profile its own id (e.g. '${profile.id}-inhouse')`);
  return profile;
}

/** The knowledge base with the project's profiles added (ids must be new). */
export function withUserEngines(kb: KnowledgeBase, files: string[]): KnowledgeBase {
  const engines = new Map(kb.engines);
  for (const file of files) {
    const profile = loadEngineFile(file, kb);
    if (engines.has(profile.id)) throw InputError.at('invalid-engine-profile', file, `id '${profile.id}' is defined twice (also in ${engines.get(profile.id)!.file})`);
    engines.set(profile.id, profile);
  }
  return { ...kb, engines };
}
