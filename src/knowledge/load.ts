/**
 * Loads rules/knowledge/ (engines/*.yaml, consistency-models.yaml, invariants.yaml),
 * validates every file's shape and caches the result per directory. Synchronous on
 * purpose: the knowledge base is small and every command needs it first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { computeClosure } from './hierarchy.js';
import { parseEngine } from './parse-engine.js';
import { parseInvariants, parseModels } from './parse-models.js';
import { KnowledgeError } from './shape.js';
import type { EngineProfile, KnowledgeBase } from './types.js';

/** rules/knowledge beside src/ (tests) or dist/ (the built CLI): both are two levels below the package root. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../rules/knowledge', import.meta.url));

const cache = new Map<string, KnowledgeBase>();

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KnowledgeError(file, `cannot read the file (${(error as Error).message})`);
  }
  try {
    return parse(text);
  } catch (error) {
    throw new KnowledgeError(file, `invalid YAML: ${(error as Error).message}`);
  }
}

function loadEngines(dir: string, behaviours: Map<string, string>): Map<string, EngineProfile> {
  const engineDir = join(dir, 'engines');
  let names: string[];
  try {
    names = readdirSync(engineDir).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    throw new KnowledgeError(engineDir, 'the engines folder is missing');
  }
  const engines = new Map<string, EngineProfile>();
  for (const name of names) {
    const file = join(engineDir, name);
    const profile = parseEngine(readYaml(file), file, behaviours);
    if (`${profile.id}.yaml` !== name) throw new KnowledgeError(file, `id "${profile.id}" does not match the file name`);
    engines.set(profile.id, profile);
  }
  return engines;
}

export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const cached = cache.get(dir);
  if (cached) return cached;
  const modelsFile = join(dir, 'consistency-models.yaml');
  const parsed = parseModels(readYaml(modelsFile), modelsFile);
  let closure;
  try {
    closure = computeClosure(parsed.models);
  } catch (error) {
    throw new KnowledgeError(modelsFile, (error as Error).message);
  }
  const invariantsFile = join(dir, 'invariants.yaml');
  const inv = parseInvariants(readYaml(invariantsFile), invariantsFile);
  const kb: KnowledgeBase = {
    dir,
    engines: loadEngines(dir, parsed.partitionBehaviours),
    models: parsed.models,
    closure,
    invariants: inv.invariants,
    partitionBehaviours: parsed.partitionBehaviours,
    sources: { ...parsed.sources, ...inv.sources },
  };
  cache.set(dir, kb);
  return kb;
}

/** Forget cached knowledge (tests that write their own knowledge folders). */
export function clearKnowledgeCache(): void {
  cache.clear();
}
