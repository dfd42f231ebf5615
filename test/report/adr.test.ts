// ADR rendering and numbering, without the file system.
import { describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../src/pipeline.js';
import { adrSlug, renderAdr } from '../../src/report/adr.js';
import { planAdrs } from '../../src/report/adr-plan.js';
import type { Recommendation } from '../../src/recommend/index.js';

const rec = (id: string, title: string): Recommendation => ({
  id, topic: 'transactions', target: 'workflows[0]', title,
  recommendation: 'Run it as a saga.', rationale: 'It spans services.', tradeoffs: 'No isolation.',
  references: ['Garcia-Molina & Salem, "Sagas", 1987'], patterns: ['saga-orchestrator'],
});

const report = (recs: Recommendation[]): AnalysisReport => ({
  system: 'shop', file: 'shop.yaml', datastores: [], topics: [], datasets: [], recommendations: recs,
  findings: [{ ruleId: 'transaction/distributed-2pc', severity: 'error', message: 'two-phase commit across services', path: 'workflows[0].protocol', file: 'shop.yaml', line: 9, column: 5, references: [] }],
});

describe('renderAdr', () => {
  const text = renderAdr(rec('transactions/saga:checkout', 'Run checkout as an orchestrated saga'), { number: 3, date: '2026-01-02', file: 'shop.yaml', system: 'shop', findings: ['`transaction/distributed-2pc` (line 9): two-phase commit across services'] });
  const lines = text.split('\n');

  it('starts like adr-tools: a numbered title and a Date line', () => {
    expect(lines.slice(0, 3)).toEqual(['# 3. Run checkout as an orchestrated saga', '', 'Date: 2026-01-02']);
  });

  it('has the Status and Date list log4brains reads before the first section', () => {
    const firstSection = lines.findIndex((l) => l.startsWith('## '));
    expect(lines.slice(0, firstSection)).toEqual(expect.arrayContaining(['- Status: proposed', '- Date: 2026-01-02']));
  });

  it('has Status, Context, Decision and Consequences sections in that order', () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Status', '## Context', '## Decision', '## Consequences']);
    expect(lines[lines.indexOf('## Status') + 2]).toBe('Proposed');
    expect(lines[lines.indexOf('## Decision') + 2]).toBe('Run it as a saga.');
  });

  it('lists the findings and the pattern to generate, and ends with the recommendation id', () => {
    expect(text).toContain('- `transaction/distributed-2pc` (line 9): two-phase commit across services');
    expect(text).toContain('`archcap generate shop.yaml --pattern saga-orchestrator --out <dir>`');
    expect(text.trimEnd().endsWith('<!-- archcap-recommendation: transactions/saga:checkout -->')).toBe(true);
  });

  it('cannot be broken by a line break or a comment in a title', () => {
    const odd = renderAdr(rec('x/y:z', 'A\n## Injected --> <!-- title'), { number: 1, date: '2026-01-01', file: 'f.yaml', system: 's', findings: [] });
    expect(odd.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(4);
    expect(odd.match(/<!--/g)).toHaveLength(1);
  });
});

describe('adrSlug', () => {
  it('is lower-case ASCII with single dashes, as adr-tools makes it', () => {
    expect(adrSlug('Partition "Zürich" by range on `id`!')).toBe('partition-zurich-by-range-on-id');
    expect(adrSlug('☕☕')).toBe('decision');
  });
});

describe('planAdrs', () => {
  const recs = [rec('a/b:one', 'First decision'), rec('a/b:two', 'Second decision')];

  it('numbers records from 1 in recommendation order in an empty folder', () => {
    expect(planAdrs(report(recs), [], '2026-01-02').map((a) => a.path)).toEqual(['0001-first-decision.md', '0002-second-decision.md']);
  });

  it('continues after the records already in the folder, the user\'s own included', () => {
    const existing = [{ name: '0001-record-architecture-decisions.md', content: '# 1. Record architecture decisions\n' }, { name: '0007-use-kafka.md', content: '# 7. Use Kafka\n' }];
    expect(planAdrs(report(recs), existing, '2026-01-02').map((a) => a.number)).toEqual([8, 9]);
  });

  it('keeps the number, file name and date of a record written before, found by its id', () => {
    const first = planAdrs(report(recs), [], '2026-01-02');
    const renamed = [rec('a/b:two', 'Second decision, retitled'), rec('a/b:three', 'Third')];
    const again = planAdrs(report(renamed), first.map((a) => ({ name: a.path, content: a.content })), '2027-05-05');
    expect(again.map((a) => [a.path, a.number])).toEqual([['0002-second-decision.md', 2], ['0003-third.md', 3]]);
    expect(again[0]!.content).toContain('Date: 2026-01-02');
    expect(again[1]!.content).toContain('Date: 2027-05-05');
  });

  it('attaches the findings on the recommendation\'s target', () => {
    expect(planAdrs(report(recs), [], '2026-01-02')[0]!.content).toContain('`transaction/distributed-2pc` (line 9)');
  });
});
