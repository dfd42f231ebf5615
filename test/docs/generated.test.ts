import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { schemaInputs } from '../../src/model/deps.js';
import { buildSchema } from '../../src/model/schema.js';
import { modelMarkdown } from '../../src/report/model-doc.js';
import { ROOT } from '../helpers/cli.js';

const schema = buildSchema(schemaInputs(loadKnowledge()));
const committed = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const STALE = 'stale: run `npm run build && npm run docs` and commit the result';

describe('files generated from the JSON Schema', () => {
  it('schema/system.schema.json is the schema archcap validates with', () => {
    expect(JSON.parse(committed('schema/system.schema.json')), STALE).toEqual(schema);
  });

  it('docs/model.md is rendered from the current schema', () => {
    expect(committed('docs/model.md'), STALE).toBe(modelMarkdown(schema));
  });

  it('docs/model.md documents every key, nested key and engine setting', () => {
    const md = modelMarkdown(schema);
    for (const key of Object.keys(schema.properties as object).filter((k) => k !== '$schema')) expect(md).toContain(`## ${key}\n`);
    for (const key of ['datastores[].partitioning.strategy', 'services[].calls[].retries.jitter', 'workflows[].steps[].compensation', 'settings.readConsistency', 'settings.synchronousCommit']) {
      expect(md).toContain(`\`${key}\``);
    }
    expect(md).toContain('Expected a duration: a number and a unit');
  });

  it('speaks of units in words in editors, offers the known regions, and its own example is valid', () => {
    const text = JSON.stringify(schema);
    expect(text).toContain('"patternErrorMessage":"Expected a duration');
    const region = ((schema.$defs as Record<string, { oneOf: { examples?: string[] }[] }>)['region']!.oneOf[0]!.examples ?? []);
    expect(region).toEqual(expect.arrayContaining(['aws:us-east-1', 'gcp:europe-west1', 'azure:westeurope']));
    const validate = new Ajv({ strict: false }).compile(schema);
    for (const example of schema.examples as unknown[]) expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });
});
