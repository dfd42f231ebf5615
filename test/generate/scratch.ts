/** Scratch folders for generator tests, under .tmp/generator (git-ignored), removed afterwards. */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const REAL_TEMPLATES = join(ROOT, 'templates');
const FIXTURE_PATTERNS = join(ROOT, 'test/generate/fixtures/templates');
const BASE = join(ROOT, '.tmp/generator');

/** A fresh empty folder, removed after this test file. */
export function scratchDir(label: string): string {
  mkdirSync(BASE, { recursive: true });
  const dir = mkdtempSync(join(BASE, `${label}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A templates folder with the real `_common` and the toy patterns of the fixtures. */
export function fixtureTemplates(): string {
  const dir = join(scratchDir('templates'), 'templates');
  cpSync(join(REAL_TEMPLATES, '_common'), join(dir, '_common'), { recursive: true });
  cpSync(FIXTURE_PATTERNS, dir, { recursive: true });
  return dir;
}
