import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';

interface ManifestCommand {
  id: string;
  pluginName?: string;
  enableJsonFlag?: boolean;
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as { commands: Record<string, ManifestCommand> };

describe('oclif conventions', () => {
  it.each([['help'], ['-h'], ['--help']])('`archcap %s` shows the command list', (flag) => {
    const r = archcap([flag]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/COMMANDS[\s\S]*analyze[\s\S]*lint/);
  });

  it.each([['lint', '-h'], ['help', 'lint'], ['lint', '--help']])('`archcap %s %s` shows the command’s help', (a, b) => {
    const r = archcap([a, b]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--max-warnings');
  });

  it('`archcap --version` (answered before oclif loads) prints what oclif itself prints', () => {
    const fast = archcap(['--version']);
    const script = `import { execute } from '@oclif/core'; await execute({ dir: ${JSON.stringify(join(ROOT, 'bin/run.js'))}, args: ['--version'] });`;
    const oclif = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(oclif.status).toBe(0);
    expect(fast.status).toBe(0);
    expect(fast.stdout).toBe(oclif.stdout);
    expect(fast.stdout).toMatch(/^archcap\/\d+\.\d+\.\d+ \S+-\S+ node-v\d+/);
  });

  it('suggests the closest command for a typo, without a stack trace, exit 2', () => {
    const r = archcap(['analyse', 'examples/social-feed.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'analyse' is not an archcap command. Did you mean `archcap analyze examples/social-feed.yaml`?");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(archcap(['frobnicate']).stderr).not.toContain('Did you mean');
  });

  it('offers shell completion (oclif autocomplete)', () => {
    const home = mkdtempSync(join(tmpdir(), 'archcap-home-'));
    const r = archcap(['autocomplete', 'bash'], { env: { HOME: home, XDG_CACHE_HOME: join(home, '.cache') } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('archcap autocomplete');
    const script = archcap(['autocomplete', 'script', 'bash'], { env: { HOME: home, XDG_CACHE_HOME: join(home, '.cache') } });
    expect(script.stdout).toContain('ARCHCAP_AC_BASH_SETUP_PATH');
  });

  it('has --json on every command that prints data', () => {
    // help and autocomplete print instructions for people, not data.
    const own = Object.values(manifest.commands).filter((c) => c.id !== 'help' && !c.id.startsWith('autocomplete'));
    expect(own.map((c) => c.id).sort()).toEqual(['adr', 'analyze', 'availability', 'diagram', 'engines', 'explain', 'generate', 'init', 'latency', 'lint', 'quorum', 'rules', 'schema', 'simulate']);
    expect(own.filter((c) => !c.enableJsonFlag).map((c) => c.id)).toEqual([]);
  });

  it('declares no oclif plugin, so none is read at start-up: help and autocomplete are commands loaded when they run', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { oclif: { plugins?: string[] }; dependencies: Record<string, string> };
    expect(pkg.oclif.plugins ?? []).toEqual([]);
    for (const plugin of ['@oclif/plugin-help', '@oclif/plugin-autocomplete', '@oclif/plugin-not-found']) expect(pkg.dependencies[plugin]).toBeDefined();
    expect(Object.keys(manifest.commands)).toEqual(expect.arrayContaining(['help', 'autocomplete', 'autocomplete:script', 'autocomplete:create']));
  });

  it('lint --json returns the linted files, findings and diagnostics', () => {
    const r = archcap(['lint', 'test/fixtures/lint/shop.yaml', 'test/fixtures/lint/clean.yaml', '--json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { files: string[]; findings: { ruleId: string }[]; diagnostics: unknown[] };
    expect(out.files).toEqual(['test/fixtures/lint/shop.yaml', 'test/fixtures/lint/clean.yaml']);
    expect(out.findings.map((f) => f.ruleId)).toContain('transaction/dual-write');
  });

  it('schema --json prints the schema', () => {
    const r = archcap(['schema', '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { $schema: string }).$schema).toMatch(/json-schema/);
  });

  it('refuses --json together with another --format instead of silently ignoring one', () => {
    const r = archcap(['analyze', 'examples/social-feed.yaml', '--json', '--format', 'markdown']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot be combined with --format markdown');
    expect(archcap(['analyze', 'examples/social-feed.yaml', '--json']).status).toBe(0);
  });

  it('generate --list needs no --out; generating without --out says what is missing', () => {
    const list = archcap(['generate', '--list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('saga-orchestrator');
    const missing = archcap(['generate', '--pattern', 'saga-orchestrator']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--out DIR is required');
  });

  it('rules applies .archcap.yaml, as lint does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archcap-rules-'));
    writeFileSync(join(dir, '.archcap.yaml'), 'rules:\n  timeout/missing: error\n  retry/no-jitter: off\n');
    const rules = JSON.parse(archcap(['rules', '--json'], { cwd: dir }).stdout) as { id: string; severity: string }[];
    expect(rules.find((r) => r.id === 'timeout/missing')?.severity).toBe('error');
    expect(rules.find((r) => r.id === 'retry/no-jitter')?.severity).toBe('off');
    const plain = JSON.parse(archcap(['rules', '--json', '--no-config'], { cwd: dir }).stdout) as { id: string; severity: string }[];
    expect(plain.find((r) => r.id === 'timeout/missing')?.severity).toBe('warning');
  });
});

describe('recommendations are addressed by name', () => {
  it('names the target by the names along its path, in JSON, text and Markdown', () => {
    const json = JSON.parse(archcap(['analyze', 'examples/ecommerce-checkout.yaml', '--json']).stdout) as { recommendations: { target: string; targetName: string }[] };
    const call = json.recommendations.find((r) => r.targetName === 'services[name=order-service].calls[service=payment-service]')!;
    expect(call.target).toMatch(/^services\[\d+\]\.calls\[\d+\]$/); // the positional path stays, as the output contract has it
    expect(json.recommendations.every((r) => !/\[\d+\]/.test(r.targetName))).toBe(true);
    expect(archcap(['analyze', 'examples/ecommerce-checkout.yaml']).stdout).toContain('] services[name=order-service].calls[service=payment-service]\n');
  });
});
