/**
 * The interview loop: walks the questions in order, asks each through an injected
 * `ask` (inquirer on a terminal, an answers file in scripts and tests), checks every
 * answer the same way whoever gave it, and fills in a plain answers object.
 *
 * With a `prefill` (an archetype, or the file being edited) every question defaults to
 * what the prefill holds, and each prefilled item or section is first offered as a
 * whole: keep it, edit it, or remove it. With a `focus` only one section is asked and
 * the others are carried over from the prefill unchanged.
 */
import type { KnowledgeBase } from '../knowledge/types.js';
import type { JsonSchema } from '../model/schema.js';
import type { Answers } from './answers.js';
import { coerce } from './check.js';
import { AnswerError } from './errors.js';
import { getIn, getPath, joinPath, setIn } from './paths.js';
import { INTERVIEW } from './questions.js';
import type { Ask, Draft, Each, Expand, Question, Repeat, Say, Scope, Section, Step } from './types.js';

import { confirmMore, promptFor, reviewPrompt } from './prompt.js';

/** What the interview makes of an item just settled: remarks, and fixes offered as the next default. */
export interface Fix {
  /** "Replicate orders-db synchronously (replication: sync)". */
  text: string;
  apply(answers: Draft): void;
}
export type Advise = (answers: Draft, path: string, say: Say) => Fix[];

export interface InterviewOptions {
  kb: KnowledgeBase;
  schema: JsonSchema;
  ask: Ask;
  steps?: readonly Step[];
  /** Answers to start from: the defaults of every question, and items offered for review. */
  prefill?: Draft;
  /** Only this section is asked (the others are taken from `prefill`); null: none is. */
  focus?: string | null;
  say?: Say;
  advise?: Advise;
}

interface Ctx {
  ask: Ask;
  say: Say;
  advise: Advise | undefined;
  answers: Draft;
}

/** A safety net against an `ask` that never says "no more". */
const MAX_ITEMS = 200;

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
const isDraft = (v: unknown): v is Draft => typeof v === 'object' && v !== null && !Array.isArray(v);

function deleteIn(item: Draft, id: string): void {
  const keys = id.split('.');
  let node: unknown = item;
  for (const key of keys.slice(0, -1)) node = isDraft(node) ? node[key] : undefined;
  if (isDraft(node)) delete node[keys[keys.length - 1]!];
}

async function askQuestion(q: Question, s: Scope, base: string, c: Ctx): Promise<void> {
  if (q.when && !q.when(s)) return;
  const prompt = promptFor(q, s, joinPath(base, q.id));
  let value: unknown = await c.ask(prompt);
  if (value === '' && prompt.optional) value = undefined;
  if (value === undefined) value = prompt.default;
  if (value === undefined || (prompt.optional && Array.isArray(value) && value.length === 0)) {
    if (prompt.optional) {
      deleteIn(s.item, q.id);
      return;
    }
    throw new AnswerError('missing-answer', prompt.path, prompt.message, 'no answer given, and the question has no default');
  }
  const problem = prompt.check(value);
  if (problem) throw new AnswerError('invalid-answer', prompt.path, prompt.message, problem);
  const cv = coerce(q.kind, prompt.choices, value);
  if ('error' in cv) return;
  const before = getIn(s.item, q.id);
  // An edited item keeps what it had where the question's own default is the answer.
  const prefilled = s.prefill !== undefined && getIn(s.prefill, q.id) !== undefined;
  if (before === undefined && s.prefill !== undefined && !prefilled && q.default !== undefined && typeof q.default !== 'function' && q.default === cv.value) return;
  if (before !== undefined && JSON.stringify(before) !== JSON.stringify(cv.value)) for (const key of q.resets ?? []) deleteIn(s.item, key);
  setIn(s.item, q.id, cv.value);
}

/** The name of an item for messages: its name, or what it links (a consumer). */
function itemLabel(item: Draft): string {
  if (typeof item['name'] === 'string') return item['name'];
  if (typeof item['service'] === 'string' && typeof item['topic'] === 'string') return `${item['service']} ← ${item['topic']}`;
  if (typeof item['service'] === 'string') return item['service'];
  return '';
}

/** After an item is settled: advice, warnings, and the first mechanical fix offered as a yes/no (yes by default). */
async function settle(s: Scope, itemPath: string, c: Ctx): Promise<void> {
  if (!c.advise) return;
  for (let round = 0; round < 3; round++) {
    const fixes = c.advise(c.answers, itemPath, c.say);
    const fix = s.parents.length === 0 ? fixes[0] : undefined;
    if (!fix) return;
    const prompt = {
      path: `${itemPath}#fix`,
      kind: 'confirm' as const,
      message: `Fix it: ${fix.text}?`,
      default: true,
      optional: false,
      check: (v: unknown) => (typeof v === 'boolean' ? undefined : `expected true or false, got ${JSON.stringify(v)}`),
    };
    const answer = (await c.ask(prompt)) ?? true;
    if (answer !== true) return;
    fix.apply(c.answers);
    c.say({ path: itemPath, kind: 'derived', text: `→ ${fix.text}` });
  }
}

