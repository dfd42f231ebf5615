import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadDeps } from '../../src/model/deps.js';
import { loadSystemText } from '../../src/model/load.js';

const diagnostics = async (text: string): Promise<{ code: string; line: number; message: string }[]> => {
  try {
    loadSystemText('s.yaml', text, await loadDeps());
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  return [];
};

describe('mistyped regions next to schema errors', () => {
  it('reports a region typo in the same run as a schema error, each at its line', async () => {
    const text = 'version: 1\nname: shop\nregions: [aws:us-east-1, aws:us-eats-2]\nservices:\n  - name: a\n    calls: [{ service: b, timeout: 2 seconds }]\n    regions: [aws:eu-wset-1]\n  - name: b\n';
    const found = await diagnostics(text);
    expect(found.map((d) => `${d.line} ${d.code}`)).toEqual(['3 unknown-region', '6 schema', '7 unknown-region']);
    expect(found[0]!.message).toContain("unknown region 'aws:us-eats-2'");
  });

  it('accepts custom regions declared with a location', async () => {
    const text = 'version: 1\nname: shop\nregions: [{ id: dc1, location: { lat: 1, lon: 2 } }]\nservices:\n  - { name: a, regions: [dc1], calls: [{ service: b, timeout: nope }] }\n  - name: b\n';
    expect((await diagnostics(text)).map((d) => d.code)).toEqual(['schema']);
  });
});
