// Bundle the built-in rule files into build/rules.json (validated), so start-up reads one JSON file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export default async function rules(root) {
  const { readRuleSources } = await import(pathToFileURL(join(root, 'dist/engine/builtin.js')).href);
  const all = readRuleSources({ checkOptions: true });
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/rules.json'), JSON.stringify(all));
}
