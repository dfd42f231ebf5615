/** The ADR folder as it is: numbered Markdown files and their text (read only; the plan is pure and lives in src/report, writing goes through write.ts). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExistingFile } from '../report/adr-plan.js';

export function readAdrFolder(dir: string): ExistingFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => /^\d{4,}-.*\.md$/.test(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}
