/** Literals for generated code: every value a template prints passes through one of these. */
import { escapeControl } from '../report/escape-control.js';

export class HelperError extends Error {}

/** A TypeScript string literal: double-quoted, every special character escaped. */
export function tsString(value: unknown): string {
  if (value === undefined || value === null) throw new HelperError(`tsString needs a value, got ${String(value)}`);
  return JSON.stringify(String(value))
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** `JSON.stringify(value)`: numbers, booleans, lists and objects for code and config. */
export function json(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new HelperError(`json cannot print ${typeof value}`);
  return text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function sqlText(value: unknown, helper: string): string {
  if (value === undefined || value === null) throw new HelperError(`${helper} needs a value, got ${String(value)}`);
  const text = String(value);
  if (text.includes('\0')) throw new HelperError(`${helper}: PostgreSQL text cannot contain a NUL byte`);
  return text;
}

/** A double-quoted PostgreSQL identifier. Longer than 63 bytes is refused: PostgreSQL would cut it. */
export function sqlIdent(value: unknown): string {
  const text = sqlText(value, 'sqlIdent');
  if (text === '') throw new HelperError('sqlIdent: an SQL identifier cannot be empty');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > 63) throw new HelperError(`sqlIdent: "${text}" is ${bytes} bytes; PostgreSQL truncates identifiers to 63`);
  return `"${text.replace(/"/g, '""')}"`;
}

/** A single-quoted SQL string literal (standard_conforming_strings: backslashes are plain). */
export function sqlString(value: unknown): string {
  return `'${sqlText(value, 'sqlString').replace(/'/g, "''")}'`;
}

/** Text for Markdown prose (the generated README): one line, markup and inline HTML shown as typed, control characters visible. */
export function mdText(value: unknown): string {
  if (value === undefined || value === null) throw new HelperError(`mdText needs a value, got ${String(value)}`);
  return escapeControl(String(value).replace(/\r\n|\r|\n/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+!|~-])/g, '\\$1');
}
