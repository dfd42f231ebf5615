// The JSON Schema of a system description, and a standalone ajv validator for it,
// so the CLI does not compile the schema at start-up.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import standaloneCode from 'ajv/dist/standalone/index.js';

export default async function schema(root) {
  const { buildSchema } = await import(pathToFileURL(join(root, 'dist/model/schema.js')).href);
  const { schemaInputs, compileValidator } = await import(pathToFileURL(join(root, 'dist/model/deps.js')).href);
  const { loadKnowledge } = await import(pathToFileURL(join(root, 'dist/knowledge/index.js')).href);
  const schema = buildSchema(schemaInputs(loadKnowledge()));
  const { ajv, validate } = compileValidator(schema, { code: { source: true } });
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/system.schema.json'), JSON.stringify(schema, null, 2) + '\n');
  writeFileSync(join(root, 'build/validate-system.cjs'), standaloneCode.default ? standaloneCode.default(ajv, validate) : standaloneCode(ajv, validate));
}
