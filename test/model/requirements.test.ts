import { describe, expect, it } from 'vitest';
import { declaredRequirement, mergedRequirements, requirementLevels } from '../../src/model/requirements.js';
import type { SystemModel } from '../../src/model/types.js';

const model = {
  requirements: { availability: 0.999, rpo: 5000, tolerate: { nodes: 1, zones: 1, regions: 0 }, partitionPreference: 'availability' },
} as unknown as SystemModel;
const store = { path: 'datastores[0]', requirements: { rpo: 0, tolerate: { nodes: 2, zones: 0, regions: 1 } } };
const dataset = { path: 'datasets[3]', requirements: { partitionPreference: 'consistency' as const } };

describe('requirement precedence', () => {
  const levels = requirementLevels(model, dataset, store);

  it('takes each field from the most specific place that declares it, and says where', () => {
    expect(declaredRequirement(levels, 'partitionPreference')).toEqual({ value: 'consistency', label: 'datasets[3] requirement', path: 'datasets[3].requirements.partitionPreference' });
    expect(declaredRequirement(levels, 'rpo')).toMatchObject({ value: 0, path: 'datastores[0].requirements.rpo' });
    expect(declaredRequirement(levels, 'availability')).toMatchObject({ value: 0.999, label: 'system requirement', path: 'requirements.availability' });
    expect(declaredRequirement(levels, 'rto')).toBeUndefined();
  });

  it('merges every field the same way', () => {
    expect(mergedRequirements(levels)).toEqual({
      availability: 0.999,
      rpo: 0,
      partitionPreference: 'consistency',
      tolerate: { nodes: 2, zones: 0, regions: 1 },
    });
  });

  it('gives the system requirements when nothing more specific is declared', () => {
    expect(mergedRequirements(requirementLevels(model))).toEqual(model.requirements);
  });
});
