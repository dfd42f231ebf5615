import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/engine/builtin.js';
import { loadDeps } from '../../src/model/deps.js';
import { loadSystemFile } from '../../src/model/load.js';
import { analyzeSystem } from '../../src/pipeline.js';
import { analysisText } from '../../src/report/analysis-text.js';
import { ROOT } from '../helpers/cli.js';

const report = analyzeSystem(loadSystemFile(`${ROOT}examples/ecommerce-checkout.yaml`, await loadDeps()), builtinRules());

describe('analysis text', () => {
  it.each([80, 110])('fits a terminal of %i columns, keeping what the table said in each store’s note', (width) => {
    const text = analysisText(report, false, width);
    for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(width);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('orders-db: on partition, reads / writes: unavailable-without-leader / unavailable-without-leader; acked writes lost on failover: yes.');
  });

  it('keeps the full table when piped (no width) or when the terminal is wide enough', () => {
    expect(analysisText(report, false)).toContain('partition: reads / writes');
    expect(analysisText(report, false, 200)).toContain('partition: reads / writes');
  });
});
