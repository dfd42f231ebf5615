/**
 * `lint` on many files spreads them over worker threads (`--concurrency`, auto from 100
 * files). The report must not depend on it: every format, the exit code and the messages
 * on standard error are the same on one thread and on several, with a project's own
 * engine profile, a baseline, a broken file and a file that is not a description among them.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';
import { PROFILE, project, SYSTEM } from '../helpers/project.js';

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));

/** 130 descriptions in sub-folders, one using the project's engine, one broken, one not a description. */
function estate(): string {
  const dir = project({ '.archcap.yaml': 'engines: [engines/inhouse-log.yaml]\nbaseline: baseline.json\n', 'engines/inhouse-log.yaml': PROFILE, 'team-0/inhouse.yaml': SYSTEM });
  for (let i = 0; i < 128; i++) {
    const sub = join(dir, `team-${i % 9}`);
    mkdirSync(sub, { recursive: true });
    copyFileSync(join(ROOT, 'examples', examples[i % examples.length]!), join(sub, `system-${i}.yaml`));
  }
  writeFileSync(join(dir, 'team-3/broken.yaml'), 'version: 1\nname: broken\nregions: [aws:us-east-1]\ndatastores:\n  - name: db\n    engine: postgress\n');
  writeFileSync(join(dir, 'team-4/compose.yaml'), 'services:\n  web:\n    image: nginx\n');
  return dir;
}

describe('lint on worker threads', () => {
  it('gives the same report, exit code and messages as one thread, in every format', () => {
    const dir = estate();
    // Accept half the findings into the baseline first (on one thread), so the baseline is exercised.
    expect(archcap(['lint', '--concurrency', 'off', '--update-baseline'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'team-5/new.yaml'), `${SYSTEM.replace('name: ', 'name: new-')}`);
    for (const format of ['json', 'sarif', 'stylish', 'junit', 'github', 'markdown']) {
      const one = archcap(['lint', '--format', format, '--concurrency', 'off'], { cwd: dir });
      const many = archcap(['lint', '--format', format, '--concurrency', '3'], { cwd: dir });
      expect(one.status, format).toBe(2); // the broken file
      expect(many.status, format).toBe(one.status);
      expect(many.stderr, format).toBe(one.stderr);
      // Identical text, but for JUnit's measured times.
      const untimed = (text: string): string => text.replace(/ time="[\d.]+"/g, '');
      expect(untimed(many.stdout), format).toBe(untimed(one.stdout));
      expect(many.stderr).not.toMatch(STACK_TRACE);
    }
    const json = JSON.parse(archcap(['lint', '--format', 'json'], { cwd: dir }).stdout) as Array<{ file: string; ruleId: string }>;
    expect(json.some((f) => f.file === 'team-5/new.yaml' && f.ruleId === 'durability/topic-rpo')).toBe(true);
    expect(json.some((f) => f.file === 'team-3/broken.yaml' && f.ruleId === 'archcap/invalid-input')).toBe(true);
  }, 180_000);

  it('refuses a --concurrency that is not a number, auto or off', () => {
    const r = archcap(['lint', 'examples/social-feed.yaml', '--concurrency', 'many']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--concurrency must be a number of threads, auto or off, got 'many'");
  });
});

describe('how many threads', () => {
  it('stays on one thread below 100 files or when told off, and never starts more than there is work for', async () => {
    const { threadCount, parseConcurrency } = await import('../../src/engine/lint-parallel.js');
    expect(threadCount(99, 'auto', 16)).toBe(1);
    expect(threadCount(100, 'auto', 16)).toBe(2);
    expect(threadCount(1000, 'auto', 2)).toBe(2);
    expect(threadCount(100_000, 'auto', 64)).toBe(8);
    expect(threadCount(5000, 'off', 16)).toBe(1);
    expect(threadCount(20, 4, 16)).toBe(2); // 20 files make two batches
    expect([parseConcurrency('auto'), parseConcurrency('off'), parseConcurrency('3'), parseConcurrency('0'), parseConcurrency('x')]).toEqual(['auto', 'off', 3, undefined, undefined]);
  });
});
