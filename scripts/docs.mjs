#!/usr/bin/env node
// Writes the files generated from the JSON Schema and committed with the repo:
// schema/system.schema.json (published in the package; examples and `archcap init`
// point editors at it) and docs/model.md (the model reference). Run after
// changing src/model/schema.ts or the knowledge base; test/docs/generated.test.ts
// fails while they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const { buildSchema } = await load('model/schema.js');
const { schemaInputs } = await load('model/deps.js');
const { loadKnowledge } = await load('knowledge/index.js');
const { modelMarkdown } = await load('report/model-doc.js');
const schema = buildSchema(schemaInputs(loadKnowledge()));
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(join(root, 'schema/system.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync(join(root, 'docs/model.md'), modelMarkdown(schema));
console.log('wrote schema/system.schema.json and docs/model.md');
