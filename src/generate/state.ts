/** Reading what is on disk in the output folder: the manifest and each file's state. Never writes. */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { GenerateError } from '../errors.js';
import { MANIFEST_FILE, safeSegments } from './paths.js';
import type { FileAction, ResolvedRequest } from './types.js';

export interface GenerationManifest {
  version: 1;
  generator: 'archcap';
  requests: ResolvedRequest[];
  systemName?: string;
  /** Relative path → sha256 of the content archcap last wrote there. */
  files: Record<string, string>;
  /** Present only while a run writes: path → sha256 of what it is writing there. */
  pending?: Record<string, string>;
}

export const sha256 = (content: string): string => createHash('sha256').update(content).digest('hex');

export function emptyManifest(): GenerationManifest {
  return { version: 1, generator: 'archcap', requests: [], files: {} };
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** The real path of `root` if it exists, else undefined. */
export function realRoot(root: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(root);
  } catch (error) {
    if (errno(error) === 'ENOENT') return undefined;
    if (errno(error) === 'ENOTDIR') throw new GenerateError('out-dir', `cannot use ${root} as the output folder: part of the path is a file, not a folder`);
    throw new GenerateError('out-dir', `cannot use ${root} as the output folder: ${(error as Error).message}`);
  }
  if (!lstatSync(real).isDirectory()) throw new GenerateError('out-dir', `cannot use ${root} as the output folder: it is not a folder`);
  return real;
}

export function isInside(rootReal: string, path: string): boolean {
  return path === rootReal || path.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

export type DiskEntry =
  | { kind: 'missing' }
  | { kind: 'file'; content: string; mode: number }
  | { kind: 'other'; reason: string; link?: boolean };

/**
 * What is at `rel` under `rootReal`, following only symbolic links that stay inside the
 * folder (a link escaping it is refused, as writing through it would be).
 */
export function readEntry(rootReal: string, rel: string): DiskEntry {
  let current = rootReal;
  const segments = safeSegments(rel);
  for (const [i, seg] of segments.entries()) {
    const path = join(current, seg);
    let stat;
    try {
      stat = lstatSync(path);
    } catch (error) {
      if (errno(error) === 'ENOENT') return { kind: 'missing' };
      throw error;
    }
    const last = i === segments.length - 1;
    if (stat.isSymbolicLink()) {
      if (last) return { kind: 'other', reason: 'is a symbolic link; archcap only replaces regular files (--force replaces the link itself)', link: true };
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        return { kind: 'other', reason: `${segments.slice(0, i + 1).join('/')} is a symbolic link that leads nowhere` };
      }
      if (!isInside(rootReal, real)) throw new GenerateError('unsafe-path', `refusing to write ${JSON.stringify(rel)}: ${seg} is a symbolic link leading outside the output folder`);
      current = real;
      continue;
    }
    if (last) {
      if (!stat.isFile()) return { kind: 'other', reason: 'is not a regular file' };
      return { kind: 'file', content: readFileSync(path, 'utf8'), mode: stat.mode & 0o777 };
    }
    if (!stat.isDirectory()) return { kind: 'other', reason: `${segments.slice(0, i + 1).join('/')} is not a folder` };
    current = path;
  }
  return { kind: 'missing' };
}

export function readManifest(outDir: string): GenerationManifest {
  const rootReal = realRoot(outDir);
  if (!rootReal) return emptyManifest();
  const entry = readEntry(rootReal, MANIFEST_FILE);
  if (entry.kind !== 'file') return emptyManifest();
  try {
    const parsed = JSON.parse(entry.content) as Partial<GenerationManifest>;
    if (parsed.generator !== 'archcap' || typeof parsed.files !== 'object' || parsed.files === null || Array.isArray(parsed.files)) return emptyManifest();
    if (parsed.pending !== undefined && (typeof parsed.pending !== 'object' || parsed.pending === null)) delete parsed.pending;
    return { ...emptyManifest(), ...parsed, version: 1, generator: 'archcap' };
  } catch {
    // An unreadable manifest makes every existing file count as edited: safe, never destructive.
    return emptyManifest();
  }
}

export interface Classified {
  action: Exclude<FileAction, 'skip'>;
  reason?: string;
  /** Content on disk, when there is a regular file. */
  before?: string;
  /** A symbolic link is there: --force replaces the link itself, never what it points to. */
  link?: boolean;
  mode?: number;
}

/** Decide what writing `content` at `rel` would be, given the disk and the manifest. */
export function classify(rootReal: string | undefined, manifest: GenerationManifest, rel: string, content: string): Classified {
  const entry = rootReal ? readEntry(rootReal, rel) : ({ kind: 'missing' } as const);
  if (entry.kind === 'missing') return { action: 'create' };
  if (entry.kind === 'other') return { action: 'conflict', reason: entry.reason, ...(entry.link ? { link: true } : {}) };
  const base = { before: entry.content, mode: entry.mode };
  if (entry.content === content) return { action: 'unchanged', ...base };
  const recorded = manifest.files[rel];
  const hash = sha256(entry.content);
  // `pending`: the file as a run that was killed part-way left it.
  if ((recorded !== undefined && recorded === hash) || manifest.pending?.[rel] === hash) return { action: 'update', ...base };
  const reason = recorded === undefined ? 'exists and was not written by archcap' : 'edited since archcap generated it';
  return { action: 'conflict', reason, ...base };
}
