/**
 * The editable form of the region knowledge: `rules/knowledge/regions.yaml`.
 * Only tests and the knowledge refresh read it; the CLI reads `regions.json`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { REGIONS_FILE, regionsFromDocument } from './regions-load.js';
import type { RegionInfo } from './regions-types.js';

/** The YAML document as plain data. */
export function readRegionsYaml(file = REGIONS_FILE): unknown {
  return parse(readFileSync(file, 'utf8'));
}

/** Parse and check region YAML text. */
export function parseRegions(text: string, file: string): Map<string, RegionInfo> {
  return regionsFromDocument(parse(text), file);
}

/** The JSON twin of the YAML document, as written to `regions.json`. */
export function regionsJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 1)}\n`;
}
