/**
 * The JSON Schema as a file shipped in the package (schema/system.schema.json,
 * written by `npm run docs`), and how a system description points editors at it.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../paths.js';

/** The schema file of this installation (from src/ and dist/ alike). */
export const PUBLISHED_SCHEMA = packagePath('schema/system.schema.json');

/** The schema's path relative to the folder of `file` (what a modeline in `file` needs), or a file URL when there is no relative path. */
export function schemaReference(file: string, schema: string = PUBLISHED_SCHEMA): string {
  const rel = relative(dirname(resolve(file)), schema);
  if (isAbsolute(rel)) return pathToFileURL(schema).href;
  const slashed = rel.split(sep).join('/');
  return slashed.startsWith('.') ? slashed : `./${slashed}`;
}

/** The yaml-language-server modeline (without the leading `# `). */
export const schemaModeline = (reference: string): string => `yaml-language-server: $schema=${reference}`;
