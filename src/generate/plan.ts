/**
 * Planning: pattern requests → every file of the package with its rendered content and
 * what writing it would do. Reads templates (and, with `outDir`, the disk); writes nothing.
 */
import { GenerateError } from '../errors.js';
import { loadCatalogue, COMMON_DIR } from './catalogue.js';
import { checkIdentifierCollisions, dedupePaths } from './collisions.js';
import { commonContext } from './common-context.js';
import { mergeDependencies } from './dependencies.js';
import { resolveInputs } from './inputs.js';
import { MANIFEST_FILE, safeRelativePath } from './paths.js';
import { createRenderer, type RenderContext, type Renderer, type RendererOptions } from './render.js';
import { classify, readManifest, realRoot } from './state.js';
import { pathTemplate, readTemplate, type TemplateSource } from './template-sources.js';
import type { Catalogue, PatternFile, PatternManifest, PatternRequest, Plan, PlannedFile, PlanOptions, ResolvedRequest, Service } from './types.js';

interface Job {
  source: string;
  file: PatternFile;
  body: TemplateSource;
  to: TemplateSource | undefined;
  context: RenderContext;
}

function manifestFor(catalogue: Catalogue, name: string): PatternManifest {
  const manifest = catalogue.patterns.get(name);
  if (!manifest) {
    const known = [...catalogue.patterns.keys()].join(', ') || '(none)';
    throw new GenerateError('unknown-pattern', `unknown pattern "${name}"; known patterns: ${known}`);
  }
  return manifest;
}

function resolveRequests(catalogue: Catalogue, requests: PatternRequest[]): ResolvedRequest[] {
  if (requests.length === 0) throw new GenerateError('no-patterns', 'no pattern to generate; pick at least one');
  const seen = new Set<string>();
  const out: ResolvedRequest[] = [];
  for (const request of requests) {
    const manifest = manifestFor(catalogue, request.pattern);
    const inputs = resolveInputs(manifest, request.inputs);
    checkIdentifierCollisions(manifest, inputs);
    const key = JSON.stringify([request.pattern, inputs]);
    if (!seen.has(key)) out.push({ pattern: request.pattern, inputs });
    seen.add(key);
  }
  return out;
}

function job(dir: string, folder: string, file: PatternFile, index: number, context: RenderContext): Job {
  return { source: folder, file, body: readTemplate(dir, file.from, folder), to: pathTemplate(file, folder, index), context };
}

interface Rendered {
  path: string;
  content: string;
  source: string;
  description?: string;
}

function renderJob(renderer: Renderer, j: Job): Rendered {
  const rawPath = j.to ? renderer.render(j.to, j.context).trim() : j.file.to;
  const path = safeRelativePath(rawPath);
  if (path === MANIFEST_FILE) throw new GenerateError('unsafe-path', `${j.source}: ${MANIFEST_FILE} belongs to archcap`);
  const content = renderer.render(j.body, j.context);
  return { path, content, source: j.source, ...(j.file.description === undefined ? {} : { description: j.file.description }) };
}

/** Plan the package for `requests`. Unknown patterns and ill-typed inputs are clear errors. */
export async function planGeneration(requests: PatternRequest[], opts: PlanOptions & RendererOptions = {}): Promise<Plan> {
  const catalogue = loadCatalogue(opts.templatesDir);
  const resolved = resolveRequests(catalogue, requests);
  const manifests = [...new Set(resolved.map((r) => r.pattern))].map((name) => manifestFor(catalogue, name));
  const services = (['postgres', 'redis'] as Service[]).filter((s) => manifests.some((m) => m.services.includes(s)));
  const deps = mergeDependencies(catalogue.common, manifests, services);
  const system = opts.systemName === undefined ? undefined : { name: opts.systemName };
  const patterns = manifests.map((m) => m.name);
  const jobs: Job[] = [];
  for (const r of resolved) {
    const m = manifestFor(catalogue, r.pattern);
    const context: RenderContext = { pattern: { name: m.name, title: m.title, summary: m.summary }, inputs: r.inputs, system, patterns };
    m.files.forEach((f, i) => jobs.push(job(m.dir, m.name, f, i, context)));
  }
  const commonFiles = catalogue.common.files
    .map((file, index) => ({ file, index }))
    .filter(({ file }) => file.services === undefined || file.services.some((s) => services.includes(s)));
  const commonSources = commonFiles.flatMap(({ file, index }) => {
    const to = pathTemplate(file, COMMON_DIR, index);
    return [readTemplate(catalogue.common.dir, file.from, COMMON_DIR), ...(to ? [to] : [])];
  });
  const renderer = await createRenderer([...jobs.flatMap((j) => (j.to ? [j.body, j.to] : [j.body])), ...commonSources], opts);
  // The common files (README, package.json) describe the pattern files, so those are rendered first.
  const rendered = jobs.map((j) => renderJob(renderer, j));
  const shared = commonFiles.map(({ file }) => ({ path: file.to, description: file.description ?? '' }));
  const context = commonContext({ resolved, manifests, services, deps, system, patterns, files: rendered, shared });
  for (const { file, index } of commonFiles) rendered.push(renderJob(renderer, job(catalogue.common.dir, COMMON_DIR, file, index, context)));
  const files = classifyAll(dedupePaths(rendered), opts.outDir);
  return { requests: resolved, ...(opts.systemName === undefined ? {} : { systemName: opts.systemName }), files, ...deps, services };
}

function classifyAll(rendered: Rendered[], outDir: string | undefined): PlannedFile[] {
  const root = outDir === undefined ? undefined : realRoot(outDir);
  const manifest = outDir === undefined ? undefined : readManifest(outDir);
  const files: PlannedFile[] = rendered.map(({ description: _, ...f }) => {
    if (!manifest) return { ...f, action: 'create' };
    const c = classify(root, manifest, f.path, f.content);
    return { ...f, action: c.action, ...(c.reason === undefined ? {} : { reason: c.reason }) };
  });
  if (manifest && root) {
    const planned = new Set(files.map((f) => f.path));
    for (const path of Object.keys(manifest.files)) {
      if (!planned.has(path) && classify(root, manifest, path, '').action !== 'create') {
        files.push({ path, content: '', action: 'skip', source: '(earlier run)', reason: 'no longer generated; left in place' });
      }
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
