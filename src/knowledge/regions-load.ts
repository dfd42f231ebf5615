/**
 * Reading and checking the region knowledge base. Both files are read once, on
 * first use, and cached: `archcap lint` resolves regions at start-up.
 *
 * `regions.yaml` is the source people edit; `regions.json` is the same document
 * as JSON, which is what runs: parsing the YAML costs ~45 ms cold, the JSON well
 * under 1 ms. `test/knowledge/regions-sync.test.ts` fails when the two differ and
 * rewrites the JSON when run with ARCHCAP_UPDATE_KNOWLEDGE=1.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RuleError } from '../errors.js';
import type { RegionInfo, RegionsKnowledge, RttMatrix } from './regions-types.js';
import { packageUrl } from '../paths.js';

const KNOWLEDGE_DIR = packageUrl('rules/knowledge/');
export const REGIONS_FILE = fileURLToPath(new URL('regions.yaml', KNOWLEDGE_DIR));
export const REGIONS_JSON_FILE = fileURLToPath(new URL('regions.json', KNOWLEDGE_DIR));
export const AWS_RTT_FILE = fileURLToPath(new URL('aws-inter-region-rtt-p50.json', KNOWLEDGE_DIR));

let cached: RegionsKnowledge | undefined;

export function regionsKnowledge(): RegionsKnowledge {
  cached ??= {
    regions: regionsFromDocument(JSON.parse(readFileSync(REGIONS_JSON_FILE, 'utf8')), REGIONS_JSON_FILE),
    rtt: new Map([['aws', parseRttMatrix(readFileSync(AWS_RTT_FILE, 'utf8'), AWS_RTT_FILE)]]),
  };
  return cached;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check the regions document (`regions.yaml` as data); a malformed entry is a RuleError naming the region. */
export function regionsFromDocument(doc: unknown, file: string): Map<string, RegionInfo> {
  if (!isObj(doc) || !isObj(doc.providers)) throw new RuleError('expected a `providers` mapping', file);
  const regions = new Map<string, RegionInfo>();
  for (const [provider, block] of Object.entries(doc.providers)) {
    if (!isObj(block) || !Array.isArray(block.regions)) throw new RuleError(`provider ${provider}: expected \`regions\``, file);
    const source = isObj(block.source) ? block.source.coordinates : block.source;
    for (const entry of block.regions) {
      const region = toRegion(entry, provider, source, file);
      if (regions.has(region.id)) throw new RuleError(`duplicate region ${region.id}`, file);
      regions.set(region.id, region);
    }
  }
  return regions;
}

function toRegion(entry: unknown, provider: string, blockSource: unknown, file: string): RegionInfo {
  const id = isObj(entry) && typeof entry.id === 'string' ? entry.id : '';
  const fail = (what: string): never => {
    throw new RuleError(`region ${id || '(no id)'}: ${what}`, file);
  };
  if (!isObj(entry)) return fail('expected a mapping');
  if (!id.startsWith(`${provider}:`)) fail(`id must start with "${provider}:"`);
  const { lat, lon, jurisdictions, name, city, note } = entry;
  if (typeof lat !== 'number' || lat < -90 || lat > 90) fail('lat must be a number in [-90, 90]');
  if (typeof lon !== 'number' || lon < -180 || lon > 180) fail('lon must be a number in [-180, 180]');
  if (!Array.isArray(jurisdictions) || jurisdictions.length === 0 || !jurisdictions.every((j) => typeof j === 'string')) {
    fail('jurisdictions must be a non-empty list of codes');
  }
  const source = entry.source ?? blockSource;
  if (typeof source !== 'string' || source.trim() === '') fail('no source for its coordinates');
  if (typeof name !== 'string') fail('name must be a string');
  return {
    id,
    provider,
    name: id.slice(provider.length + 1),
    displayName: name as string,
    ...(typeof city === 'string' ? { city } : {}),
    location: { lat: lat as number, lon: lon as number },
    jurisdictions: jurisdictions as string[],
    source: source as string,
    ...(typeof note === 'string' ? { note } : {}),
  };
}

/** Parse a cloudping-style matrix `{source: {citation}, data: {from: {to: ms}}}`. */
export function parseRttMatrix(text: string, file: string): RttMatrix {
  const doc: unknown = JSON.parse(text);
  if (!isObj(doc) || !isObj(doc.data) || !isObj(doc.source) || typeof doc.source.citation !== 'string') {
    throw new RuleError('expected `source.citation` and a `data` matrix', file);
  }
  for (const [from, row] of Object.entries(doc.data)) {
    if (!isObj(row) || !Object.values(row).every((ms) => typeof ms === 'number' && ms >= 0)) {
      throw new RuleError(`row ${from}: expected non-negative numbers of milliseconds`, file);
    }
  }
  return { source: doc.source.citation, data: doc.data as RttMatrix['data'] };
}
