// The knowledge base: loading (rules/knowledge/*.yaml) and queries.
export * from './types.js';
export { loadKnowledge, clearKnowledgeCache, setActiveKnowledge, hasActiveKnowledge, writeKnowledgeSnapshot, DEFAULT_KNOWLEDGE_DIR, DEFAULT_SNAPSHOT_FILE } from './load.js';
export { KnowledgeError } from './shape.js';
export { MODEL_NAMES, INVARIANT_NAMES } from './parse-models.js';
export {
  getEngine, engineIds, engineSettings, satisfies, strongestCommon, weakestSatisfyingAll,
  availabilityClass, invariantInfo, requiredModelFor,
  type EngineSettingSpec, type RequiredModel,
} from './queries.js';
export { loadEngineFile, withUserEngines, engineProfileSchema, ENGINE_PROFILE_SCHEMA_FILE } from './user-engines.js';