async function askRepeat(r: Repeat, s: Scope, base: string, c: Ctx): Promise<void> {
  if (r.when && !r.when(s)) return;
  const list: Draft[] = [];
  const listPath = joinPath(base, r.repeat);
  const pre = getPath(s.prefill, r.repeat);
  const prefilled = Array.isArray(pre) ? (pre as Draft[]).filter(isDraft) : [];
  setIn(s.item, r.repeat, list);
  for (const [j, p] of prefilled.entries()) {
    const itemPath = joinPath(listPath, list.length);
    const choice = await c.ask(reviewPrompt(`${joinPath(listPath, j)}#review`, r.noun ?? r.repeat, itemLabel(p), p));
    if (choice === 'remove') continue;
    const item = clone(p);
    list.push(item);
    if (choice === 'edit') await run(r.steps, { ...s, item, parents: [...s.parents, s.item], index: list.length - 1, prefill: p }, itemPath, c);
    await settle(s, itemPath, c);
  }
  for (let i = 0; i < MAX_ITEMS; i++) {
    const itemPath = joinPath(listPath, list.length);
    if (list.length >= (r.min ?? 0)) {
      const prompt = confirmMore(r, s, itemPath, list.length === 0);
      const answer = (await c.ask(prompt)) ?? false;
      const problem = prompt.check(answer);
      if (problem) throw new AnswerError('invalid-answer', itemPath, prompt.message, problem);
      if (answer !== true) break;
    }
    const item: Draft = {};
    list.push(item);
    await run(r.steps, { ...s, item, parents: [...s.parents, s.item], index: list.length - 1, prefill: undefined }, itemPath, c);
    await settle(s, itemPath, c);
  }
  if (list.length === 0) delete s.item[r.repeat];
}

async function askEach(e: Each, s: Scope, base: string, c: Ctx): Promise<void> {
  if (e.when && !e.when(s)) return;
  const list = getIn(s.item, e.each);
  if (!Array.isArray(list)) return;
  const pre = getPath(s.prefill, e.each);
  for (const [i, item] of (list as Draft[]).entries()) {
    const prefill = Array.isArray(pre) ? (pre as Draft[]).find((p) => isDraft(p) && p['name'] === item['name']) : undefined;
    await run(e.steps, { ...s, item, parents: [...s.parents, s.item], index: i, prefill }, joinPath(joinPath(base, e.each), i), c);
  }
}

const hasAny = (d: Draft | undefined, keys: string[]): boolean => d !== undefined && keys.some((k) => d[k] !== undefined);

async function askSection(sec: Section, s: Scope, base: string, c: Ctx, progress: string, focused: boolean): Promise<void> {
  c.say({ path: sec.section, kind: 'progress', text: `${progress}: ${sec.title}` });
  const summary = !focused && s.prefill && hasAny(s.prefill, sec.keys) ? sec.review?.(s.prefill) : undefined;
  if (summary !== undefined) {
    const choice = await c.ask(reviewPrompt(`${sec.section}#review`, sec.title, '', s.prefill!, summary, false));
    if (choice === 'keep') {
      for (const key of sec.keys) if (s.prefill![key] !== undefined) s.item[key] = clone(s.prefill![key]);
      return;
    }
  }
  for (const key of sec.keys) if (s.prefill?.[key] !== undefined && !Array.isArray(s.prefill[key])) s.item[key] = clone(s.prefill[key]);
  await run(sec.steps, s, base, c);
}

interface Walk {
  focus: string | null | undefined;
  sections: Section[];
}

async function run(steps: readonly Step[], s: Scope, base: string, c: Ctx, walk?: Walk): Promise<void> {
  for (const step of steps) {
    if ('section' in step) {
      const sections = walk?.sections ?? [step];
      const k = sections.indexOf(step) + 1;
      if (walk && walk.focus !== undefined && walk.focus !== step.section) {
        for (const key of step.keys) if (s.prefill?.[key] !== undefined) s.item[key] = clone(s.prefill[key]);
        continue;
      }
      await askSection(step, s, base, c, `Section ${k} of ${sections.length}`, walk?.focus === step.section);
    } else if ('repeat' in step) await askRepeat(step, s, base, c);
    else if ('each' in step) await askEach(step, s, base, c);
    else if ('expand' in step) await run((step as Expand).expand(s), s, base, c);
    else if ('derive' in step) {
      for (const d of step.derive(s)) {
        setIn(s.item, d.id, d.value);
        c.say({ path: joinPath(base, d.id), kind: 'derived', text: `→ ${d.id}: ${Array.isArray(d.value) ? d.value.join(', ') : String(d.value)} — ${d.why}` });
      }
    }
    else await askQuestion(step, s, base, c);
  }
}

/** The sections of an interview, in order (an interview of bare steps has none). */
export const sectionsOf = (steps: readonly Step[]): Section[] => steps.filter((st): st is Section => 'section' in st);

/** Run the interview; the result has every required answer, each checked. */
export async function interview(options: InterviewOptions): Promise<Answers> {
  const answers: Draft = {};
  const steps = options.steps ?? INTERVIEW;
  const prefill = options.prefill === undefined ? undefined : clone(options.prefill);
  const scope: Scope = { kb: options.kb, schema: options.schema, answers, item: answers, parents: [], index: 0, ...(prefill ? { prefill } : {}) };
  const c: Ctx = { ask: options.ask, say: options.say ?? (() => undefined), advise: options.advise, answers };
  await run(steps, scope, '', c, { focus: options.focus, sections: sectionsOf(steps) });
  // Keys the interview does not ask about (an edited file's own) are carried over as they were.
  if (prefill) for (const [k, v] of Object.entries(prefill)) if (answers[k] === undefined && !sectionsOf(steps).some((sec) => sec.keys.includes(k))) answers[k] = v;
  return answers as unknown as Answers;
}
