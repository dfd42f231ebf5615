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

  it('is MADR as log4brains reads it: the title without its number, then one Status, Date and Tags list', () => {
    const firstSection = lines.findIndex((l) => l.startsWith('## '));
    expect(lines.slice(0, firstSection)).toEqual(['# Run checkout as an orchestrated saga', '', '- Status: proposed', '- Date: 2026-01-02', '- Tags: archcap, transactions', '']);
    expect(text.match(/Status/g)).toHaveLength(1);
    expect(text.match(/Date:/g)).toHaveLength(1);
  });

  it('has Context, Decision and Consequences sections in that order', () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Context and Problem Statement', '## Decision Outcome', '## Consequences']);
    expect(lines[lines.indexOf('## Decision Outcome') + 2]).toBe('Run it as a saga.');
  });

  it('lists the findings and the pattern to generate, and ends with the recommendation id', () => {
    expect(text).toContain('- `transaction/distributed-2pc` (line 9): two-phase commit across services');
    expect(text).toContain('`archcap generate shop.yaml --pattern saga-orchestrator --out <dir>`');
    expect(text.trimEnd().endsWith('<!-- archcap-recommendation: transactions/saga:checkout -->')).toBe(true);
  });

  it('cannot be broken by a line break or a comment in a title', () => {
    const odd = renderAdr(rec('x/y:z', 'A\n## Injected --> <!-- title'), { number: 1, date: '2026-01-01', file: 'f.yaml', system: 's', findings: [] });
    expect(odd.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(3);
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
    const existing = [{ name: '0001-record-architecture-decisions.md', content: '# Record architecture decisions\n' }, { name: '0007-use-kafka.md', content: '# Use Kafka\n' }];
    expect(planAdrs(report(recs), existing, '2026-01-02').map((a) => a.number)).toEqual([8, 9]);
  });

  it('keeps the number, file name and date of a record written before, found by its id', () => {
    const first = planAdrs(report(recs), [], '2026-01-02');
    const renamed = [rec('a/b:two', 'Second decision, retitled'), rec('a/b:three', 'Third')];
    const again = planAdrs(report(renamed), first.map((a) => ({ name: a.path, content: a.content })), '2027-05-05');
    // The first record's recommendation is gone: it comes last, marked deprecated.
    expect(again.map((a) => [a.path, a.number])).toEqual([['0002-second-decision.md', 2], ['0003-third.md', 3], [first[0]!.path, 1]]);
    expect(again[2]!.content).toContain('- Status: deprecated');
    expect(again[0]!.content).toContain('Date: 2026-01-02');
    expect(again[1]!.content).toContain('Date: 2027-05-05');
  });

  it('attaches the findings on the recommendation\'s target', () => {
    expect(planAdrs(report(recs), [], '2026-01-02')[0]!.content).toContain('`transaction/distributed-2pc` (line 9)');
  });

  it('marks a record it proposed deprecated, with a note, once the analysis no longer recommends it; a decision the team took stays', () => {
    const first = planAdrs(report([rec('a:1', 'Do A'), rec('b:2', 'Do B')]), [], '2026-01-02');
    const accepted = { name: first[1]!.path, content: first[1]!.content.replace('- Status: proposed', '- Status: accepted') };
    const later = planAdrs(report([rec('b:2', 'Do B')]), [{ name: first[0]!.path, content: first[0]!.content }, accepted], '2026-03-01');
    const a = later.find((p) => p.id === 'a:1')!;
    expect(a.path).toBe(first[0]!.path);
    expect(a.content).toContain('- Status: deprecated');
    expect(a.content).toContain('> Deprecated on 2026-03-01: `archcap adr` no longer recommends this for `shop.yaml`');
    expect(later.filter((p) => p.id === 'a:1')).toHaveLength(1);
    const again = planAdrs(report([rec('b:2', 'Do B')]), [{ name: a.path, content: a.content }, accepted], '2026-04-01');
    expect(again.find((p) => p.id === 'a:1')).toBeUndefined(); // already deprecated: left as it is
  });
});
