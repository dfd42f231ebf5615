/**
 * An interview session on a terminal: every answer is logged (and saved, so an
 * interrupted interview resumes), and the interview is a pure function of that log.
 * Going back drops the last answer and replays the rest without asking; the answer
 * dropped becomes the default when its question comes again. After the last section a
 * summary lets the user jump to any section and edit it, the other sections kept.
 */
import type { Answers } from './answers.js';
import { ARCHETYPES, archetypeValues } from './archetypes.js';
import { interview, sectionsOf, type Advise } from './interview.js';
import { oneLine } from './prompt.js';
import { INTERVIEW } from './questions.js';
import { getPath } from './paths.js';
import type { AnswerValue, Ask, Draft, Prompt, Say } from './types.js';
import type { WizardContext } from './index.js';

/** Thrown by an `ask` when the user asks to go back (Escape). */
export class GoBack extends Error {
  constructor() {
    super('back');
    this.name = 'GoBack';
  }
}

export interface LoggedAnswer {
  path: string;
  value: AnswerValue | null;
}

export interface SessionState {
  version: 1;
  /** `new`: from an archetype or blank; `edit`: an existing file (`--from`). */
  mode: 'new' | 'edit';
  /** The file being edited (`--from`). */
  from?: string;
  /** The answers the current pass starts from; absent in a new session's first pass (the archetype decides). */
  prefill?: Draft;
  /** The section being edited after the summary; null: only the summary is shown. */
  focus?: string | null;
  log: LoggedAnswer[];
}

export interface SessionOptions extends WizardContext {
  ask: Ask;
  say: Say;
  /** A fresh advisor for each pass (it remembers what it said). */
  advisor?: () => Advise;
  state: SessionState;
  /** The findings the analysis of finished answers reports (error and warning), for "accept these?". */
  findings?: (answers: Draft) => Array<{ ruleId: string; path: string; message: string }>;
  /** Called after every answer (and every change of pass) with the state to save. */
  save?: (state: SessionState) => void;
}

const BLANK = 'blank';

export function archetypePrompt(): Prompt {
  const choices = [
    ...ARCHETYPES.map((a) => ({ value: a.id, name: a.title, description: a.about })),
    { value: BLANK, name: 'Blank (answer every question)', description: 'start from nothing' },
  ];
  return {
    path: 'archetype',
    kind: 'select',
    message: 'What are you building? (an example to start from: most answers become confirmations)',
    choices,
    default: 'checkout',
    optional: false,
    check: (v) => (choices.some((c) => c.value === v) ? undefined : `not one of ${choices.map((c) => c.value).join(', ')}`),
  };
}

const WRITE = 'write';

function summaryPrompt(answers: Draft, mode: SessionState['mode']): Prompt {
  const sections = sectionsOf(INTERVIEW);
  const describe = (keys: string[]): string => {
    const parts = keys.map((k) => answers[k]).filter((v) => v !== undefined);
    if (!parts.length) return '(none)';
    return parts.map((v) => (Array.isArray(v) ? v.map((i) => (typeof i === 'object' && i !== null ? String((i as Draft)['name'] ?? oneLine(i as Draft)) : String(i))).join(', ') : typeof v === 'object' && v !== null ? oneLine(v as Draft, []) : String(v))).join(' · ');
  };
  const choices = [
    { value: WRITE, name: mode === 'edit' ? 'Save the changes and analyse' : 'Write the file and analyse it', description: '' },
    ...sections.map((s, i) => ({ value: s.section, name: `Edit ${i + 1}. ${s.title}`, description: describe(s.keys) })),
  ];
  return {
    path: 'summary',
    kind: 'select',
    message: 'Summary: write the file, or jump to a section to change it',
    choices,
    default: WRITE,
    optional: false,
    check: (v) => (choices.some((c) => c.value === v) ? undefined : 'not a section'),
  };
}

