import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error: a plain ES module without type declarations
import { generateSystem } from '../../bench/generate-system.mjs';
import { loadSystemText } from '../../src/model/load.js';
import { testDeps } from '../helpers/deps.js';

const generate = generateSystem as (services: number, options?: { seed?: number }) => string;

interface RawSystem {
  services: Array<{ name: string; calls: Array<{ service: string }> }>;
  datastores: Array<{ name: string; engine: string; regions: string[] }>;
  datasets: unknown[];
  workflows: unknown[];
}

describe('the benchmark system generator', () => {
  const text = generate(2000);
  const raw = parse(text) as RawSystem;

  it('writes 2,000 services, 5,000 calls and 500 stores at the top size', () => {
    expect(raw.services).toHaveLength(2000);
    expect(raw.services.reduce((n, s) => n + s.calls.length, 0)).toBe(5000);
    expect(raw.datastores).toHaveLength(500);
    expect(raw.datasets).toHaveLength(500);
    expect(raw.workflows.length).toBeGreaterThan(0);
  });

  it('only calls higher-numbered services, so the call graph is acyclic', () => {
    const index = new Map(raw.services.map((s, i) => [s.name, i]));
    for (const [i, s] of raw.services.entries()) {
      for (const c of s.calls) expect(index.get(c.service)!).toBeGreaterThan(i);
    }
  });

  it('spreads the stores over several engines and regions', () => {
    expect(new Set(raw.datastores.map((d) => d.engine)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(raw.datastores.flatMap((d) => d.regions)).size).toBeGreaterThanOrEqual(5);
    expect(raw.datastores.some((d) => d.regions.length > 1)).toBe(true);
  });

  it('gives the same text for the same seed and a different one for another seed', () => {
    expect(generate(2000)).toBe(text);
    expect(generate(2000, { seed: 2 })).not.toBe(text);
  });

  it('stays under the loader size limit at the top size', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(2 * 1024 * 1024);
  });

  it('produces descriptions the loader accepts: schema, normalisation and references', async () => {
    const deps = await testDeps();
    for (const size of [8, 2000]) {
      const loaded = loadSystemText(`synthetic-${size}.yaml`, size === 2000 ? text : generate(size), deps);
      expect(loaded.model.services).toHaveLength(size);
      expect(loaded.model.datastores).toHaveLength(Math.floor(size / 4));
    }
  });
});
