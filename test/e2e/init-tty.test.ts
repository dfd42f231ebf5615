/**
 * `archcap init` as a person uses it: the real prompts in a real terminal (tmux), keys
 * typed, the screen read back. Each step waits for what it answers to show (no fixed
 * sleeps), with generous bounds, so the tests do not race a slow machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { storeEngines } from '../../src/wizard/kb-choices.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux && process.env['CI']) throw new Error('tmux is required under CI (.ci/run installs it)');
const tmux = (...args: string[]): string => execFileSync('tmux', args, { encoding: 'utf8' });
let session = '';
let sessions = 0;
const screen = (): string => tmux('capture-pane', '-p', '-J', '-S', '-5000', '-t', session);
const keys = (...k: string[]): void => void tmux('send-keys', '-t', session, ...k);
const WAIT = 60_000;

/** Runs `command` (in the repository) in a new tmux session 110×40 with a long scroll-back. */
function start(command: string): void {
  session = `archcap-init-${process.pid}-${++sessions}`;
  tmux('start-server', ';', 'set-option', '-g', 'history-limit', '20000', ';', 'new-session', '-d', '-s', session, '-x', '110', '-y', '40', `cd ${ROOT} && ${command}; sleep 600`);
}

async function waitFor(test: (text: string) => boolean, what: string, ms = WAIT): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const text = screen();
    if (test(text)) return text;
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}; the screen shows:\n${text}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const questions = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('? '));
const answered = (text: string): number => text.split('\n').filter((l) => l.startsWith('✔ ')).length;
/** The question now asked: the last line starting with `?`, once every earlier one shows as answered. */
const current = (text: string, seen: number): string | undefined => (answered(text) === seen ? questions(text).pop() : undefined);

/**
 * Answers each new question with the keys of the first unused rule that matches it;
 * any other question takes its default (Enter). Returns the questions asked, in order,
 * once `done` shows on the screen.
 */
async function interview(rules: Array<[RegExp, string[]]>, done: RegExp, ms = 240_000): Promise<string[]> {
  const unused = [...rules];
  const asked: string[] = [];
  await waitFor((t) => {
    if (done.test(t)) return true;
    const q = current(t, asked.length);
    if (q) {
      const i = unused.findIndex(([re]) => re.test(q));
      asked.push(q);
      keys(...(i >= 0 ? unused.splice(i, 1)[0]![1] : ['Enter']));
    }
    return false;
  }, 'the interview to end', ms);
  return asked;
}

const NO_GENERATE: [RegExp, string[]] = [/Generate the \d+ recommended/, ['n', 'Enter']];

/**
 * Enter on every question still to come (the defaults), then no to generating code.
 * One key per question: a key is sent when a question shows after the last answer and
 * no key has been sent yet at this count of answers. Counting from the screen, not from
 * a number taken at the start, keeps a key typed just before the call (and not yet
 * drawn) from making every later question look already answered.
 */
async function rest(ms = 240_000): Promise<void> {
  let sentAt = -1;
  await waitFor((t) => {
    if (/✔ Generate the \d+/.test(t)) return true;
    const lines = t.split('\n');
    const lastQ = lines.findLastIndex((l) => l.startsWith('? '));
    const lastA = lines.findLastIndex((l) => l.startsWith('✔ '));
    const n = answered(t);
    if (lastQ > lastA && n !== sentAt) {
      sentAt = n;
      keys(...(/Generate the/.test(lines[lastQ]!) ? ['n', 'Enter'] : ['Enter']));
    }
    return false;
  }, 'the interview to end', ms);
}

