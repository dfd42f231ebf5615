import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { archcap, ROOT } from '../helpers/cli.js';

interface LintJson {
  files: string[];
  findings: { ruleId: string; file: string; severity: string }[];
  diagnostics: { file: string; message: string }[];
}
const lintJson = (stdout: string): LintJson => JSON.parse(stdout) as LintJson;

const SYSTEM = 'version: 1\nname: shop\nservices:\n  - name: a\n    calls: [{ service: b }]\n  - name: b\n';
const CLEAN = 'version: 1\nname: clean\nservices:\n  - name: a\n';

/** A repository as people have them: a system description among CI files, a compose file and the config. */
function project(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'archcap-files-'));
  const files: Record<string, string> = {
    'architecture/system.yaml': SYSTEM,
    '.archcap.yaml': 'failOn: error\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps: [{ run: npx archcap lint }]\n',
    'docker-compose.yaml': 'version: "3.8"\nservices:\n  db: { image: postgres }\n',
    'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: shop }\n',
    'node_modules/dep/system.yaml': SYSTEM,
    ...extra,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('archcap lint: which files', () => {
  it('with no arguments in this repository lints exactly the examples and the fixtures meant as system descriptions, and exits 1 as the examples dictate', () => {
    const r = archcap(['lint', '--json']);
    expect(r.status).toBe(1);
    expect(lintJson(r.stdout).files).toEqual([
      'examples/cloud-estate.yaml',
      'examples/ecommerce-checkout.yaml',
      'examples/hotel-booking.yaml',
      'examples/iot-ingestion.yaml',
      'examples/payments-ledger.yaml',
      'examples/ride-sharing.yaml',
      'examples/social-feed.yaml',
      'test/fixtures/bad/ok-minimal.yaml',
      'test/fixtures/lint/clean.yaml',
      'test/fixtures/lint/expired.yaml',
      'test/fixtures/lint/shop.yaml',
    ]);
    expect(lintJson(r.stdout).diagnostics).toEqual([]);
  });

  it.each([[[]], [['.']], [['*.yaml', 'architecture/*.yaml']], [['**/*.y*ml']]])('lints only system descriptions for %j, not CI workflows, compose files, manifests or the config', (args) => {
    const dir = project();
    const r = archcap(['lint', ...args, '--json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(lintJson(r.stdout).files).toEqual(['architecture/system.yaml']);
    expect(r.status).toBe(0); // timeout/missing is a warning; failOn is error
  });

  it('leaves out files matched by --ignore-pattern, .archcapignore or ignores: in the config, and --no-ignore brings them back', () => {
    const extra = { 'legacy/old.yaml': CLEAN, 'drafts/new.yaml': CLEAN, 'more/third.yaml': CLEAN };
    const dir = project({ ...extra, '.archcapignore': '# old designs\nlegacy/\n', '.archcap.yaml': 'ignores: [drafts/**]\n' });
    const files = (args: string[]): string[] => lintJson(archcap(['lint', ...args, '--json'], { cwd: dir }).stdout).files;
    expect(files([])).toEqual(['architecture/system.yaml', 'more/third.yaml']);
    expect(files(['--ignore-pattern', 'more/'])).toEqual(['architecture/system.yaml']);
    expect(files(['--no-ignore'])).toContain('node_modules/dep/system.yaml');
    expect(files(['--no-ignore'])).toContain('legacy/old.yaml');
  });

  it('takes the files to consider from `files:` in .archcap.yaml', () => {
    const dir = project({ 'other/clean.yaml': CLEAN, '.archcap.yaml': 'files: ["architecture/**/*.yaml"]\n' });
    expect(lintJson(archcap(['lint', '--json'], { cwd: dir }).stdout).files).toEqual(['architecture/system.yaml']);
  });

  it('says plainly when a file named on the command line is not a system description (exit 2)', () => {
    const dir = project();
    const r = archcap(['lint', 'docker-compose.yaml', 'architecture/system.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^docker-compose\.yaml:1:1: not an archcap system description \(it has no top-level `version: 1` and `name:` lines/m);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).toContain('architecture/system.yaml'); // the other file is still reported
  });

  it('lints a named file even when an ignore pattern matches it; --force-exclude (for pre-commit) skips it and other YAML, with a note', () => {
    const dir = project();
    const named = ['architecture/system.yaml', 'node_modules/dep/system.yaml', 'docker-compose.yaml', '.github/workflows/ci.yml'];
    const all = archcap(['lint', ...named.slice(0, 2), '--ignore-pattern', 'architecture/', '--json'], { cwd: dir });
    expect(lintJson(all.stdout).files).toEqual(named.slice(0, 2));
    const r = archcap(['lint', ...named, '--ignore-pattern', 'architecture/', '--force-exclude', '--json'], { cwd: dir });
    expect(r.stderr).toContain('architecture/system.yaml: skipped (matched by --ignore-pattern)');
    expect(r.stderr).toContain('node_modules/dep/system.yaml: skipped (matched by default ignores)');
    expect(r.stderr).toContain('docker-compose.yaml: skipped (not a system description)');
    expect(r.stderr).toContain('.github/workflows/ci.yml: skipped (matched by default ignores)');
    expect(r.status).toBe(2); // nothing left to lint
    const kept = archcap(['lint', 'architecture/system.yaml', 'docker-compose.yaml', '--force-exclude', '--json'], { cwd: dir });
    expect(lintJson(kept.stdout).files).toEqual(['architecture/system.yaml']);
    expect(kept.status).toBe(0);
  });

  it('says where it looked when there is no system description at all', () => {
    const dir = project();
    const r = archcap(['lint', 'k8s'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no system descriptions in k8s \(1 other YAML file skipped\)/);
  });

  it('accepts an absolute folder and an absolute glob', () => {
    const dir = project();
    for (const arg of [join(dir, 'architecture'), join(dir, 'architecture', '*.yaml'), `${dir}/**/*.yaml`]) {
      const r = archcap(['lint', arg, '--format', 'json'], { cwd: ROOT });
      expect(r.stderr, arg).toBe('');
      const found = JSON.parse(r.stdout) as { file: string }[];
      expect(new Set(found.map((f) => f.file)), arg).toEqual(new Set([join(dir, 'architecture/system.yaml')]));
    }
  });

  it('reads standard input for -, under the name given by --stdin-filename', () => {
    const r = archcap(['lint', '-', '--stdin-filename', 'arch/system.yaml', '--format', 'json'], { input: SYSTEM });
    expect(r.status).toBe(0);
    const found = JSON.parse(r.stdout) as { file: string; ruleId: string; line: number }[];
    expect(found.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['arch/system.yaml:5 timeout/missing']);
    const bad = archcap(['lint', '-'], { input: 'version: 1\nname: [\n' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^<stdin>:\d+:\d+: /m);
  });
});

describe('archcap lint: --max-warnings', () => {
  it('fails (exit 1) when warnings exceed the maximum, whatever --fail-on says, and says so', () => {
    const dir = project();
    expect(archcap(['lint', '--max-warnings', '1'], { cwd: dir }).status).toBe(0);
    const over = archcap(['lint', '--max-warnings', '0'], { cwd: dir });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('too many warnings: 1 (--max-warnings 0)');
    expect(archcap(['lint', '--max-warnings', '-1'], { cwd: dir }).status).toBe(2);
  });

  it('reads maxWarnings from .archcap.yaml', () => {
    const dir = project({ '.archcap.yaml': 'maxWarnings: 0\n' });
    expect(archcap(['lint'], { cwd: dir }).status).toBe(1);
  });
});

describe('archcap lint: paths do not depend on the working folder', () => {
  it('gives SARIF URIs relative to the repository root when run from a subfolder, and no absolute path', () => {
    const fromRoot = archcap(['lint', 'examples/social-feed.yaml', '--format', 'sarif']);
    const fromSub = archcap(['lint', 'social-feed.yaml', '--format', 'sarif'], { cwd: join(ROOT, 'examples') });
    const uris = (text: string): string[] =>
      (JSON.parse(text) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0]!.results.map(
        (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
      );
    expect(new Set(uris(fromSub.stdout))).toEqual(new Set(['examples/social-feed.yaml']));
    expect(fromSub.stdout).toBe(fromRoot.stdout);
    expect(fromSub.stdout).not.toContain(ROOT.replace(/\/$/, ''));
    expect(fromSub.stdout).not.toContain('file://');
    // Still valid SARIF 2.1.0 (OASIS schema, draft-07).
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object);
    expect(validate(JSON.parse(fromSub.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('keeps baseline fingerprints when run from another folder', () => {
    const dir = project();
    const base = join(dir, 'base.json');
    archcap(['lint', '--baseline', base, '--update-baseline'], { cwd: dir });
    const r = archcap(['lint', 'system.yaml', '--baseline', base, '--format', 'json', '--fail-on', 'warning'], { cwd: join(dir, 'architecture') });
    expect(JSON.parse(readFileSync(base, 'utf8')).findings).toHaveLength(1);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toBe(`archcap: 1 known finding hidden by the baseline ${base}\n`);
  });
});

describe('archcap lint: colour', () => {
  const ESC = '\u001b[';
  it('colours when FORCE_COLOR is set or --color is given, and not with --no-color or when piped', () => {
    const file = 'test/fixtures/lint/shop.yaml';
    expect(archcap(['lint', file], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toContain(`${ESC}31m`);
    expect(archcap(['lint', file, '--color'], { env: { NO_COLOR: '1' } }).stdout).toContain(`${ESC}31m`);
    expect(archcap(['lint', file, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(archcap(['lint', file]).stdout).not.toContain(ESC); // piped, NO_COLOR=1 FORCE_COLOR=0 (the helper's defaults)
  });

  it('prints one finding per line without padding when piped', () => {
    const r = archcap(['lint', 'examples/hotel-booking.yaml']);
    const findingLines = r.stdout.split('\n').filter((l) => /^ {2}\d+:\d+/.test(l));
    expect(findingLines.length).toBeGreaterThan(2);
    for (const line of findingLines) expect(line.replace(/^ +\S+ +\S+ +/, '')).not.toMatch(/ {3,}/);
    expect(Math.max(...findingLines.map((l) => l.length))).toBeLessThan(400);
  });
});

describe('archcap lint: JUnit agrees with the exit code', () => {
  it('counts warnings as failures only at --fail-on warning', () => {
    const failures = (args: string[]): string => /<testsuites[^>]* failures="(\d+)"/.exec(archcap(['lint', 'test/fixtures/lint/expired.yaml', '--format', 'junit', ...args]).stdout)![1]!;
    expect(archcap(['lint', 'test/fixtures/lint/expired.yaml', '--format', 'junit']).status).toBe(0);
    expect(failures([])).toBe('0');
    expect(failures(['--fail-on', 'warning'])).toBe('2');
  });
});
