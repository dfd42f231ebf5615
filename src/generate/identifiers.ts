/**
 * Names from a user's YAML become identifiers and file names through these functions.
 * Every result is ASCII, valid in its target (a TypeScript identifier that is not a
 * reserved word or a shadowed global; a portable file name) and deterministic. Different
 * inputs can still meet (`create-order` and `create_order` are both `createOrder`); the
 * planner detects such collisions instead of hiding them.
 */
import { createHash } from 'node:crypto';
import { RESERVED_FILE_NAMES, RESERVED_IDENTIFIERS } from './reserved.js';

const MAX_LENGTH = 100;

/** Split any value into lower-case ASCII words: `"HTTPServer v2"` → `["http", "server", "v2"]`. */
export function words(value: unknown): string[] {
  const text = String(value ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const out: string[] = [];
  for (const chunk of text.split(/[^\p{L}\p{N}]+/u)) {
    if (chunk === '') continue;
    out.push(...splitChunk(chunk));
  }
  return out;
}

function splitChunk(chunk: string): string[] {
  // Non-ASCII letters and digits become their code point, so distinct names stay distinct.
  const ascii = chunk.replace(/[^A-Za-z0-9]/gu, (c) => ` u${c.codePointAt(0)!.toString(16)} `);
  return ascii
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** The words of a name; a name without letters or digits is called `unnamed`. */
const nameWords = (value: unknown): string[] => {
  const w = words(value);
  return w.length > 0 ? w : ['unnamed'];
};

function bounded(name: string, value: unknown, sep: string): string {
  if (name.length <= MAX_LENGTH) return name;
  const hash = createHash('sha256').update(String(value)).digest('hex').slice(0, 8);
  return `${name.slice(0, MAX_LENGTH - 9)}${sep}${hash}`;
}

function identifier(joined: string, value: unknown): string {
  let id = joined;
  if (/^[0-9]/.test(id)) id = `_${id}`;
  id = bounded(id, value, '_');
  return RESERVED_IDENTIFIERS.has(id) ? `${id}_` : id;
}

export function pascal(value: unknown): string {
  return identifier(nameWords(value).map(cap).join(''), value);
}

export function camel(value: unknown): string {
  const [first = '', ...rest] = nameWords(value);
  return identifier(first + rest.map(cap).join(''), value);
}

export function constant(value: unknown): string {
  return identifier(nameWords(value).join('_').toUpperCase(), value);
}

function fileName(joined: string, value: unknown, sep: string): string {
  const name = bounded(joined, value, sep);
  return RESERVED_FILE_NAMES.has(name) ? `${name}${sep}file` : name;
}

/** A lower-case file name such as `order-service` (also safe on Windows). */
export function kebab(value: unknown): string {
  return fileName(nameWords(value).join('-'), value, '-');
}

/** A lower-case name such as `order_service` (file names, SQL names before quoting). */
export function snake(value: unknown): string {
  return fileName(nameWords(value).join('_'), value, '_');
}
