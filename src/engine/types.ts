import type { KnowledgeView } from './context.js';
import type { SystemModel } from '../model/types.js';
import type { Severity } from './finding.js';
import type { RuleMeta } from './rule-types.js';

/** What a check function reports: a message, and the node it is about when not the given node. */
export interface CheckResult {
  message: string;
  /** Model path; defaults to the selected node's path. */
  path?: string;
  /** Extra references specific to this finding (the rule's own are always added). */
  references?: string[];
  /** Other nodes the finding concerns (every data set one setting affects), each with a short note. */
  related?: { path: string; message: string }[];
}

export interface CheckContext {
  model: SystemModel;
  /** The selected node's parent object (the service of a call, for example). */
  parent: unknown;
  path: string;
  /** Analysis results and knowledge, computed once per file on first use. */
  knowledge: KnowledgeView;
}

/**
 * A built-in check: a small, closed vocabulary that rules refer to by name.
 * Each declares the JSON Schema of its options, so a bad rule fails when it is loaded.
 */
export interface CheckFunction<O = Record<string, unknown>> {
  name: string;
  description: string;
  optionsSchema: Record<string, unknown>;
  run(node: unknown, options: O, ctx: CheckContext): CheckResult[];
}

export interface Rule extends RuleMeta {
  given: string;
  then: { function: string; functionOptions: Record<string, unknown> };
  /** Optional message template; `{{field}}`, `{{$parent.name}}` and `{{$message}}` (the function's own text). */
  message?: string;
  /** Where the rule came from (built-in rules: the rule file). */
  source: string;
  examples?: { valid?: string; invalid?: string };
}

export type ConfiguredSeverity = Severity | 'off';
