import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../../src/report/findings/junit.js';
import { CWD, EMPTY, FAILED, MIXED, SPECIAL, SPECIAL_MESSAGE, context } from '../../fixtures/report/results.js';

interface Outcome {
  message: string;
  type: string;
  '#text': string;
}
interface TestCase {
  classname: string;
  name: string;
  failure?: Outcome;
  error?: Outcome;
}
interface TestSuite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  testcase?: TestCase[];
}
interface Report {
  testsuites: { name: string; tests: string; failures: string; errors: string; testsuite?: TestSuite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

function parse(xml: string): Report['testsuites'] {
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as Report).testsuites;
}

const cases = (suite: TestSuite): TestCase[] => suite.testcase ?? [];

describe('junit', () => {
  it.each(Object.entries({ EMPTY, MIXED, FAILED, SPECIAL }))('writes well-formed XML with consistent counts for the %s run', (_n, { findings, ctx }) => {
    const xml = junit(findings, ctx);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    const root = parse(xml);
    const suites = root.testsuite ?? [];
    for (const suite of suites) {
      expect(Number(suite.tests)).toBe(cases(suite).length);
      expect(Number(suite.failures)).toBe(cases(suite).filter((c) => c.failure).length);
      expect(Number(suite.errors)).toBe(cases(suite).filter((c) => c.error).length);
      for (const c of cases(suite)) expect(c.classname).toBe(suite.name);
    }
    expect(Number(root.tests)).toBe(suites.reduce((n, s) => n + cases(s).length, 0));
  });

  it('has a suite per file and a case per rule that ran, all passing for a clean run', () => {
    const root = parse(junit(EMPTY.findings, EMPTY.ctx));
    expect(root.testsuite!.map((s) => s.name)).toEqual(['checkout.yaml', 'services/payments.yaml', 'clean.yaml']);
    expect(cases(root.testsuite![0]!).map((c) => c.name)).toEqual([
      'latency/quorum-exceeds-sla',
      'retry/no-jitter',
      'timeout/missing',
      'durability/acked-write-loss',
      'lock/missing-fencing',
    ]);
    expect([root.tests, root.failures, root.errors]).toEqual(['15', '0', '0']);
  });

  it('fails a case for each rule with findings in a file, listing them with line:col', () => {
    const root = parse(junit(MIXED.findings, { ...MIXED.ctx, failOn: 'info' }));
    expect([root.tests, root.failures, root.errors]).toEqual(['15', '6', '0']);
    const [checkout, payments, clean] = root.testsuite!;
    expect([checkout!.failures, payments!.failures, clean!.failures]).toEqual(['3', '3', '0']);
    const quorum = cases(checkout!).find((c) => c.name === 'latency/quorum-exceeds-sla')!;
    expect(quorum.failure!.type).toBe('error');
    expect(quorum.failure!['#text']).toBe('12:5 error Commit needs 151 ms (floor) but the write SLA is p99 150ms. (datastores[0])');
    const suppressedOnly = cases(checkout!).find((c) => c.name === 'timeout/missing')!;
    expect(suppressedOnly.failure).toBeUndefined();
    const info = cases(checkout!).find((c) => c.name === 'lock/missing-fencing')!;
    expect(info.failure!.type).toBe('info');
  });

  it('lists every finding of a rule in one failure, typed by the worst severity', () => {
    const file = `${CWD}/checkout.yaml`;
    const findings = [
      { ...MIXED.findings[0]!, file, line: 3, column: 1, severity: 'warning' as const },
      { ...MIXED.findings[0]!, file, line: 9, column: 2, severity: 'error' as const, message: 'second' },
    ];
    const root = parse(junit(findings, context({ files: [file], failOn: 'warning' })));
    const failure = cases(root.testsuite![0]!).find((c) => c.name === 'retry/no-jitter')!.failure!;
    expect(failure.type).toBe('error');
    expect(failure.message.startsWith('2 findings: ')).toBe(true);
    expect(failure['#text'].split('\n').map((l) => l.split(' ')[0])).toEqual(['3:1', '9:2']);
  });

  it('gives a file that failed to load one error case and no rule cases', () => {
    const root = parse(junit(FAILED.findings, FAILED.ctx));
    expect([root.tests, root.failures, root.errors]).toEqual(['6', '1', '1']);
    const broken = root.testsuite![0]!;
    expect(broken.name).toBe('broken.yaml');
    expect(cases(broken)).toHaveLength(1);
    expect(cases(broken)[0]!.name).toBe('archcap/invalid-input');
    expect(cases(broken)[0]!.error).toEqual({
      message: 'Unexpected ":" in a plain scalar',
      type: 'yaml-syntax',
      '#text': 'broken.yaml:3:7: Unexpected ":" in a plain scalar',
    });
  });

  it('adds a case for a rule id that only appears in findings', () => {
    const findings = [{ ...MIXED.findings[4]!, ruleId: 'custom/extra-rule' }];
    const root = parse(junit(findings, context({ files: [`${CWD}/services/payments.yaml`], failOn: 'info' })));
    const names = cases(root.testsuite![0]!).map((c) => c.name);
    expect(names.at(-1)).toBe('custom/extra-rule');
    expect(names).toHaveLength(6);
  });

  it('escapes <, &, quotes and line breaks and keeps non-ASCII text intact', () => {
    const xml = junit(SPECIAL.findings, { ...SPECIAL.ctx, failOn: 'warning' });
    expect(xml).toContain('&lt;ap-southeast-1&gt;');
    expect(xml).toContain('&amp;');
    expect(xml).not.toContain('<ap-southeast-1>');
    expect(xml).not.toContain('\u0007');
    const suite = parse(xml).testsuite![0]!;
    expect(suite.name).toBe('données/système #1.yaml');
    const failure = cases(suite).find((c) => c.name === 'timeout/missing')!.failure!;
    const expected = SPECIAL_MESSAGE.replace('\u0007', '\\u0007');
    expect(failure.message).toBe(`1 finding: ${expected}`);
    expect(failure['#text']).toBe(`4:3 warning ${expected} (services[0].calls[0])`);
  });

  it('counts as failures only findings at or above --fail-on, as the exit code does; the rest are listed in system-out', () => {
    const byDefault = parse(junit(MIXED.findings, MIXED.ctx));
    expect(byDefault.failures).toBe('2'); // the two errors; warnings and infos pass at --fail-on error
    const passing = byDefault.testsuite!.flatMap((s) => s.testcase ?? []).filter((c) => !c.failure && (c as { 'system-out'?: string })['system-out']);
    expect(passing.length).toBeGreaterThan(0);
    expect(parse(junit(MIXED.findings, { ...MIXED.ctx, failOn: 'never' })).failures).toBe('0');
    expect(parse(junit(MIXED.findings, { ...MIXED.ctx, failOn: 'warning' })).failures).toBe('5');
  });

  it('reads as JUnit to a real parser (junit2json), with file and time on every case', async () => {
    const { parse: parseJunit } = await import('junit2json');
    const ctx = { ...MIXED.ctx, timings: { 'checkout.yaml': 0.012, 'services/payments.yaml': 0.003 } };
    const report = (await parseJunit(junit(MIXED.findings, ctx))) as { testsuite?: { name?: string; time?: number; testcase?: { time?: number; failure?: unknown[] }[] }[]; time?: number; failures?: number };
    expect(report.failures).toBe(2);
    expect(report.time).toBeCloseTo(0.015, 3);
    const checkout = report.testsuite!.find((s) => s.name === 'checkout.yaml')!;
    expect(checkout.time).toBeCloseTo(0.012, 3);
    for (const c of checkout.testcase!) expect(c.time).toBe(0);
    expect(junit(MIXED.findings, ctx)).toMatch(/<testcase classname="checkout\.yaml" name="[^"]+" file="checkout\.yaml" time="0"/);
  });
});
