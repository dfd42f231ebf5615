import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';
import type Simulate from '../../src/commands/simulate.js';

type Report = Awaited<ReturnType<Simulate['run']>>;

/** `archcap simulate …` lines of the README's code blocks, split as a shell would (double quotes, comments). */
function readmeRuns(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return readme.split('\n').filter((l) => l.startsWith('archcap simulate ')).map((l) => {
    const words = l.replace(/\s+#.*$/, '').match(/"[^"]*"|\S+/g) ?? [];
    return words.slice(1).map((w) => w.replace(/^"|"$/g, ''));
  });
}

describe('archcap simulate', () => {
  it("runs every example of the README's simulate section as shown", () => {
    const runs = readmeRuns();
    expect(runs.length).toBeGreaterThanOrEqual(4);
    for (const args of runs) {
      const r = archcap(args);
      expect(r.status, `archcap ${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
  });

  it('runs the matrix of zone, region and region-cut failures by default', () => {
    const r = archcap(['simulate', 'examples/ecommerce-checkout.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('scenarios');
    expect(r.stdout).toMatch(/S\d+\s+region=aws:us-east-1/);
    expect(r.stdout).toMatch(/S\d+\s+partition=aws:us-east-1\|aws:us-west-2/);
    expect(r.stdout).toContain('Data sets');
  });

  it('prints one scenario with its reasons, and the JSON contract', () => {
    const text = archcap(['simulate', 'examples/ecommerce-checkout.yaml', '--fail', 'region=aws:us-east-1']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('scenario: region=aws:us-east-1');
    expect(text.stdout).toContain('place-order');
    const json = archcap(['simulate', 'examples/ecommerce-checkout.yaml', '--fail', 'region=aws:us-east-1', '--format', 'json']);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.system).toBe('ecommerce-checkout');
    expect(report.scenarios).toHaveLength(1);
    const s = report.scenarios[0]!;
    expect(s.id).toBe('region=aws:us-east-1');
    expect(s.disruption).toBe('region');
    const orders = s.stores.find((x) => x.name === 'orders-db')!;
    expect(orders.ackedWritesLost).toBe(true);
    expect(orders.sides.map((x) => x.regions)).toEqual([['aws:us-west-2']]);
    expect(s.workflows.find((w) => w.name === 'place-order')?.canComplete).toBe(false);
    expect(s.services.find((x) => x.name === 'order-service')?.state).toBe('down');
  });

  it('combines several --fail into one scenario and --json returns the same report', () => {
    const r = archcap(['simulate', 'examples/payments-ledger.yaml', '--fail', 'zone=aws:us-east-1/1', '--fail', 'skew=aws:eu-west-1:100ms', '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.scenarios[0]!.id).toBe('zone=aws:us-east-1/1 + skew=aws:eu-west-1:100ms');
  });

  it('writes Markdown for a pull-request comment and Mermaid for one scenario', () => {
    const md = archcap(['simulate', 'examples/social-feed.yaml', '--format', 'markdown']);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^## archcap simulate — social-feed/);
    expect(md.stdout).toContain('| id | scenario |');
    const mm = archcap(['simulate', 'examples/ecommerce-checkout.yaml', '--fail', 'region=aws:us-east-1', '--format', 'mermaid']);
    expect(mm.status).toBe(0);
    expect(mm.stdout).toMatch(/^flowchart LR/);
    expect(mm.stdout).toContain('scenario: region=aws:us-east-1');
    expect(mm.stdout).toMatch(/style svc\d+ fill:#f4c7c3/);
  });

  it('exits 1 with --fail-on violated when a scenario violates a requirement', () => {
    const r = archcap(['simulate', 'examples/ecommerce-checkout.yaml', '--fail', 'region=aws:us-east-1', '--fail-on', 'violated']);
    expect(r.status).toBe(1);
  });

  it.each([
    [['--fail', 'region=mars:olympus-1'], 'unknown region'],
    [['--fail', 'meteor=aws:us-east-1'], "unknown failure kind 'meteor'"],
    [['--fail', 'zone=aws:us-east-1'], 'a zone is REGION/N'],
    [['--fail', 'node=nobody'], "no store, topic or service is named 'nobody'"],
    [['--fail', 'skew=aws:us-east-1:soon'], 'a skew is REGION:DURATION'],
    [['--fail', 'partition=aws:us-east-1,aws:us-west-2|'], 'nothing is cut off'],
    [['--all', '--fail', 'region=aws:us-east-1'], 'not both'],
    [['--format', 'mermaid'], 'name it with --fail'],
  ])('refuses %j with a clear message and exit 2', (flags, message) => {
    const r = archcap(['simulate', 'examples/ecommerce-checkout.yaml', ...flags]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('reports a bad system file at its line, exit 2', () => {
    const r = archcap(['simulate', 'test/fixtures/bad/unknown-reference.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/:\d+:\d+: /);
  });
});
