/** The rendering context of templates/_common: the package as a whole. */
import { kebab } from './identifiers.js';
import type { PackageDependencies } from './dependencies.js';
import type { RenderContext } from './render.js';
import type { PatternManifest, ResolvedRequest, Service } from './types.js';

export const DEFAULT_PACKAGE_NAME = 'archcap-generated';

export interface CommonInput {
  resolved: ResolvedRequest[];
  manifests: PatternManifest[];
  services: Service[];
  deps: PackageDependencies;
  system: { name: string } | undefined;
  patterns: string[];
  files: { path: string; source: string; description?: string }[];
  /** The shared files this package gets (from templates/_common/common.yaml). */
  shared: { path: string; description: string }[];
}

function describeFile(path: string): string {
  if (path.startsWith('migrations/')) return 'PostgreSQL migration (run by `npm run migrate` and by the test helper)';
  if (path.startsWith('test/')) return 'tests (vitest)';
  if (path.startsWith('src/')) return 'implementation';
  return 'file';
}

/**
 * Besides the usual keys: `package` (name, dependencies, devDependencies),
 * `services` (`{postgres, redis, any}` booleans), `entries` (one per pattern, for the
 * README) and `shared` (the shared files with their descriptions).
 */
export function commonContext(input: CommonInput): RenderContext {
  const { manifests, resolved, services, deps, system, patterns, files, shared } = input;
  const entries = manifests.map((m) => ({
    name: m.name,
    title: m.title,
    summary: m.summary,
    description: m.description.trim(),
    references: m.references,
    services: m.services,
    usesPostgres: m.services.includes('postgres'),
    usesRedis: m.services.includes('redis'),
    files: files.filter((f) => f.source === m.name).map((f) => ({ path: f.path, description: f.description ?? describeFile(f.path) })),
    testFiles: files.filter((f) => f.source === m.name && /\.test\.ts$/.test(f.path)).map((f) => f.path),
    inputs: m.inputs.map((i) => ({
      name: i.name,
      type: i.type,
      description: i.description,
      values: resolved.filter((r) => r.pattern === m.name).map((r) => JSON.stringify(r.inputs[i.name])),
    })),
  }));
  return {
    pattern: { name: '_common', title: 'Common files', summary: 'Package files shared by every pattern' },
    inputs: {},
    system,
    patterns,
    package: {
      name: system ? kebab(system.name) : DEFAULT_PACKAGE_NAME,
      dependencies: deps.dependencies,
      devDependencies: deps.devDependencies,
    },
    services: { postgres: services.includes('postgres'), redis: services.includes('redis'), any: services.length > 0 },
    entries,
    shared,
  };
}