describe.skipIf(!hasTmux)('archcap init in a terminal', () => {
  // A session kept open for the whole file, so the tmux server does not exit (and race
  // the next test's start) when one test's session is closed.
  const keeper = `archcap-init-keep-${process.pid}`;
  beforeAll(() => {
    tmux('start-server', ';', 'new-session', '-d', '-s', keeper, 'sleep 3600');
  });
  afterEach(() => {
    spawnSync('tmux', ['kill-session', '-t', session]);
  });
  afterAll(() => {
    spawnSync('tmux', ['kill-session', '-t', keeper]);
  });

  it('the two-region checkout takes at most 30 answers from the checkout archetype', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'archcap-init-tty-')), 'system.yaml');
    start(`NO_COLOR=1 node bin/run.js init --out ${out}`);
    const asked = await interview([NO_GENERATE], /Recommendations \(\d+\)[\s\S]*Generate the/);
    const yaml = readFileSync(out, 'utf8');
    const v = parse(yaml) as Record<string, unknown[]>;
    expect(v['regions']).toHaveLength(2);
    expect([v['datastores'], v['datasets'], v['messaging'], v['services'], v['workflows'], v['consumers']].map((l) => l?.length)).toEqual([2, 1, 1, 2, 1, 1]);
    expect((v['workflows']![0] as { steps: unknown[] }).steps).toHaveLength(2);
    // Every question up to the written file, counted on the screen.
    const beforeWrite = asked.filter((q) => !/Generate the/.test(q));
    expect(beforeWrite.length).toBeLessThanOrEqual(30);
    expect(beforeWrite[0]).toMatch(/What are you building/);
    const text = screen();
    expect(text).toMatch(/── Section 3 of 9: Data stores ──/);
    expect(text).toMatch(/orders-db: PC\/EC/);
    expect(text).toMatch(/durability\/async-replication-rpo/);
  }, 300_000);

  it('Escape goes back across a section boundary, and the interview goes on from there', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'archcap-init-tty-')), 'system.yaml');
    start(`NO_COLOR=1 node bin/run.js init --out ${out}`);
    await interview([], /\? Data store orders-db:/);
    await waitFor((t) => /── Section 3 of 9: Data stores ──/.test(t), 'the data stores section');
    keys('Escape');
    // Back from the first question of "Data stores" to the last of "Requirements".
    await waitFor((t) => /↩ back to the previous question/.test(t) && (questions(t.slice(t.lastIndexOf('↩'))).pop() ?? '').startsWith('? Requirements:'), 'the requirements question again');
    keys('Down', 'Enter'); // edit the requirements this time
    await waitFor((t) => /\? Availability target per month/.test(t), 'the first requirement');
    keys('99.5%', 'Enter');
    await waitFor((t) => /✔ Availability target per month.*99\.5%/.test(t), 'the answer');
    await rest();
    expect(readFileSync(out, 'utf8')).toMatch(/availability: 99\.5%/);
  }, 300_000);

  it('resumes after Ctrl-C with the answers already given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archcap-init-tty-'));
    const out = join(dir, 'system.yaml');
    start(`NO_COLOR=1 node bin/run.js init --out ${out}; echo "exit $?"; NO_COLOR=1 node bin/run.js init --resume --out ${out}`);
    await interview([[/Name of the system/, ['myshop', 'Enter']]], /\? Data store orders-db:/);
    keys('C-c');
    await waitFor((t) => /archcap init --resume/.test(t) && /exit 2/.test(t), 'the interruption');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).some((f) => f.endsWith('.init.json'))).toBe(true);
    // The resumed interview starts where it stopped: the store review, not the archetype.
    const text = await waitFor((t) => questions(t.slice(t.indexOf('exit 2'))).length > 0, 'the resumed interview');
    expect(questions(text.slice(text.indexOf('exit 2')))[0]).toMatch(/\? Data store orders-db:/);
    keys('Enter');
    // rest() answers whatever question shows after the last answer: wait for this
    // Enter to be drawn first, so it is not typed twice.
    await waitFor((t) => /✔ Data store orders-db:/.test(t.slice(t.indexOf('exit 2'))), 'the store kept');
    await rest();
    expect(readFileSync(out, 'utf8')).toMatch(/^name: myshop$/m);
    expect(readdirSync(dir).some((f) => f.endsWith('.init.json'))).toBe(false);
  }, 300_000);

  it('on a terminal, an unknown command asks "Did you mean …?" and runs the answer (the not-found plugin, imported when needed)', async () => {
    start('NO_COLOR=1 node bin/run.js lnt examples/hotel-booking.yaml; echo EXIT=$?');
    await waitFor((t) => /Did you mean lint\?/.test(t), 'the suggestion');
    keys('y', 'Enter');
    const text = await waitFor((t) => /EXIT=\d/.test(t), 'the suggested command to run');
    expect(text).toMatch(/✖ \d+ problems/);
    expect(text).toContain('EXIT=1');
    expect(text).not.toMatch(/internal error|ERR_/);
  });

  it('finds regions by typing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'archcap-init-tty-')), 'system.yaml');
    start(`NO_COLOR=1 node bin/run.js init --out ${out}`);
    await waitFor((t) => /\? What are you building/.test(t), 'the first question');
    keys('Up', 'Enter'); // the last choice: blank
    await waitFor((t) => /\? Name of the system/.test(t), 'the name');
    keys('shop', 'Enter');
    await waitFor((t) => /\? What does it do/.test(t), 'the description');
    keys('Enter');
    await waitFor((t) => /\? Regions it runs in \(type to search/.test(t), 'the region search');
    keys('-l', 'frankfurt');
    const found = await waitFor((t) => /eu-central-1/.test(t.split('? Regions').pop() ?? ''), 'Frankfurt in the list');
    expect(found.split('? Regions').pop()).not.toMatch(/us-east-1/);
    keys('Enter');
    await waitFor((t) => /chosen: [a-z]+:eu-central-1/.test(t), 'the first region chosen');
    keys('-l', 'us-east-1');
    await waitFor((t) => /aws:us-east-1/.test(t.split('chosen: ').pop() ?? ''), 'us-east-1 in the list');
    keys('Enter');
    await waitFor((t) => /chosen: [a-z]+:eu-central-1, aws:us-east-1/.test(t), 'the second region chosen');
    keys('Enter'); // Done
    await waitFor((t) => /── Section 2 of 9: Requirements ──/.test(t), 'the next section');
    keys('C-c');
  }, 300_000);

  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));
  it.each(examples)('--from %s changes only what was edited', async (example) => {
    const file = join(mkdtempSync(join(tmpdir(), 'archcap-init-from-')), example);
    copyFileSync(join(ROOT, 'examples', example), file);
    const before = readFileSync(file, 'utf8');
    start(`NO_COLOR=1 node bin/run.js init --from ${file}`);
    await waitFor((t) => /\? Summary: write the file, or jump to a section/.test(t), 'the summary');
    keys('Down', 'Down', 'Enter'); // Edit 2. Requirements
    await waitFor((t) => /\? Availability target per month/.test(t), 'the first requirement');
    keys('99.5%', 'Enter');
    await waitFor((t) => /✔ Availability target per month.*99\.5%/.test(t), 'the answer');
    await rest();
    const after = readFileSync(file, 'utf8');
    const [a, b] = [before.split('\n'), after.split('\n')];
    expect(b).toHaveLength(a.length);
    const changed = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
    expect(changed).toHaveLength(1);
    expect(changed[0]![1]).toMatch(/^ {2}availability: 99\.5%/);
  }, 300_000);
});
