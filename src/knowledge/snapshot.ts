/**
 * A JSON snapshot of the validated knowledge base, written by the build to
 * build/knowledge.json, so the CLI skips YAML parsing at start-up (parsing the
 * ~110 KB of YAML cold costs well over 50 ms; JSON takes a few). The snapshot
 * records a hash of every YAML file's bytes and is used only while it matches,
 * so an edited profile is never shadowed by a stale snapshot.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from './types.js';

export interface KnowledgeSnapshot {
  version: 1;
  hash: string;
  engines: [string, unknown][];
  models: [string, unknown][];
  closure: [string, string[]][];
  invariants: [string, unknown][];
  partitionBehaviours: [string, string][];
  sources: Record<string, string>;
}

/** Hash of the knowledge files' names and bytes, in the given order. */
export function hashFiles(files: { name: string; text: string }[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(f.name).update('\0').update(f.text).update('\0');
  return h.digest('hex');
}

export function toSnapshot(kb: KnowledgeBase, hash: string): KnowledgeSnapshot {
  return {
    version: 1,
    hash,
    engines: [...kb.engines],
    models: [...kb.models],
    closure: [...kb.closure].map(([m, set]) => [m, [...set]]),
    invariants: [...kb.invariants],
    partitionBehaviours: [...kb.partitionBehaviours],
    sources: kb.sources,
  };
}

/** The knowledge base stored in a snapshot file, when it exists and was made from files with `hash`. */
export function readSnapshot(file: string, hash: string, dir: string): KnowledgeBase | undefined {
  let snap: KnowledgeSnapshot;
  try {
    snap = JSON.parse(readFileSync(file, 'utf8')) as KnowledgeSnapshot;
  } catch {
    return undefined;
  }
  if (snap.version !== 1 || snap.hash !== hash) return undefined;
  return {
    dir,
    engines: new Map(snap.engines) as KnowledgeBase['engines'],
    models: new Map(snap.models) as KnowledgeBase['models'],
    closure: new Map(snap.closure.map(([m, list]) => [m, new Set(list)])) as KnowledgeBase['closure'],
    invariants: new Map(snap.invariants) as KnowledgeBase['invariants'],
    partitionBehaviours: new Map(snap.partitionBehaviours),
    sources: snap.sources,
  };
}
