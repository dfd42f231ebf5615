import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/generate/catalogue.js';
import { planGeneration } from '../../src/generate/plan.js';
import { precompiledModuleSource } from '../../src/generate/precompile.js';
import { createRenderer, PRECOMPILED_URL } from '../../src/generate/render.js';
import { catalogueSources } from '../../src/generate/template-sources.js';
import { fixtureTemplates, REAL_TEMPLATES, scratchDir } from './scratch.js';

function buildModule(templatesDir: string): URL {
  const file = join(scratchDir('precompiled'), 'templates.precompiled.mjs');
  writeFileSync(file, precompiledModuleSource(templatesDir).source);
  return pathToFileURL(file);
}

describe('precompiled templates', () => {
  it('render every package exactly as templates compiled at run time do', async () => {
    for (const templatesDir of [fixtureTemplates()]) {
      const url = buildModule(templatesDir);
      const names = [...loadCatalogue(templatesDir, { fresh: true }).patterns.keys()];
      const requests = names.map((pattern) => ({ pattern }));
      const pre = await planGeneration(requests, { templatesDir, precompiledUrl: url });
      const fresh = await planGeneration(requests, { templatesDir, compileOnly: true });
      expect(pre.files.map((f) => [f.path, f.content])).toEqual(fresh.files.map((f) => [f.path, f.content]));
      expect(pre.files.length).toBeGreaterThan(3);
    }
  });

  it('are used when present and fresh, with the Handlebars compiler left unloaded', async () => {
    const templatesDir = fixtureTemplates();
    const sources = catalogueSources(loadCatalogue(templatesDir, { fresh: true }));
    const renderer = await createRenderer(sources, { precompiledUrl: buildModule(templatesDir) });
    expect(renderer.stats).toEqual({ precompiled: new Set(sources.map((s) => s.key)).size, compiled: 0 });
  });

  it('fall back to compiling a template changed since the build', async () => {
    const templatesDir = fixtureTemplates();
    const url = buildModule(templatesDir);
    const file = join(templatesDir, 'toy-counter/src/counter.ts.hbs');
    writeFileSync(file, `${readFileSync(file, 'utf8')}// changed\n`);
    const sources = catalogueSources(loadCatalogue(templatesDir, { fresh: true }));
    const renderer = await createRenderer(sources, { precompiledUrl: url });
    expect(renderer.stats.compiled).toBe(1);
    const plan = await planGeneration([{ pattern: 'toy-counter' }], { templatesDir, precompiledUrl: url });
    expect(plan.files.find((f) => f.path === 'src/toy-counter/counter.ts')?.content).toMatch(/\/\/ changed\n$/);
  });

  it('fall back to compiling everything when the module is missing', async () => {
    const templatesDir = fixtureTemplates();
    const sources = catalogueSources(loadCatalogue(templatesDir, { fresh: true }));
    const renderer = await createRenderer(sources, { precompiledUrl: pathToFileURL(join(scratchDir('none'), 'absent.mjs')) });
    expect(renderer.stats.precompiled).toBe(0);
    expect(renderer.stats.compiled).toBeGreaterThan(5);
  });

  it.runIf(existsSync(PRECOMPILED_URL))('from the build (build/) render the real patterns as fresh compilation does', async () => {
    const requests = [...loadCatalogue(REAL_TEMPLATES, { fresh: true }).patterns.keys()].map((pattern) => ({ pattern }));
    const built = await planGeneration(requests, { templatesDir: REAL_TEMPLATES, precompiledUrl: PRECOMPILED_URL });
    const fresh = await planGeneration(requests, { templatesDir: REAL_TEMPLATES, compileOnly: true });
    expect(built.files.map((f) => [f.path, f.content])).toEqual(fresh.files.map((f) => [f.path, f.content]));
  });
});

describe('manifests stored by the build', () => {
  it('load to the same catalogue as parsing the YAML, and a manifest edited since is parsed again', async () => {
    const { manifestCacheFileSource } = await import('../../src/generate/precompile.js');
    const { readBuiltManifestCache } = await import('../../src/generate/manifest-cache.js');
    const templatesDir = fixtureTemplates();
    const file = join(scratchDir('cache'), 'templates.catalogue.json');
    writeFileSync(file, manifestCacheFileSource(templatesDir));
    const manifestCache = readBuiltManifestCache(pathToFileURL(file))!;
    expect(Object.keys(manifestCache.entries)).toHaveLength(3);
    const fromCache = loadCatalogue(templatesDir, { fresh: true, manifestCache });
    const parsed = loadCatalogue(templatesDir, { fresh: true });
    expect(fromCache).toEqual(parsed);
    const yaml = join(templatesDir, 'toy-counter/pattern.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('title: Toy counter', 'title: Edited counter'));
    expect(loadCatalogue(templatesDir, { fresh: true, manifestCache }).patterns.get('toy-counter')?.title).toBe('Edited counter');
  });
});
