/**
 * The GitHub Action and the pre-commit hook, checked without GitHub or
 * pre-commit: their definitions are parsed, and the shell they run is run here
 * with the inputs substituted, the way the runner does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  if?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

/** `${{ inputs.x }}` → the input's value (or default); `${{ steps.lint.outputs.exit-code }}` from the outputs so far. */
function expand(text: string, inputs: Record<string, string>, outputs: Record<string, string>): string {
  return text
    .replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => inputs[name] ?? action.inputs[name]?.default ?? '')
    .replace(/\$\{\{\s*steps\.lint\.outputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => outputs[name] ?? '');
}

function runStep(step: Step, inputs: Record<string, string>, outputs: Record<string, string>, cwd: string): { status: number | null; stdout: string; stderr: string; outputs: Record<string, string> } {
  const outputFile = join(mkdtempSync(join(tmpdir(), 'archcap-gha-')), 'output');
  writeFileSync(outputFile, '');
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs, outputs)]));
  const r = spawnSync('bash', ['-e', '-c', step.run!], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputFile, NO_COLOR: '1', ...env } });
  const written = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s, 2) as [string, string]));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: written };
}

describe('the GitHub Action (action.yml)', () => {
  const step = (id: string): Step => action.runs.steps.find((s) => s.id === id || s.name === id)!;

  it('is a composite action that installs archcap, lints and uploads SARIF', () => {
    expect(action.runs.using).toBe('composite');
    expect(step('Install archcap').run).toContain('npm ci');
    expect(action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))?.with?.['sarif_file']).toBe('${{ inputs.working-directory }}/${{ inputs.sarif-file }}');
    for (const s of action.runs.steps.filter((x) => x.run)) expect(s.run, 'inputs reach the shell through env, never spliced into it').not.toContain('${{');
  });

  it('runs lint on the inputs, writes SARIF with repository-relative URIs, prints annotations, and passes the exit code on', () => {
    const inputs = { files: 'examples/social-feed.yaml test/fixtures/lint/*.yaml', 'sarif-file': join(mkdtempSync(join(tmpdir(), 'archcap-gha-')), 'out.sarif') };
    const lint = runStep(step('lint'), inputs, {}, ROOT);
    expect(lint.status).toBe(0);
    expect(lint.outputs['exit-code']).toBe('1');
    expect(lint.stdout).toMatch(/^::error file=examples\/social-feed\.yaml,line=\d+/m);
    const sarif = JSON.parse(readFileSync(inputs['sarif-file'], 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set(['examples/social-feed.yaml', 'test/fixtures/lint/shop.yaml', 'test/fixtures/lint/expired.yaml']));
    const exit = runStep(step('Exit as archcap did'), inputs, lint.outputs, ROOT);
    expect(exit.status).toBe(1);
  });

  it('passes extra arguments through', () => {
    const inputs = { files: 'test/fixtures/lint/clean.yaml', args: '--fail-on never --max-warnings 0', 'sarif-file': join(mkdtempSync(join(tmpdir(), 'archcap-gha-')), 'out.sarif') };
    expect(runStep(step('lint'), inputs, {}, ROOT).outputs['exit-code']).toBe('0');
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];

  it('lints the YAML files pre-commit passes, skipping those that are not system descriptions', () => {
    const hook = hooks.find((h) => h.id === 'archcap-lint')!;
    expect(hook.language).toBe('node');
    const [bin, ...args] = hook.entry.split(' ');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin[bin!]).toBeDefined();
    // What pre-commit would pass: every staged file matching `files`.
    const staged = ['examples/payments-ledger.yaml', '.archcap.yaml', 'test/fixtures/lint/team-rules.yaml', 'test/fixtures/bad/invalid-yaml.yaml', 'README.md'].filter((f) => new RegExp(hook.files).test(f));
    expect(staged).not.toContain('README.md');
    const r = spawnSync(process.execPath, [join(ROOT, pkg.bin[bin!]!), ...args, ...staged], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(r.status).toBe(1); // the example's planted findings; nothing unusable
    expect(r.stdout).toContain('examples/payments-ledger.yaml');
    expect(r.stderr).toContain('test/fixtures/lint/team-rules.yaml: skipped (not a system description)');
    expect(r.stderr).toContain('test/fixtures/bad/invalid-yaml.yaml: skipped (matched by .archcapignore)');
  });
});
