/** The patterns on disk: every `templates/<pattern>/pattern.yaml`, validated. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GenerateError } from '../errors.js';
import { cachedManifest, readBuiltManifestCache, type ManifestCache } from './manifest-cache.js';
import { parseCommonManifest, parsePatternManifest } from './manifest.js';
import type { Catalogue, PatternManifest } from './types.js';
import { packagePath } from '../paths.js';

/** `templates/` of this installation: the same `../../` from src/generate and dist/generate. */
export const DEFAULT_TEMPLATES_DIR = packagePath('templates/');

export const COMMON_DIR = '_common';

const cache = new Map<string, Catalogue>();

/** Folders under templates/ that are patterns (every folder but `_common` and dot/underscore ones). */
export function patternFolders(templatesDir: string): string[] {
  return readdirSync(templatesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}

export interface LoadOptions {
  /** Ignore this process's cache (tests, the build). */
  fresh?: boolean;
  /** Manifests parsed by the build, by content hash; absent or stale entries are parsed now. */
  manifestCache?: ManifestCache;
}

export function loadCatalogue(templatesDir: string = DEFAULT_TEMPLATES_DIR, opts: LoadOptions = {}): Catalogue {
  const cached = cache.get(templatesDir);
  if (cached && !opts.fresh) return cached;
  const built = opts.manifestCache ?? (opts.fresh ? undefined : readBuiltManifestCache());
  const patterns = new Map<string, PatternManifest>();
  for (const name of patternFolders(templatesDir)) {
    const dir = join(templatesDir, name);
    const file = join(dir, 'pattern.yaml');
    if (!existsSync(file)) throw new GenerateError('template-manifest', `${file}: missing; every folder under templates/ is a pattern and needs a pattern.yaml`);
    const text = readFileSync(file, 'utf8');
    const manifest = cachedManifest(built, 'pattern', text, dir, name) ?? parsePatternManifest(file, text, dir, name);
    for (const [i, f] of manifest.files.entries()) {
      const source = join(dir, f.from);
      if (!existsSync(source) || !statSync(source).isFile()) throw new GenerateError('template-manifest', `${file}: files[${i}].from: ${f.from} does not exist in ${dir}`);
    }
    patterns.set(name, manifest);
  }
  const commonDir = join(templatesDir, COMMON_DIR);
  const commonFile = join(commonDir, 'common.yaml');
  if (!existsSync(commonFile)) throw new GenerateError('template-manifest', `${commonFile}: missing`);
  const commonText = readFileSync(commonFile, 'utf8');
  const common = cachedManifest(built, 'common', commonText, commonDir, COMMON_DIR) ?? parseCommonManifest(commonFile, commonText, commonDir);
  const catalogue: Catalogue = { templatesDir, patterns, common };
  cache.set(templatesDir, catalogue);
  return catalogue;
}

export interface PatternSummary {
  name: string;
  title: string;
  summary: string;
  services: string[];
  inputs: { name: string; type: string; default: unknown; description: string }[];
}

/** Every pattern, sorted by name, for `--help`, `--pattern` validation and listings. */
export function listPatterns(templatesDir?: string): PatternSummary[] {
  return [...loadCatalogue(templatesDir).patterns.values()].map((p) => ({
    name: p.name,
    title: p.title,
    summary: p.summary,
    services: [...p.services],
    inputs: p.inputs.map(({ name, type, default: d, description }) => ({ name, type, default: d, description })),
  }));
}
