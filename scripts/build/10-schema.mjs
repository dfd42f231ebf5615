// The JSON Schema of a system description, and a standalone ajv validator for it,
// so the CLI does not compile the schema at start-up; then V8's code cache for that
// validator (src/model/code-cache.ts), made after running it over the examples.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { load } from 'js-yaml';

/** Keywords that only annotate: the standalone validator embeds the schema it checks, so it gets one without them. */
const ANNOTATIONS = new Set(['title', 'description', 'markdownDescription', 'examples', '$comment', 'deprecationMessage', 'defaultSnippets']);
/** Keywords whose value maps names (which may be "description") to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
/** Keywords whose value is data, not a schema. */
const DATA = new Set(['enum', 'const', 'default', 'required']);

export function withoutAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (DATA.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]));
    } else out[key] = withoutAnnotations(value);
  }
  return out;
}

export default async function schema(root) {
  const dist = (file) => import(pathToFileURL(join(root, 'dist', file)).href);
  const { buildSchema } = await dist('model/schema.js');
  const { schemaInputs, compileValidator, validatorFromBuild, VALIDATOR_FILE, VALIDATOR_CACHE_FILE } = await dist('model/deps.js');
  const { writeCodeCache } = await dist('model/code-cache.js');
  const { loadKnowledge } = await dist('knowledge/index.js');
  const schema = buildSchema(schemaInputs(loadKnowledge()));
  const { ajv, validate } = compileValidator(withoutAnnotations(schema), { code: { source: true } });
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/system.schema.json'), JSON.stringify(schema, null, 2) + '\n');
  writeFileSync(VALIDATOR_FILE, standaloneCode.default ? standaloneCode.default(ajv, validate) : standaloneCode(ajv, validate));

  // Warm the validator on every example, valid and (with a wrong type at the top) not, so
  // the functions a lint calls are compiled when the cache is taken.
  const built = validatorFromBuild(VALIDATOR_FILE, false);
  const examples = join(root, 'examples');
  for (const name of readdirSync(examples).filter((f) => f.endsWith('.yaml')).sort()) {
    const doc = load(readFileSync(join(examples, name), 'utf8'));
    built.validate(doc);
    built.validate({ ...doc, version: 'one', services: 'none' });
  }
  writeCodeCache(built.loaded, VALIDATOR_CACHE_FILE);
}
