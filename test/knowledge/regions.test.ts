import { describe, expect, it } from 'vitest';
import { RuleError } from '../../src/errors.js';
import { findRegion, knownRegionIds, regionResolver, typicalRtt } from '../../src/knowledge/regions.js';
import { parseRttMatrix, regionsKnowledge } from '../../src/knowledge/regions-load.js';
import { parseRegions } from '../../src/knowledge/regions-source.js';

describe('region knowledge', () => {
  it('loads the knowledge files in a few milliseconds', () => {
    const started = performance.now();
    regionsKnowledge();
    expect(performance.now() - started).toBeLessThan(20);
  });

  it('knows at least forty regions across AWS, GCP and Azure', () => {
    const ids = knownRegionIds();
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const provider of ['aws', 'gcp', 'azure']) {
      expect(ids.filter((id) => id.startsWith(`${provider}:`)).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('has a measured RTT row for every AWS region it knows', () => {
    for (const id of knownRegionIds().filter((r) => r.startsWith('aws:'))) {
      expect(typicalRtt(id, 'aws:us-east-1'), id).toBeDefined();
    }
  });

  it('finds a known region with its city, coordinates and jurisdictions', () => {
    const dublin = findRegion('aws:eu-west-1');
    expect(dublin).toMatchObject({
      id: 'aws:eu-west-1', provider: 'aws', name: 'eu-west-1', city: 'Dublin',
      location: { lat: 53.3498, lon: -6.2603 }, jurisdictions: ['ie', 'eu', 'eea'],
    });
    expect(dublin?.source).toContain('aws-ping.html');
    expect(findRegion('gcp:europe-west3')?.jurisdictions).toEqual(['de', 'eu', 'eea']);
    expect(findRegion('azure:uksouth')?.jurisdictions).toEqual(['gb']);
    expect(findRegion('azure:switzerlandnorth')?.jurisdictions).toEqual(['ch']);
    expect(findRegion('azure:norwayeast')?.jurisdictions).toEqual(['no', 'eea']);
  });

  it('returns undefined for an unknown id and builds a custom region from its location', () => {
    expect(findRegion('aws:moon-1')).toBeUndefined();
    const custom = findRegion('dc:berlin', { location: { lat: 52.52, lon: 13.405 }, jurisdictions: ['de', 'eu'] });
    expect(custom).toMatchObject({ id: 'dc:berlin', name: 'dc:berlin', jurisdictions: ['de', 'eu'] });
    expect(custom?.provider).toBeUndefined();
  });

  it('gives the cloudping median between two AWS regions, averaged over both directions', () => {
    expect(typicalRtt('aws:us-east-1', 'aws:eu-west-1')).toEqual({
      ms: 69.6, source: 'cloudping.co, p50 over one year, captured 2025-05-29',
    });
    expect(typicalRtt('aws:eu-west-1', 'aws:us-east-1')?.ms).toBe(typicalRtt('aws:us-east-1', 'aws:eu-west-1')?.ms);
    expect(typicalRtt('aws:us-east-1', 'aws:us-east-1')?.ms).toBeLessThan(10);
  });

  it('has no typical RTT across providers or for GCP and Azure pairs', () => {
    expect(typicalRtt('aws:us-east-1', 'gcp:us-east4')).toBeUndefined();
    expect(typicalRtt('gcp:us-east4', 'gcp:europe-west1')).toBeUndefined();
    expect(typicalRtt('aws:us-east-1', 'dc:nowhere')).toBeUndefined();
  });

  it('rejects a region without coordinates, source or jurisdictions', () => {
    const bad = (entry: string) => `providers:\n  aws:\n    source: somewhere\n    regions:\n      - ${entry}\n`;
    expect(() => parseRegions(bad('{ id: "aws:x", name: X, lon: 1, jurisdictions: [us] }'), 'r.yaml')).toThrow(/aws:x: lat/);
    expect(() => parseRegions(bad('{ id: "gcp:x", name: X, lat: 1, lon: 1, jurisdictions: [us] }'), 'r.yaml')).toThrow(RuleError);
    expect(() => parseRegions(bad('{ id: "aws:x", name: X, lat: 1, lon: 1, jurisdictions: [] }'), 'r.yaml')).toThrow(/jurisdictions/);
    const noSource = 'providers:\n  aws:\n    regions:\n      - { id: "aws:x", name: X, lat: 1, lon: 1, jurisdictions: [us] }\n';
    expect(() => parseRegions(noSource, 'r.yaml')).toThrow(/source/);
  });

  it('rejects an RTT matrix without a citation or with a negative time', () => {
    expect(() => parseRttMatrix('{"data": {}}', 'm.json')).toThrow(/citation/);
    expect(() => parseRttMatrix('{"source": {"citation": "x"}, "data": {"a": {"b": -1}}}', 'm.json')).toThrow(/row a/);
  });
});

describe('region resolver for a system description', () => {
  it('resolves known ids and declared custom regions, and nothing else', () => {
    const resolve = regionResolver([
      { id: 'onprem:frankfurt', location: { lat: 50.11, lon: 8.68 }, jurisdictions: ['de', 'eu'] },
      { id: 'aws:us-east-1', location: { lat: 0, lon: 0 } },
      { id: 'onprem:unplaced' },
    ]);
    expect(resolve('onprem:frankfurt')).toMatchObject({ id: 'onprem:frankfurt', jurisdictions: ['de', 'eu'] });
    expect(resolve('aws:us-east-1')?.location).toEqual({ lat: 39.0458, lon: -77.4874 });
    expect(resolve('onprem:unplaced')).toBeUndefined();
    expect(resolve('gcp:europe-west1')?.city).toBe('St. Ghislain');
  });
});
