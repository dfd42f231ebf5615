/**
 * `archcap init` as a person uses it: the real prompts in a real terminal (tmux), keys
 * typed, the screen read back. Each step waits for the prompt it answers (no fixed
 * sleeps), so the test does not race a slow machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { storeEngines } from '../../src/wizard/kb-choices.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux && process.env['CI']) throw new Error('tmux is required under CI (.ci/run installs it)');
const SESSION = `archcap-init-${process.pid}`;
/** How far down the engine list postgres is (the list grows with the knowledge base). */
const POSTGRES = storeEngines(loadKnowledge()).findIndex((c) => c.value === 'postgres');
const tmux = (...args: string[]): string => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = (): string => tmux('capture-pane', '-p', '-J', '-S', '-5000', '-t', SESSION);
const keys = (...k: string[]): void => void tmux('send-keys', '-t', SESSION, ...k);

async function waitFor(test: (text: string) => boolean, what: string, ms = 20_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const text = screen();
    if (test(text)) return text;
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}; the screen shows:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The question now asked: the last line starting with `?`. */
function currentQuestion(text: string): string | undefined {
  return text.split('\n').filter((l) => l.startsWith('? ')).pop();
}

/**
 * Answers each new question with the keys of the first unused rule that matches it;
 * any other question takes its default, and "add a/another …?" is answered no. A
 * question is new once every earlier one shows as answered (a line starting with ✔).
 * Returns the questions asked, in order, once `done` shows on the screen.
 */
async function interview(rules: Array<[RegExp, string[]]>, done: RegExp): Promise<string[]> {
  const unused = [...rules];
  const asked: string[] = [];
  await waitFor((t) => {
    if (done.test(t)) return true;
    const answered = t.split('\n').filter((l) => l.startsWith('✔ ')).length;
    const q = currentQuestion(t);
    if (q && answered === asked.length) {
      const i = unused.findIndex(([re]) => re.test(q));
      const k = i >= 0 ? unused.splice(i, 1)[0]![1] : /\? Add (a|another) /.test(q) ? ['n', 'Enter'] : ['Enter'];
      asked.push(q);
      keys(...k);
    }
    return false;
  }, 'the interview to end', 90_000);
  return asked;
}

describe.skipIf(!hasTmux)('archcap init in a terminal', () => {
  afterAll(() => {
    spawnSync('tmux', ['kill-session', '-t', SESSION]);
  });

  it('interviews, writes the YAML and prints its analysis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archcap-init-tty-'));
    const out = join(dir, 'system.yaml');
    // One tmux call: start the server, keep a long scroll-back, open the session.
    tmux('start-server', ';', 'set-option', '-g', 'history-limit', '10000', ';', 'new-session', '-d', '-s', SESSION, '-x', '200', '-y', '50', `cd ${ROOT} && NO_COLOR=1 node bin/run.js init --out ${out}; sleep 600`);
    const asked = await interview(
      [
        [/Name of the system/, ['shop', 'Enter']],
        [/What does it do/, ['checkout for a shop', 'Enter']],
        [/Regions it runs in/, ['Space', 'Enter']],
        [/Availability target/, ['C-u', '99.95%', 'Enter']],
        [/Add a data store\?/, ['y', 'Enter']],
        [/Name of the data store/, ['orders-db', 'Enter']],
        [/Engine of orders-db/, [...Array<string>(POSTGRES).fill('Down'), 'Enter']],
      ],
      /Wrote /,
    );
    const text = await waitFor((t) => /Recommendations \(\d+\)/.test(t), 'the analysis');
    expect(existsSync(out)).toBe(true);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=/);
    expect(yaml).toContain('name: shop');
    expect(yaml).toContain('availability: 99.95%');
    expect(yaml).toMatch(/name: orders-db\s+engine: postgres/);
    expect(text).toMatch(/orders-db\s+postgres\s+P[AC]\/E[LC]/);
    expect(asked.some((q) => q.includes('Topology of orders-db'))).toBe(true);
  }, 120_000);
});
