import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../../src/report/findings/sarif.js';
import { EMPTY, FAILED, MIXED, RULES, SPECIAL, SPECIAL_MESSAGE } from '../../fixtures/report/results.js';

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } };
    logicalLocations?: Array<{ fullyQualifiedName: string }>;
  }>;
  partialFingerprints?: Record<string, string>;
  suppressions?: Array<{ kind: string; status: string; justification?: string }>;
  properties?: Record<string, string>;
}
interface Descriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: string; enabled?: boolean };
  properties: { tags: string[] };
}
interface Log {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Descriptor[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Result[];
  }>;
}

const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
// The schema is draft-07: ajv's default class, not Ajv2019/Ajv2020.
const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS: its plugin is both module.exports and module.exports.default.
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

const run = (text: string): Log['runs'][number] => {
  const log = JSON.parse(text) as Log;
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
};

describe('sarif', () => {
  it.each(Object.entries({ EMPTY, MIXED, FAILED, SPECIAL }))('is valid SARIF 2.1.0 for the %s run', (_name, { findings, ctx }) => {
    const log: unknown = JSON.parse(sarif(findings, ctx));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('validates against a schema that does reject a broken log', () => {
    const log = JSON.parse(sarif(MIXED.findings, MIXED.ctx)) as Log;
    (log.runs[0]!.results[0] as unknown as { level: string }).level = 'fatal';
    expect(validate(log)).toBe(false);
    delete (log.runs[0]!.tool.driver as Partial<Log['runs'][number]['tool']['driver']>).name;
    expect(validate(log)).toBe(false);
  });

  it('names the tool and describes every rule that ran', () => {
    const text = sarif(MIXED.findings, MIXED.ctx);
    expect((JSON.parse(text) as Log).version).toBe('2.1.0');
    const { driver } = run(text).tool;
    expect(driver.name).toBe('archcap');
    expect(driver.version).toBe('0.1.0');
    // No informationUri pointing at a page that does not exist.
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const quorum = driver.rules[0]!;
    expect(quorum.shortDescription.text).toBe(RULES[0]!.summary);
    expect(quorum.fullDescription?.text).toBe(RULES[0]!.description);
    expect(quorum.help?.text).toContain(`How to fix: ${RULES[0]!.fix}`);
    expect(quorum.help?.text).toContain('- https://en.wikipedia.org/wiki/Paxos_(computer_science)');
    expect(quorum.help?.markdown).toContain('**How to fix.** Keep the quorum in one region');
    expect(quorum.help?.markdown).toContain('- Abadi, "Consistency Tradeoffs');
    expect(quorum.helpUri).toBe('https://en.wikipedia.org/wiki/Paxos_(computer_science)');
    expect(quorum.properties.tags).toEqual(['architecture', 'latency']);
    expect(driver.rules.map((r) => r.defaultConfiguration.level)).toEqual(['error', 'warning', 'warning', 'error', 'note', 'none']);
    expect(driver.rules[5]!.defaultConfiguration.enabled).toBe(false);
  });

  it('makes URIs relative to the project root, not the working folder, and absolute outside it', () => {
    const { findings, ctx } = MIXED;
    const fromSub = { ...ctx, cwd: '/work/project/services', root: '/work/project' };
    const moved = findings.map((f) => ({ ...f, file: f.file.endsWith('services/payments.yaml') ? 'payments.yaml' : '../checkout.yaml' }));
    const uris = run(sarif(moved, fromSub)).results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(new Set(uris.map((u) => u.uri))).toEqual(new Set(['services/payments.yaml', 'checkout.yaml']));
    const outside = run(sarif([{ ...findings[0]!, file: '/elsewhere/x.yaml' }], fromSub)).results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(outside).toEqual({ uri: 'file:///elsewhere/x.yaml' });
    expect(validate(JSON.parse(sarif(moved, fromSub)))).toBe(true);
  });

  it('points each result at its rule descriptor, file, line and column', () => {
    const { tool, results, originalUriBaseIds } = run(sarif(MIXED.findings, MIXED.ctx));
    // The base is described, not given as the runner's absolute path.
    expect(originalUriBaseIds['%SRCROOT%']!.uri).toBeUndefined();
    expect(JSON.stringify(originalUriBaseIds)).not.toContain('/work/project');
    expect(results).toHaveLength(7);
    for (const result of results) expect(tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const acks = results.find((r) => r.ruleId === 'durability/acked-write-loss')!;
    expect(acks.level).toBe('error');
    expect(acks.message.text).toBe('Kafka acks: 1 loses acknowledged writes on leader failover.');
    expect(acks.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'services/payments.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 3 },
    });
    expect(acks.locations[0]!.logicalLocations).toEqual([{ fullyQualifiedName: 'messaging[0].settings', kind: 'object' }]);
    expect(acks.partialFingerprints).toEqual({ 'archcap/v1': 'fp-acks-1' });
    expect(results.map((r) => r.level)).toEqual(['error', 'warning', 'warning', 'note', 'error', 'warning', 'warning']);
  });

  it('leaves out fingerprints it does not have, and marks suppressed findings as accepted suppressions', () => {
    const { results } = run(sarif(MIXED.findings, MIXED.ctx));
    const fencing = results.find((r) => r.ruleId === 'lock/missing-fencing')!;
    expect(fencing.partialFingerprints).toBeUndefined();
    expect(fencing.suppressions).toBeUndefined();
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'inventory-service answers from memory' },
    ]);
  });

  it('reports a file that failed to load as an error result with its own rule and diagnostic code', () => {
    const { tool, results } = run(sarif(FAILED.findings, FAILED.ctx));
    const invalid = results[0]!;
    expect(invalid.ruleId).toBe('archcap/invalid-input');
    expect(invalid.level).toBe('error');
    expect(invalid.properties).toEqual({ diagnosticCode: 'yaml-syntax' });
    expect(invalid.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 7 });
    // A fingerprint that survives moved lines, so code scanning tracks the alert across commits.
    expect(invalid.partialFingerprints?.['archcap/v1']).toMatch(/^[0-9a-f]{24}$/);
    const shifted = run(sarif(FAILED.findings, { ...FAILED.ctx, diagnostics: FAILED.ctx.diagnostics.map((d) => ({ ...d, line: d.line + 5 })) })).results[0]!;
    expect(shifted.partialFingerprints).toEqual(invalid.partialFingerprints);
    const descriptor = tool.driver.rules[invalid.ruleIndex]!;
    expect(descriptor.id).toBe('archcap/invalid-input');
    expect(descriptor.defaultConfiguration.level).toBe('error');
  });

  it('percent-encodes file paths into URI references and keeps messages exactly', () => {
    const [result] = run(sarif(SPECIAL.findings, SPECIAL.ctx)).results;
    const uri = result!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('donn%C3%A9es/syst%C3%A8me%20%231.yaml');
    expect(decodeURIComponent(uri)).toBe('données/système #1.yaml');
    expect(result!.message.text).toBe(SPECIAL_MESSAGE);
  });

  it('lists no results, but still the rules, for an empty run', () => {
    const { tool, results } = run(sarif(EMPTY.findings, EMPTY.ctx));
    expect(results).toEqual([]);
    expect(tool.driver.rules).toHaveLength(RULES.length);
  });

  it('lists every data set one cause affects as relatedLocations, and stays valid SARIF', () => {
    const base = MIXED.findings[0]!;
    const grouped = { ...base, related: [
      { path: 'datasets[0]', line: 20, column: 5, message: "data set 'carts' needs read-your-writes and gets consistent-prefix" },
      { path: 'datasets[1]', line: 26, column: 5, message: "data set 'orders' needs read-your-writes and gets consistent-prefix" },
    ] };
    const text = sarif([grouped], MIXED.ctx);
    expect(validate(JSON.parse(text))).toBe(true);
    const result = run(text).results[0] as unknown as { relatedLocations: Array<{ id: number; physicalLocation: { region: { startLine: number } }; logicalLocations: Array<{ fullyQualifiedName: string }>; message: { text: string } }> };
    expect(result.relatedLocations.map((r) => [r.id, r.physicalLocation.region.startLine, r.logicalLocations[0]!.fullyQualifiedName])).toEqual([[1, 20, 'datasets[0]'], [2, 26, 'datasets[1]']]);
    expect(result.relatedLocations[0]!.message.text).toContain("'carts'");
  });
});
