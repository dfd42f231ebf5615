// Precompile every template (Handlebars.precompile) into build/templates.precompiled.mjs,
// so `archcap generate` renders with the Handlebars runtime only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export default async function templates(root) {
  const { precompiledModuleSource } = await import(pathToFileURL(join(root, 'dist/generate/precompile.js')).href);
  const { source, count } = precompiledModuleSource(join(root, 'templates'));
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/templates.precompiled.mjs'), source);
  console.log(`precompiled ${count} templates into build/templates.precompiled.mjs`);
}
