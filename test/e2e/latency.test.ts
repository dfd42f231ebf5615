import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LatencyResult } from '../../src/report/latency-text.js';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';

type LatencyJson = LatencyResult;

const json = (args: string[]): LatencyJson => {
  const r = archcap(['latency', ...args, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as LatencyJson;
};

/** The published matrix, averaged over both directions as the knowledge base does. */
function measured(a: string, b: string): number {
  const matrix = JSON.parse(readFileSync(join(ROOT, 'rules/knowledge/aws-inter-region-rtt-p50.json'), 'utf8')) as { data: Record<string, Record<string, number>> };
  return (matrix.data[a]![b]! + matrix.data[b]![a]!) / 2;
}

describe('archcap latency', () => {
  it('gives us-east-1 ↔ eu-west-1 a fibre floor between 50 and 60 ms and the measured typical RTT', () => {
    const result = json(['aws:us-east-1', 'aws:eu-west-1']);
    expect(result.pairs).toHaveLength(1);
    const leg = result.pairs[0]!;
    expect(leg.floorMs).toBeGreaterThan(50);
    expect(leg.floorMs).toBeLessThan(60);
    expect(leg.floorMs).toBeCloseTo((2 * leg.distanceKm) / 200, 9);
    expect(leg.typicalKind).toBe('measured');
    expect(leg.typicalMs).toBeCloseTo(measured('us-east-1', 'eu-west-1'), 1);
    expect(leg.typicalSource).toContain('cloudping');
    const text = archcap(['latency', 'aws:us-east-1', 'aws:eu-west-1']).stdout;
    expect(text).toMatch(/^aws:us-east-1\s+aws:eu-west-1\s+5,\d{3}\s+5\d\s+\d+\s+measured$/m);
  });

  it('lists every pair once and labels pairs without a published figure as estimated', () => {
    const result = json(['aws:us-east-1', 'gcp:europe-west1', 'azure:westeurope']);
    expect(result.pairs.map((p) => `${p.from} ${p.to}`)).toEqual([
      'aws:us-east-1 gcp:europe-west1',
      'aws:us-east-1 azure:westeurope',
      'gcp:europe-west1 azure:westeurope',
    ]);
    for (const p of result.pairs) {
      expect(p.typicalKind).toBe('estimated');
      expect(p.typicalMs).toBeGreaterThanOrEqual(p.floorMs);
    }
    expect(result.sources.some((s) => s.startsWith('estimated:'))).toBe(true);
  });

  it('times a majority commit led from the first region over one replica per region', () => {
    const result = json(['aws:us-east-1', 'aws:us-east-2', 'aws:eu-west-1']);
    expect(result.commit).toMatchObject({ leader: 'aws:us-east-1', replicas: 3, majority: 2 });
    const toOhio = result.pairs.find((p) => p.to === 'aws:us-east-2')!;
    expect(result.commit.floorMs).toBeCloseTo(toOhio.floorMs, 9);
    expect(result.commit.typicalMs).toBeCloseTo(toOhio.typicalMs, 9);
  });

  it('uses --placement for the commit: with two replicas at home, a majority of 3 needs only the nearest other region', () => {
    const result = json(['aws:us-east-1', 'aws:eu-west-1', '--placement', 'aws:us-east-1=2,aws:eu-west-1=1,aws:ap-southeast-1=2']);
    expect(result.commit).toMatchObject({ replicas: 5, majority: 3, placement: { 'aws:us-east-1': 2, 'aws:eu-west-1': 1, 'aws:ap-southeast-1': 2 } });
    expect(result.commit.floorMs).toBeCloseTo(result.pairs.find((p) => p.from === 'aws:us-east-1' && p.to === 'aws:eu-west-1')!.floorMs, 9);
    expect(result.pairs).toHaveLength(3);
  });

  it('lists the known regions grouped by provider', () => {
    const r = archcap(['latency', '--list', '--json']);
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { providers: Record<string, Array<{ id: string }>> };
    expect(Object.keys(list.providers).sort()).toEqual(['aws', 'azure', 'gcp']);
    expect(list.providers['aws']!.map((x) => x.id)).toContain('aws:eu-west-1');
    expect(list.providers['gcp']!.every((x) => x.id.startsWith('gcp:'))).toBe(true);
    expect(archcap(['latency', '--list']).stdout).toMatch(/^aws \(\d+ regions\)$/m);
  });

  const bad: Array<[string, string[], string]> = [
    ['a region without its provider, suggesting it', ['us-east-1', 'aws:eu-west-1'], "unknown region 'us-east-1' (did you mean 'aws:us-east-1'"],
    ['a mistyped region, suggesting the close ones', ['aws:us-east-3', 'aws:eu-west-1'], "(did you mean 'aws:us-east-1', 'aws:us-east-2'"],
    ['a single region', ['aws:us-east-1'], 'give two or more regions'],
    ['a malformed placement', ['aws:us-east-1', 'aws:eu-west-1', '--placement', 'aws:us-east-1=two'], "--placement takes REGION=COUNT pairs with COUNT ≥ 1, e.g. aws:us-east-1=2,aws:eu-west-1=1; got 'aws:us-east-1=two'"],
    ['an unknown region in the placement', ['aws:us-east-1', 'aws:eu-west-1', '--placement', 'aws:eu-west-9=1'], "unknown region 'aws:eu-west-9'"],
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name} with exit code 2 and no stack trace`, () => {
      const r = archcap(['latency', ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_TRACE);
    });
  }
});
