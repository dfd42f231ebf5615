import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONS_JSON_FILE, regionsFromDocument } from '../../src/knowledge/regions-load.js';
import { readRegionsYaml, regionsJson } from '../../src/knowledge/regions-source.js';

describe('regions.json', () => {
  it('is the same document as regions.yaml (ARCHCAP_UPDATE_KNOWLEDGE=1 rewrites it)', () => {
    const expected = regionsJson(readRegionsYaml());
    if (process.env.ARCHCAP_UPDATE_KNOWLEDGE === '1') writeFileSync(REGIONS_JSON_FILE, expected);
    expect(readFileSync(REGIONS_JSON_FILE, 'utf8')).toBe(expected);
  });

  it('passes the same checks as the YAML', () => {
    const fromYaml = regionsFromDocument(readRegionsYaml(), 'regions.yaml');
    const fromJson = regionsFromDocument(JSON.parse(readFileSync(REGIONS_JSON_FILE, 'utf8')), REGIONS_JSON_FILE);
    expect([...fromJson.values()]).toEqual([...fromYaml.values()]);
  });
});
