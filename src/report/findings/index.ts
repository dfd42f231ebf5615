import type { FindingsFormatter } from '../../engine/rule-types.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The `--format` values of `archcap lint`. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/**
 * Every findings formatter by name. Each is a pure `(findings, ctx) => string`;
 * the text has no trailing newline (the caller adds one when it prints or writes).
 */
export const formatters: Record<FormatName, FindingsFormatter> = { stylish, json, sarif, junit, github, markdown };

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export { github, json, junit, markdown, sarif, stylish };
export { INVALID_INPUT_RULE_ID } from './shared.js';
