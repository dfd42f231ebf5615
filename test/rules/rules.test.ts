import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRuleSources } from '../../src/engine/builtin.js';
import { ruleProblems } from '../../src/engine/rule-file.js';
import { testDeps } from '../helpers/deps.js';
import { expectFindings, findingsFor, readFixture } from './rule-tester.js';

const FIXTURES = new URL('.', import.meta.url).pathname;
const rules = readRuleSources({ checkOptions: true });

describe('the rule catalogue', () => {
  it('has a fixture file with valid and invalid cases for every rule', () => {
    const missing = rules.filter((r) => !existsSync(join(FIXTURES, `${r.id}.yaml`))).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('has no fixture for a rule that does not exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    const orphans = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(FIXTURES, d.name)).filter((f) => f.endsWith('.yaml')).map((f) => `${d.name}/${f.replace(/\.yaml$/, '')}`))
      .filter((id) => !ids.has(id));
    expect(orphans).toEqual([]);
  });

  it('keeps each rule in rules/<category>/<name>.yaml matching its id', () => {
    for (const r of rules) expect(r.source).toBe(`rules/${r.id}.yaml`);
  });

  it('gives every rule a summary, description, rationale, fix and at least one reference', () => {
    for (const r of rules) {
      expect(r.summary.length, r.id).toBeGreaterThan(10);
      expect(r.description.length, r.id).toBeGreaterThan(40);
      expect(r.rationale.length, r.id).toBeGreaterThan(40);
      expect(r.fix.length, r.id).toBeGreaterThan(10);
      expect(r.references.length, r.id).toBeGreaterThan(0);
    }
  });

  it('gives every rule a web page to read first (SARIF helpUri), https', () => {
    expect(rules.filter((r) => !/^https:\/\/\S+$/.test(r.url ?? '')).map((r) => r.id)).toEqual([]);
  });

  it('refuses a rule whose url is not a web address', () => {
    const base = { id: 'team/x', severity: 'warning', summary: 's', description: 'd', rationale: 'r', fix: 'f', references: ['ref'], given: 'services[*]', then: { function: 'match', functionOptions: { all: [{ field: 'name', op: 'defined' }] } } };
    expect(ruleProblems({ ...base, url: 'see the wiki' }, '', { checkOptions: false }).map((p) => p.path)).toEqual(['url']);
    expect(ruleProblems({ ...base, url: 'https://wiki.example.com/x' }, '', { checkOptions: false })).toEqual([]);
  });
});

for (const rule of rules) {
  const file = join(FIXTURES, `${rule.id}.yaml`);
  if (!existsSync(file)) continue;
  const fixture = readFixture(file);
  describe(`rule ${rule.id}`, () => {
    it('names its rule in the fixture and has both kinds of case', () => {
      expect(fixture.rule).toBe(rule.id);
      expect(fixture.valid.length).toBeGreaterThan(0);
      expect(fixture.invalid.length).toBeGreaterThan(0);
    });
    for (const c of fixture.valid) {
      it(`accepts: ${c.name}`, async () => {
        expectFindings(findingsFor(rule, c, await testDeps()), []);
      });
    }
    for (const c of fixture.invalid) {
      it(`reports: ${c.name}`, async () => {
        expect(c.findings?.length, 'an invalid case lists the findings it expects').toBeGreaterThan(0);
        expectFindings(findingsFor(rule, c, await testDeps()), c.findings ?? []);
      });
    }
  });
}