/** Runs the session to its end (the user chose to write); the answers, and the state last saved. */
export async function runSession(o: SessionOptions): Promise<Answers> {
  const state = o.state;
  const remembered = new Map<string, AnswerValue>();
  const save = (): void => o.save?.(state);
  for (;;) {
    let i = 0;
    const log = state.log;
    const ask: Ask = async (p) => {
      if (i < log.length) {
        const entry = log[i]!;
        if (entry.path === p.path && (entry.value === null || p.check(entry.value) === undefined)) {
          i++;
          return entry.value ?? undefined;
        }
        log.length = i; // the interview took another road: what follows no longer applies
      }
      const before = remembered.get(p.path);
      const value = await o.ask(before === undefined || p.check(before) !== undefined ? p : { ...p, default: before });
      log.push({ path: p.path, value: value ?? null });
      i++;
      save();
      return value;
    };
    const say: Say = (r) => {
      if (i >= log.length) o.say(r);
    };
    try {
      let prefill = state.prefill;
      if (prefill === undefined && state.mode === 'new') {
        const id = await ask(archetypePrompt());
        const a = ARCHETYPES.find((x) => x.id === id);
        prefill = a ? archetypeValues(a) : undefined;
      }
      const answers = (await interview({
        kb: o.kb,
        schema: o.schema,
        ask,
        say,
        ...(prefill ? { prefill } : {}),
        ...(state.focus !== undefined ? { focus: state.focus } : {}),
        ...(o.advisor ? { advise: o.advisor() } : {}),
      })) as unknown as Draft;
      const next = await ask(summaryPrompt(answers, state.mode));
      if (next === WRITE) {
        if (o.findings) await acceptFindings(answers, o.findings(answers), ask);
        return answers as unknown as Answers;
      }
      state.prefill = answers;
      state.focus = String(next);
      state.log = [];
      save();
    } catch (error) {
      if (!(error instanceof GoBack)) throw error;
      const last = log.pop();
      if (last && last.value !== null) remembered.set(last.path, last.value);
      if (!last && state.focus) state.focus = null; // back from a section's first question: the summary
      save();
    }
  }
}

/** The item a finding is about (`datastores[0]` for `datastores[0].settings`), or the root. */
const itemOf = (path: string): string => /^[a-z]+\[\d+\]/i.exec(path)?.[0] ?? '';

/**
 * Findings the user accepts as they are go into the file as `x-archcap-ignore` with the
 * user's reason, so that `archcap lint` afterwards reports only the others.
 */
async function acceptFindings(answers: Draft, findings: Array<{ ruleId: string; path: string; message: string }>, ask: Ask): Promise<void> {
  if (!findings.length) return;
  const key = (f: { ruleId: string; path: string }): string => `${f.ruleId}@${itemOf(f.path)}`;
  const choices = [...new Map(findings.map((f) => [key(f), { value: key(f), name: `${f.ruleId} at ${itemOf(f.path) || 'the system'}`, description: f.message }])).values()];
  const chosen = await ask({
    path: 'accept',
    kind: 'checkbox',
    message: `${findings.length} finding(s) remain. Accept any as they are? (recorded in the file with your reason; lint then reports only the others; none: keep them all)`,
    choices,
    default: [],
    optional: true,
    check: (v) => (Array.isArray(v) && v.every((x) => choices.some((c) => c.value === x)) ? undefined : 'not one of the findings'),
  });
  if (!Array.isArray(chosen) || chosen.length === 0) return;
  const reason = await ask({
    path: 'acceptReason',
    kind: 'input',
    message: 'Why are they acceptable? (one line, recorded as the reason)',
    optional: false,
    check: (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'a reason is needed'),
  });
  for (const value of chosen) {
    const [rule, at] = String(value).split('@') as [string, string];
    const item = at ? (getPath(answers, at) as Draft | undefined) : answers;
    if (!item) continue;
    const list = (item['x-archcap-ignore'] as Draft[] | undefined) ?? [];
    if (!list.some((e) => e['rule'] === rule)) item['x-archcap-ignore'] = [...list, { rule, reason: String(reason).trim() }];
  }
}
