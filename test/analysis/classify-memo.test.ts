/**
 * The memo of store classifications must key on everything a classification reads: if two
 * different shapes shared a key, the one classified first would answer for both, and the
 * results would depend on the order. So the same shapes are classified, from fresh modules
 * (fresh memos), in one order and in the reverse, and must come out the same.
 */
import { describe, expect, it, vi } from 'vitest';
import type { EngineProfile } from '../../src/knowledge/types.js';
import type { SettingValue } from '../../src/model/types.js';

type Shape = { engine: string; name: string; path: string; regions: string[]; replicas: number; placement: Record<string, number>; settings: Record<string, SettingValue>; access?: { writers: number[]; readers: number[] } };

function shapes(engines: EngineProfile[]): Shape[] {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const regionSets = [['aws:us-east-1'], ['aws:us-east-1', 'aws:eu-west-1'], ['aws:us-east-1', 'aws:eu-west-1', 'gcp:europe-west1']];
  const out: Shape[] = [];
  for (const engine of engines) {
    for (let i = 0; i < 40; i++) {
      const settings: Record<string, SettingValue> = {};
      for (const [name, spec] of Object.entries(engine.settings)) {
        if (rand(3) === 0) continue;
        if (spec.type === 'boolean') settings[name] = rand(2) === 0;
        else if (spec.type === 'integer') settings[name] = (spec.minimum ?? 0) + rand(4);
        else if (spec.values?.length) settings[name] = spec.values[rand(spec.values.length)]!;
      }
      const regions = regionSets[rand(3)]!;
      const replicas = 1 + rand(6);
      out.push({
        engine: engine.id, name: `s${out.length}`, path: `datastores[${out.length}]`, regions, replicas, placement: {}, settings,
        ...(regions.length > 1 && rand(2) === 0 ? { access: { writers: [0], readers: [regions.length - 1] } } : {}),
      });
    }
  }
  return out;
}

async function classifyAll(order: (list: Shape[]) => Shape[]): Promise<Map<string, unknown>> {
  vi.resetModules();
  const { loadKnowledge } = await import('../../src/knowledge/index.js');
  const { classifyShape } = await import('../../src/analysis/classify-store.js');
  const kb = loadKnowledge();
  const out = new Map<string, unknown>();
  for (const s of order(shapes([...kb.engines.values()]))) out.set(s.name, classifyShape(kb.engines.get(s.engine)!, s));
  return out;
}

describe('the memo of store classifications', () => {
  it('answers every shape as if it were classified alone, whatever was classified before it', async () => {
    const forward = await classifyAll((l) => l);
    const backward = await classifyAll((l) => [...l].reverse());
    expect(forward.size).toBeGreaterThan(1000);
    for (const [name, c] of forward) expect(backward.get(name), name).toEqual(c);
  }, 60_000);

  it('gives each store its own name and path, and a shared result no caller can change', async () => {
    vi.resetModules();
    const { loadKnowledge } = await import('../../src/knowledge/index.js');
    const { classifyShape } = await import('../../src/analysis/classify-store.js');
    const engine = loadKnowledge().engines.get('postgres')!;
    const shape = { regions: ['aws:us-east-1'], replicas: 3, placement: {}, settings: {} };
    const a = classifyShape(engine, { ...shape, name: 'a', path: 'datastores[0]' });
    const b = classifyShape(engine, { ...shape, name: 'b', path: 'datastores[1]' });
    expect([a.name, a.path, b.name, b.path]).toEqual(['a', 'datastores[0]', 'b', 'datastores[1]']);
    expect({ ...a, name: 'b', path: 'datastores[1]' }).toEqual(b);
    expect(() => (a.caveats as string[]).push('x')).toThrow(TypeError);
  });
});
