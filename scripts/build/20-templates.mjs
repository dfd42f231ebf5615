// Precompile every template (Handlebars.precompile) into build/templates.precompiled.mjs,
// so `archcap generate` renders with the Handlebars runtime only, and store the validated
// pattern manifests in build/templates.catalogue.json, so it parses no YAML either.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export default async function templates(root) {
  const { precompiledModuleSource, manifestCacheFileSource } = await import(pathToFileURL(join(root, 'dist/generate/precompile.js')).href);
  let built;
  let manifests;
  try {
    built = precompiledModuleSource(join(root, 'templates'));
    manifests = manifestCacheFileSource(join(root, 'templates'));
  } catch (error) {
    // A template being edited must not stop everyone's build; CI builds stay strict.
    if (process.env.CI === 'true') throw error;
    console.warn(`templates not precompiled (generate will compile them at run time): ${error.message}`);
    rmSync(join(root, 'build/templates.precompiled.mjs'), { force: true });
    rmSync(join(root, 'build/templates.catalogue.json'), { force: true });
    return;
  }
  const { source, count } = built;
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/templates.precompiled.mjs'), source);
  writeFileSync(join(root, 'build/templates.catalogue.json'), manifests);
  console.log(`precompiled ${count} templates into build/templates.precompiled.mjs (manifests: build/templates.catalogue.json)`);
}
