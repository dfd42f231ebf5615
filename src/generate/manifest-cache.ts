/**
 * Manifests validated at build time, stored by the hash of their YAML text in
 * `build/templates.catalogue.json`: `generate` then reads JSON instead of parsing YAML
 * (about 100 ms on these machines). A manifest edited since the build has another hash and
 * is parsed and validated as usual.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalogue, CommonManifest, PatternManifest } from './types.js';
import { packageUrl } from '../paths.js';

export const MANIFEST_CACHE_URL = packageUrl('build/templates.catalogue.json');
const FORMAT = 'archcap-manifests/1';

type Kind = 'pattern' | 'common';

export interface ManifestCache {
  format: string;
  entries: Record<string, Omit<PatternManifest, 'dir'> | Omit<CommonManifest, 'dir'>>;
}

const keyOf = (kind: Kind, text: string): string => createHash('sha256').update(`${kind}\0${text}`).digest('hex');

export function readBuiltManifestCache(url: URL = MANIFEST_CACHE_URL): ManifestCache | undefined {
  const file = fileURLToPath(url);
  if (!existsSync(file)) return undefined;
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as ManifestCache;
    return cache.format === FORMAT && typeof cache.entries === 'object' ? cache : undefined;
  } catch {
    return undefined;
  }
}

export function cachedManifest(cache: ManifestCache | undefined, kind: 'pattern', text: string, dir: string, folder: string): PatternManifest | undefined;
export function cachedManifest(cache: ManifestCache | undefined, kind: 'common', text: string, dir: string, folder: string): CommonManifest | undefined;
export function cachedManifest(cache: ManifestCache | undefined, kind: Kind, text: string, dir: string, folder: string): PatternManifest | CommonManifest | undefined {
  const entry = cache?.entries[keyOf(kind, text)];
  if (!entry) return undefined;
  if (kind === 'pattern' && (entry as PatternManifest).name !== folder) return undefined;
  return { ...structuredClone(entry), dir } as PatternManifest | CommonManifest;
}

/** The cache file's content for a freshly loaded catalogue (the build). */
export function manifestCacheSource(catalogue: Catalogue, texts: { kind: Kind; text: string; folder: string }[]): string {
  const entries: ManifestCache['entries'] = {};
  for (const { kind, text, folder } of texts) {
    const manifest = kind === 'common' ? catalogue.common : catalogue.patterns.get(folder);
    if (!manifest) continue;
    const { dir: _dir, ...rest } = manifest;
    entries[keyOf(kind, text)] = rest;
  }
  return `${JSON.stringify({ format: FORMAT, entries } satisfies ManifestCache)}\n`;
}
