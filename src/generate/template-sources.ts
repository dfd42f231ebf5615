/** Every Handlebars source of the catalogue: template files and templated `to` paths. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue, PatternFile } from './types.js';
import { COMMON_DIR } from './catalogue.js';

export interface TemplateSource {
  /** Where it comes from, for messages: `fenced-lock/src/lock.ts.hbs`. */
  name: string;
  source: string;
  /** sha256 of the source: the key of its precompiled form. */
  key: string;
}

export const hashSource = (source: string): string => createHash('sha256').update(source).digest('hex');

export function readTemplate(dir: string, from: string, folder: string): TemplateSource {
  const source = readFileSync(join(dir, from), 'utf8');
  return { name: `${folder}/${from}`, source, key: hashSource(source) };
}

/** A `to` path is a template only when it contains a mustache. */
export function pathTemplate(file: PatternFile, folder: string, index: number): TemplateSource | undefined {
  if (!file.to.includes('{{')) return undefined;
  return { name: `${folder}/files[${index}].to`, source: file.to, key: hashSource(file.to) };
}

export function catalogueSources(catalogue: Catalogue): TemplateSource[] {
  const out: TemplateSource[] = [];
  const add = (dir: string, folder: string, files: PatternFile[]): void => {
    files.forEach((file, i) => {
      out.push(readTemplate(dir, file.from, folder));
      const path = pathTemplate(file, folder, i);
      if (path) out.push(path);
    });
  };
  add(catalogue.common.dir, COMMON_DIR, catalogue.common.files);
  for (const p of catalogue.patterns.values()) add(p.dir, p.name, p.files);
  return out;
}
