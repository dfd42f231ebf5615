/**
 * Engines as a user meets them: `archcap engines`, a project's own profile file found via
 * .archcap.yaml (and the errors a broken one gets), and `engine: custom` stores and topics.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { archcap, STACK_TRACE } from '../helpers/cli.js';
import { PROFILE, project, SYSTEM } from '../helpers/project.js';

const builtin = loadKnowledge().engines.size;

describe('archcap engines', () => {
  it('lists every profile with its settings and sources and prints the count', () => {
    const r = archcap(['engines']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${builtin} engine profiles \\(\\d+ brokers and queues\\)`));
    expect(builtin).toBeGreaterThanOrEqual(29);
    expect(r.stdout).toContain('sqs');
    expect(r.stdout).toMatch(/queueType \(standard \| fifo, default standard\)/);
  });

  it('gives the same list as JSON', () => {
    const r = archcap(['engines', '--json']);
    const list = JSON.parse(r.stdout) as { count: number; brokers: number; engines: { id: string; sources: string[]; settings: unknown[] }[] };
    expect(list.count).toBe(builtin);
    expect(list.engines).toHaveLength(builtin);
    expect(list.brokers).toBeGreaterThanOrEqual(10);
    for (const e of list.engines) expect(e.sources.length, e.id).toBeGreaterThanOrEqual(2);
  });

  it('shows one profile: settings with defaults and meaning, rules in order, sources and caveats', () => {
    const r = archcap(['engines', 'nats-jetstream']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('NATS JetStream (nats-jetstream) - log');
    expect(r.stdout).toMatch(/syncInterval \(2m \| always, default 2m\)/);
    expect(r.stdout).toMatch(/lazy-fsync: when settings.syncInterval = 2m -> PC\/EC, sequential, at-least-once, ordering total, dedup window 2m/);
    expect(r.stdout).toContain('Jepsen: NATS 2.12.1');
    expect(r.stdout).toContain('(2.12.1)');
  });

  it('refuses an unknown engine with a did-you-mean and exit 2', () => {
    const r = archcap(['engines', 'rabitmq']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown engine 'rabitmq' (did you mean 'rabbitmq'?)");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("a project's own engine profile", () => {
  const files = { '.archcap.yaml': 'engines: [engines/inhouse-log.yaml]\n', 'engines/inhouse-log.yaml': PROFILE, 'system.yaml': SYSTEM };

  it('is listed by archcap engines as a project profile', () => {
    const r = archcap(['engines'], { cwd: project(files) });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${builtin + 1} engine profiles`));
    expect(r.stdout).toMatch(/inhouse-log\s+log\s+In-house log {2}\[project\]/);
  });

  it('classifies topics by its rules and settings, and lint runs every rule on it', () => {
    const dir = project(files);
    const analysis = archcap(['analyze', 'system.yaml', '--format', 'json'], { cwd: dir });
    expect(analysis.status, analysis.stderr).toBe(0);
    const topics = (JSON.parse(analysis.stdout) as { topics: { name: string; pacelc: string; references: string[] }[] }).topics;
    expect(topics.map((t) => [t.name, t.pacelc])).toEqual([['audit', 'PA/EL'], ['billing', 'PC/EC']]);
    expect(topics[0]!.references).toContain('Platform team, chaos test report 2026-03 (leader kill loses the unreplicated tail)');

    const lint = archcap(['lint', 'system.yaml', '--format', 'json'], { cwd: dir });
    expect(lint.status).toBe(1);
    const findings = JSON.parse(lint.stdout) as { ruleId: string; path: string }[];
    expect(findings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(expect.arrayContaining(['durability/topic-rpo messaging[0].settings']));
    expect(findings.some((f) => f.path.startsWith('messaging[1]'))).toBe(false);
  });

  it('is accepted by the other commands that read a system file', () => {
    const dir = project(files);
    const diagram = archcap(['diagram', 'system.yaml'], { cwd: dir });
    expect(diagram.status, diagram.stderr).toBe(0);
    expect(diagram.stdout).toContain('audit');
  });

  it('validates settings against the profile: an unknown value is located, exit 2', () => {
    const dir = project({ ...files, 'system.yaml': SYSTEM.replace('quorumAcks: true', 'quorumAcks: yes-please') });
    const r = archcap(['lint', 'system.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/system\.yaml:7:\d+: .*quorumAcks/);
  });

  it('reports a schema violation in the profile file at its line and column, exit 2', () => {
    const dir = project({ ...files, 'engines/inhouse-log.yaml': PROFILE.replace('pacelc: PC/EC', 'pacelc: PX/EC') });
    for (const command of [['lint', 'system.yaml'], ['analyze', 'system.yaml'], ['engines']]) {
      const r = archcap(command, { cwd: dir });
      expect(r.status, command.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/engines\/inhouse-log\.yaml:25:7: rules\[0\]\.gives\.pacelc: 'PX\/EC' is not accepted .*accepted values: PA\/EL, PA\/EC, PC\/EL, PC\/EC/);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('reports a reference to an undefined source at its line and column, exit 2', () => {
    const dir = project({ ...files, 'engines/inhouse-log.yaml': PROFILE.replace('references: [chaos-report]', 'references: [chaos-reprot]') });
    const r = archcap(['lint', 'system.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/engines\/inhouse-log\.yaml:35:\d+: rules\[1\]\.gives\.references\[0\]: unknown reference "chaos-reprot"/);
  });

  it('reports broken YAML, a missing file and a clash with a built-in id, each with exit 2', () => {
    const broken = archcap(['lint', 'system.yaml'], { cwd: project({ ...files, 'engines/inhouse-log.yaml': 'id: [unclosed\n' }) });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/engines\/inhouse-log\.yaml:\d+:\d+: invalid YAML/);

    const missing = archcap(['lint', 'system.yaml'], { cwd: project({ ...files, '.archcap.yaml': 'engines: [engines/nope.yaml]\n' }) });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/engines\/nope\.yaml:1:1: cannot read engine profile: no such file/);

    const clash = archcap(['lint', 'system.yaml'], { cwd: project({ ...files, 'engines/inhouse-log.yaml': PROFILE.replace('id: inhouse-log', 'id: kafka') }) });
    expect(clash.status).toBe(2);
    expect(clash.stderr).toMatch(/inhouse-log\.yaml:2:1: id: 'kafka' is a built-in profile/);
  });
});

describe('engine: custom', () => {
  const CUSTOM = `version: 1
name: estate
regions: [aws:us-east-1]
datastores:
  - name: mainframe
    engine: custom
    replicas: 2
    declared:
      pacelc: PA/EL
      consistency: eventual
      onPartition: { reads: available-stale, writes: available, ackedWritesLostOnFailover: true }
datasets:
  - { name: accounts, store: mainframe, consistency: linearizable }
messaging:
  - name: legacy-bus
    engine: custom
    delivery: at-least-once
    declared: { pacelc: PC/EC, consistency: sequential, onPartition: { reads: unavailable-minority, writes: unavailable-minority, ackedWritesLostOnFailover: false } }
`;

  it('lints with the declared classification: rules run on it and an info finding says it is declared', () => {
    const dir = project({ 'system.yaml': CUSTOM });
    const r = archcap(['lint', 'system.yaml', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const findings = JSON.parse(r.stdout) as { ruleId: string; severity: string; path: string; line: number; message: string }[];
    const declared = findings.filter((f) => f.ruleId === 'consistency/declared-classification');
    expect(declared.map((f) => [f.severity, f.path, f.line])).toEqual([['info', 'datastores[0].declared', 8], ['info', 'messaging[0].declared', 18]]);
    expect(findings.find((f) => f.ruleId === 'consistency/requirement-unmet')?.message).toContain("store 'mainframe' (custom) as configured gives eventual");

    const analysis = JSON.parse(archcap(['analyze', 'system.yaml', '--format', 'json'], { cwd: dir }).stdout) as { datastores: { pacelc: string; consistency: string }[] };
    expect(analysis.datastores[0]).toMatchObject({ pacelc: 'PA/EL', consistency: 'eventual' });
  });

  it('needs a declared block, located, exit 2', () => {
    const r = archcap(['lint', 'system.yaml'], { cwd: project({ 'system.yaml': 'version: 1\nname: x\ndatastores:\n  - { name: db, engine: custom }\n' }) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/system\.yaml:4:\d+: datastores\[0\]\.engine: engine: custom needs a `declared` block/);
  });

  it('rejects a declared block on an engine with a profile, located, exit 2', () => {
    const text = 'version: 1\nname: x\ndatastores:\n  - name: db\n    engine: postgres\n    declared: { pacelc: PC/EC, consistency: linearizable, onPartition: { reads: available, writes: available, ackedWritesLostOnFailover: false } }\n';
    const r = archcap(['lint', 'system.yaml'], { cwd: project({ 'system.yaml': text }) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/system\.yaml:6:\d+: datastores\[0\]\.declared: 'postgres' has a profile/);
  });

  it('points an unknown engine at the closest name and at custom, located, exit 2', () => {
    const r = archcap(['lint', 'system.yaml'], { cwd: project({ 'system.yaml': 'version: 1\nname: x\ndatastores:\n  - { name: db, engine: aurora-postgres }\n' }) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/system\.yaml:4:\d+: datastores\[0\]\.engine: 'aurora-postgres' is not accepted/);
    expect(r.stderr).toContain('write engine: custom and declare what it gives');
    const typo = archcap(['lint', 'system.yaml'], { cwd: project({ 'system.yaml': 'version: 1\nname: x\nmessaging:\n  - { name: q, engine: rabbitmg }\n' }) });
    expect(typo.stderr).toContain("(did you mean 'rabbitmq'?)");
  });

  it("checks a broker topic's settings against its profile, located, exit 2", () => {
    const r = archcap(['lint', 'system.yaml'], { cwd: project({ 'system.yaml': 'version: 1\nname: x\nmessaging:\n  - { name: q, engine: sqs, settings: { queueType: fifoo } }\n' }) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/system\.yaml:4:\d+: messaging\[0\]\.settings\.queueType: 'fifoo' is not accepted \(did you mean 'fifo'\?\); accepted values: standard, fifo/);
  });
});
