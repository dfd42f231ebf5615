/**
 * The interview's vocabulary. Questions are data: an id (where the answer goes), the
 * text, a kind, choices and a default that may depend on earlier answers, validation and
 * a `when` condition. Answers are a plain object shaped like the system YAML, so an
 * answers file reads like a small system description and a problem in the built YAML
 * names the same path as the question that caused it.
 */
import type { KnowledgeBase } from '../knowledge/types.js';
import type { JsonSchema } from '../model/schema.js';

export type QuestionKind = 'input' | 'number' | 'select' | 'checkbox' | 'confirm';
export type Scalar = string | number | boolean;
export type AnswerValue = Scalar | string[];

export interface Choice {
  value: Scalar;
  name: string;
  description?: string;
  /** Shown but not selectable, with the reason (a callee that would close a cycle of calls). */
  disabled?: string;
}

/** A plain object being filled in: the whole answers, or one repeated item. */
export type Draft = Record<string, unknown>;

/** What a question's dynamic parts can look at. */
export interface Scope {
  kb: KnowledgeBase;
  /** The system JSON Schema: the fixed vocabularies and name patterns. */
  schema: JsonSchema;
  /** Everything answered so far. */
  answers: Draft;
  /** The repeated item being filled in (the answers themselves at the top level). */
  item: Draft;
  /** Enclosing items, outermost first (the service whose calls are asked, the workflow of a step). */
  parents: Draft[];
  /** Position of `item` in its list. */
  index: number;
  /** What the item held before (an archetype, the file being edited): the defaults of its questions. */
  prefill?: Draft;
}

type Dynamic<T> = T | ((s: Scope) => T);

export interface Question {
  /** Dotted path inside the current item: `engine`, `settings.readConsistency`, `latency.read.p99`. */
  id: string;
  kind: QuestionKind;
  message: Dynamic<string>;
  choices?: (s: Scope) => Choice[];
  default?: Dynamic<AnswerValue | undefined>;
  /** May be left unanswered (no default is then written). */
  optional?: boolean;
  /** Beyond the kind and the choices: a message when the value is not acceptable. */
  validate?: (value: AnswerValue, s: Scope) => string | undefined;
  when?: (s: Scope) => boolean;
  /** Keys of the item cleared when this answer changes (an engine's own settings when the engine changes). */
  resets?: string[];
}

/** "Add a data store?" — a list of items, each filled in by `steps`. */
export interface Repeat {
  repeat: string;
  /** The question before the first item, and before each further one. */
  add: Dynamic<string>;
  more: Dynamic<string>;
  /** Items asked for without the "add?" question. */
  min?: number;
  /** What one item is called in review prompts ("data store"). */
  noun?: string;
  when?: (s: Scope) => boolean;
  steps: Step[];
}

/** Revisit every item already in a list (calls are asked once all services are known). */
export interface Each {
  each: string;
  when?: (s: Scope) => boolean;
  steps: Step[];
}

/** Questions that depend on earlier answers (an engine's own settings). */
export interface Expand {
  expand: (s: Scope) => Step[];
}

/**
 * A part of the interview with a title (shown in the progress line and the summary
 * screen) and the top-level keys its answers fill in, so it can be kept, jumped to
 * and edited on its own.
 */
export interface Section {
  section: string;
  title: string;
  keys: string[];
  /** One line about a prefilled section, for its review prompt; absent: its questions are always asked. */
  review?: (prefill: Draft) => string | undefined;
  steps: Step[];
}

/** Settings worked out from earlier answers (needs → invariants), each shown with why. */
export interface Derive {
  derive: (s: Scope) => Array<{ id: string; value: AnswerValue; why: string }>;
}

export type Step = Question | Repeat | Each | Expand | Section | Derive;

/** A question made concrete for one place in the answers: what an `ask` function receives. */
export interface Prompt {
  /** Full path in the answers: `datastores[1].settings.readConsistency`. */
  path: string;
  kind: QuestionKind;
  message: string;
  choices?: Choice[];
  default?: AnswerValue;
  optional: boolean;
  /** True for the "add another?" confirmations of a list; `path` is then the next item's. */
  repeat?: boolean;
  /** True for "keep, edit or remove" of a prefilled item or section (never asked from an answers file). */
  review?: boolean;
  /** "Section 3 of 9: Data stores", for the progress line. */
  progress?: string;
  /** A message when `value` is not acceptable, undefined when it is. */
  check(value: unknown): string | undefined;
}

/** Asks one question. `undefined` means no answer (the default, or nothing when optional). */
export type Ask = (prompt: Prompt) => Promise<AnswerValue | undefined>;

/** Advice shown between questions; `path` is where the interview stands (the item just settled). */
export interface Remark {
  path: string;
  kind: 'advice' | 'warning' | 'progress' | 'derived';
  text: string;
  /** The rule whose finding a warning announces. */
  ruleId?: string;
}

export type Say = (remark: Remark) => void;

export interface Settings {
  [name: string]: Scalar;
}
