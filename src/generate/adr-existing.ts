/** The ADR folder as it is: numbered Markdown files and their text (read only; the plan is pure and lives in src/report, writing goes through write.ts). */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExistingFile } from '../report/adr-plan.js';

export function readAdrFolder(dir: string): ExistingFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    // lstat: a link (dangling or not) is not an ADR archcap wrote; the writer refuses to replace it.
    .filter((name) => /^\d{4,}-.*\.md$/.test(name) && lstatSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}
