import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMA, schemaReference } from '../../src/model/schema-file.js';

describe('the published schema file', () => {
  it('exists in the package', () => {
    expect(existsSync(PUBLISHED_SCHEMA)).toBe(true);
  });

  it('is referenced relative to the file that names it', () => {
    expect(schemaReference('/p/system.yaml', '/p/node_modules/archcap/schema/system.schema.json')).toBe('./node_modules/archcap/schema/system.schema.json');
    expect(schemaReference('/p/arch/system.yaml', '/p/node_modules/archcap/schema/system.schema.json')).toBe('../node_modules/archcap/schema/system.schema.json');
    expect(schemaReference('/p/examples/a.yaml', '/p/schema/system.schema.json')).toBe('../schema/system.schema.json');
  });
});
