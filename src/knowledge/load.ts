/**
 * Loads rules/knowledge/ (engines/*.yaml, consistency-models.yaml, invariants.yaml),
 * validates every file's shape and caches the result per directory. Synchronous on
 * purpose: the knowledge base is small and every command needs it first.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { computeClosure } from './hierarchy.js';
import { parseEngine } from './parse-engine.js';
import { parseInvariants, parseModels } from './parse-models.js';
import { KnowledgeError } from './shape.js';
import { hashFiles, readSnapshot, toSnapshot } from './snapshot.js';
import type { EngineProfile, KnowledgeBase } from './types.js';
import { packagePath } from '../paths.js';

/** rules/knowledge beside src/ (tests) or dist/ (the built CLI): both are two levels below the package root. */
export const DEFAULT_KNOWLEDGE_DIR = packagePath('rules/knowledge');

/** Where the build writes the JSON snapshot of the default knowledge base. */
export const DEFAULT_SNAPSHOT_FILE = packagePath('build/knowledge.json');

const cache = new Map<string, KnowledgeBase>();
/** The default knowledge base with a project's own profiles added (see `setActiveKnowledge`). */
let active: KnowledgeBase | undefined;

/** Make `kb` what `loadKnowledge()` returns for the default folder (a project's engine profiles); undefined restores the built-in one. */
export function setActiveKnowledge(kb: KnowledgeBase | undefined): void {
  active = kb;
}

/** Whether a project's own profiles are in use. */
export function hasActiveKnowledge(): boolean {
  return active !== undefined;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new KnowledgeError(file, `cannot read the file (${(error as Error).message})`);
  }
}

function parseYaml(file: string, text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new KnowledgeError(file, `invalid YAML: ${(error as Error).message}`);
  }
}

interface KnowledgeFiles {
  models: { name: string; text: string };
  invariants: { name: string; text: string };
  engines: { name: string; text: string }[];
}

function readFiles(dir: string): KnowledgeFiles {
  const engineDir = join(dir, 'engines');
  let names: string[];
  try {
    names = readdirSync(engineDir).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    throw new KnowledgeError(engineDir, 'the engines folder is missing');
  }
  const file = (name: string): { name: string; text: string } => ({ name, text: readText(name) });
  return {
    models: file(join(dir, 'consistency-models.yaml')),
    invariants: file(join(dir, 'invariants.yaml')),
    engines: names.map((n) => file(join(engineDir, n))),
  };
}

function loadEngines(files: KnowledgeFiles['engines'], behaviours: Map<string, string>): Map<string, EngineProfile> {
  const engines = new Map<string, EngineProfile>();
  for (const { name: file, text } of files) {
    const profile = parseEngine(parseYaml(file, text), file, behaviours);
    if (basename(file) !== `${profile.id}.yaml`) {
      throw new KnowledgeError(file, `id "${profile.id}" does not match the file name`);
    }
    engines.set(profile.id, profile);
  }
  return engines;
}

const hashOf = (files: KnowledgeFiles, dir: string): string =>
  hashFiles([files.models, files.invariants, ...files.engines].map((f) => ({ name: relative(dir, f.name), text: f.text })));

/**
 * The knowledge base in `dir`, cached. With the default folder, a build snapshot made
 * from exactly these files is used instead of parsing the YAML (pass `snapshot: false` to force parsing).
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR, options: { snapshot?: string | false } = {}): KnowledgeBase {
  if (active && dir === DEFAULT_KNOWLEDGE_DIR) return active;
  const cached = cache.get(dir);
  if (cached) return cached;
  const files = readFiles(dir);
  const snapshotFile = options.snapshot ?? (dir === DEFAULT_KNOWLEDGE_DIR ? DEFAULT_SNAPSHOT_FILE : false);
  const fromSnapshot = snapshotFile ? readSnapshot(snapshotFile, hashOf(files, dir), dir) : undefined;
  const kb = fromSnapshot ?? parseKnowledge(dir, files);
  cache.set(dir, kb);
  return kb;
}

/** Writes the snapshot the loader can use instead of the YAML (called by the build). */
export function writeKnowledgeSnapshot(file: string = DEFAULT_SNAPSHOT_FILE, dir: string = DEFAULT_KNOWLEDGE_DIR): void {
  const files = readFiles(dir);
  writeFileSync(file, JSON.stringify(toSnapshot(parseKnowledge(dir, files), hashOf(files, dir))));
}

function parseKnowledge(dir: string, files: KnowledgeFiles): KnowledgeBase {
  const modelsFile = files.models.name;
  const parsed = parseModels(parseYaml(modelsFile, files.models.text), modelsFile);
  let closure;
  try {
    closure = computeClosure(parsed.models);
  } catch (error) {
    throw new KnowledgeError(modelsFile, (error as Error).message);
  }
  const invariantsFile = files.invariants.name;
  const inv = parseInvariants(parseYaml(invariantsFile, files.invariants.text), invariantsFile);
  return {
    dir,
    engines: loadEngines(files.engines, parsed.partitionBehaviours),
    models: parsed.models,
    closure,
    invariants: inv.invariants,
    partitionBehaviours: parsed.partitionBehaviours,
    sources: { ...parsed.sources, ...inv.sources },
  };
}

/** Forget cached knowledge (tests that write their own knowledge folders). */
export function clearKnowledgeCache(): void {
  cache.clear();
  active = undefined;
}
