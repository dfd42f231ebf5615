import { readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';

/** DESIGN.md's output contract for `archcap analyze --format json`, as a schema. */
const contract = {
  type: 'object',
  required: ['system', 'datastores', 'datasets', 'findings', 'recommendations'],
  properties: {
    system: { type: 'string' },
    datastores: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'pacelc', 'cap', 'consistency', 'onPartition', 'explanation', 'references'],
        properties: {
          pacelc: { enum: ['PA/EL', 'PA/EC', 'PC/EL', 'PC/EC'] },
          cap: { enum: ['AP', 'CP'] },
          consistency: {
            enum: ['strict-serializable', 'serializable', 'snapshot-isolation', 'repeatable-read', 'cursor-stability', 'monotonic-atomic-view', 'read-committed', 'read-uncommitted', 'linearizable', 'sequential', 'causal', 'bounded-staleness', 'pram', 'writes-follow-reads', 'read-your-writes', 'monotonic-reads', 'monotonic-writes', 'consistent-prefix', 'eventual'],
          },
          onPartition: {
            type: 'object',
            required: ['reads', 'writes', 'ackedWritesLostOnFailover'],
            properties: { reads: { type: 'string' }, writes: { type: 'string' }, ackedWritesLostOnFailover: { type: 'boolean' } },
          },
          explanation: { type: 'string', minLength: 20 },
          references: { type: 'array', minItems: 1, items: { type: 'string' } },
        },
      },
    },
    datasets: {
      type: 'array',
      items: { type: 'object', required: ['name', 'requires', 'provided', 'satisfied'], properties: { satisfied: { type: 'boolean' } } },
    },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'path', 'references'],
        properties: { severity: { enum: ['error', 'warning', 'info'] }, line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 }, references: { type: 'array', minItems: 1 } },
      },
    },
    recommendations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'topic', 'target', 'recommendation', 'rationale', 'tradeoffs', 'patterns'],
        properties: { topic: { enum: ['consistency', 'partitioning', 'replication', 'transactions', 'ordering', 'failure-handling'] } },
      },
    },
  },
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(contract);
const examples = readdirSync(`${ROOT}/examples`).filter((f) => f.endsWith('.yaml'));

describe('archcap analyze', () => {
  it('has examples to analyse', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of examples) {
    it(`prints JSON in the output contract for examples/${file}`, () => {
      const r = archcap(['analyze', `examples/${file}`, '--format', 'json']);
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as { datastores: unknown[]; findings: { file: string }[] };
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect(report.datastores.length).toBeGreaterThan(0);
      for (const f of report.findings) expect(f.file).toBe(`examples/${file}`);
    });
  }

  it('prints a readable text report with a table per store and data set, findings and recommendations', () => {
    const r = archcap(['analyze', 'examples/payments-ledger.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Data stores, as configured');
    expect(r.stdout).toMatch(/^ledger\s+cockroachdb\s+P[AC]\/E[LC]\s+(AP|CP)\s+/m);
    expect(r.stdout).toContain('Data sets');
    expect(r.stdout).toMatch(/Findings \(\d+ errors/);
    expect(r.stdout).toContain('Recommendations');
  });

  it('gives the same result under oclif --json', () => {
    const viaFlag = JSON.parse(archcap(['analyze', 'examples/social-feed.yaml', '--json']).stdout) as unknown;
    const viaFormat = JSON.parse(archcap(['analyze', 'examples/social-feed.yaml', '--format', 'json']).stdout) as unknown;
    expect(viaFlag).toEqual(viaFormat);
  });

  it('exits 1 with --fail-on error when there are errors', () => {
    expect(archcap(['analyze', 'examples/payments-ledger.yaml', '--fail-on', 'error', '--format', 'json']).status).toBe(1);
  });

  it('reports bad input with file:line:col and exit code 2', () => {
    const r = archcap(['analyze', 'test/fixtures/bad/schema-enum.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('test/fixtures/bad/schema-enum.yaml:6:5: ');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
