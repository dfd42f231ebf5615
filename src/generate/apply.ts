/**
 * Applying a plan: decide per file (create, update, unchanged, conflict), write through
 * write.ts unless it is a dry run, and keep `.archcap-manifest.json` in step.
 */
import { GenerateError } from '../errors.js';
import { unifiedDiff } from './diff.js';
import { MANIFEST_FILE, safeRelativePath } from './paths.js';
import { classify, emptyManifest, readEntry, readManifest, realRoot, sha256, type GenerationManifest } from './state.js';
import type { ApplyOptions, ApplyResult, Plan } from './types.js';
import { describeError } from './fs-errors.js';
import { defaultOps, ensureOutDir, writeInside, type WriteOps } from './write.js';
import { withFolderLock } from './write-lock.js';

interface FileToWrite {
  path: string;
  content: string;
}

interface ApplyFilesOptions extends ApplyOptions {
  /** Paths of the complete plan: earlier generated files outside it are reported as skipped. */
  complete?: boolean;
  manifestFields?: Pick<GenerationManifest, 'requests' | 'systemName'>;
  /** Without the manifest every differing file is a conflict and none is recorded. */
  useManifest?: boolean;
  ops?: WriteOps;
}

const manifestText = (m: GenerationManifest): string => `${JSON.stringify(m, null, 2)}\n`;

export function applyFiles(files: FileToWrite[], opts: ApplyFilesOptions): ApplyResult {
  if (opts.dryRun) return applyLocked(files, opts);
  // One archcap at a time decides and writes in a folder (see withFolderLock).
  return withFolderLock(ensureOutDir(opts.outDir), () => applyLocked(files, opts));
}

function applyLocked(files: FileToWrite[], opts: ApplyFilesOptions): ApplyResult {
  const { outDir, force = false, dryRun = false } = opts;
  const rootBefore = realRoot(outDir);
  const useManifest = opts.useManifest ?? true;
  const previous = useManifest ? readManifest(outDir) : emptyManifest();
  const result: ApplyResult = { outDir, dryRun, changes: [], conflicts: [], unchanged: [], skipped: [], manifestChanged: false };
  const recorded: Record<string, string> = { ...previous.files };
  const writes: { path: string; content: string; mode: number | undefined; replaceLink?: boolean }[] = [];
  for (const file of files) {
    const path = safeRelativePath(file.path);
    const c = classify(rootBefore, previous, path, file.content);
    if (c.action === 'unchanged') {
      result.unchanged.push(path);
      recorded[path] = sha256(file.content);
    } else if (c.action === 'conflict' && !(force && (c.before !== undefined || c.link))) {
      result.conflicts.push({ path, reason: c.reason ?? 'conflict', diff: unifiedDiff(path, c.before ?? '', file.content) });
    } else {
      const action = c.action === 'conflict' ? 'overwrite' : c.action === 'create' ? 'create' : 'update';
      result.changes.push({ path, action, diff: unifiedDiff(path, c.before ?? '', file.content, { isNew: action === 'create' }) });
      writes.push({ path, content: file.content, mode: c.mode, ...(c.link ? { replaceLink: true } : {}) });
      recorded[path] = sha256(file.content);
    }
  }
  if (opts.complete) {
    const planned = new Set(files.map((f) => safeRelativePath(f.path)));
    for (const path of Object.keys(previous.files)) {
      if (planned.has(path)) continue;
      const exists = rootBefore !== undefined && readEntry(rootBefore, path).kind !== 'missing';
      if (exists) result.skipped.push(path);
      else delete recorded[path];
    }
  }
  const { pending: _pending, ...settled } = previous;
  const next: GenerationManifest = { ...settled, ...opts.manifestFields, files: sortKeys(recorded) };
  const nextText = manifestText(next);
  const currentEntry = rootBefore ? readEntry(rootBefore, MANIFEST_FILE) : undefined;
  result.manifestChanged = useManifest && !(currentEntry?.kind === 'file' && currentEntry.content === nextText);
  if (dryRun || (writes.length === 0 && !result.manifestChanged)) return result;
  const root = ensureOutDir(outDir);
  // Before the files, the manifest names what this run is about to write (`pending`): a
  // run killed part-way leaves files that a rerun recognises as archcap's own, not as edits.
  // The final manifest comes last and records only what was written.
  if (useManifest && writes.length > 0) {
    const pending = { ...previous, files: previous.files, pending: sortKeys(Object.fromEntries(writes.map((w) => [w.path, sha256(w.content)]))) };
    write(root, MANIFEST_FILE, manifestText(pending), undefined, defaultOps);
  }
  for (const w of writes) write(root, w.path, w.content, w.mode, opts.ops ?? defaultOps, w.replaceLink);
  if (result.manifestChanged || (useManifest && writes.length > 0)) write(root, MANIFEST_FILE, nextText, undefined, defaultOps);
  return result;
}

function write(root: string, path: string, content: string, mode: number | undefined, ops: WriteOps, replaceLink = false): void {
  try {
    writeInside(root, path, content, mode, ops, replaceLink);
  } catch (error) {
    if (error instanceof GenerateError) throw error;
    throw new GenerateError('write-failed', `could not write ${path}: ${describeError(error)}`);
  }
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Write a plan into `outDir`. Edited files are conflicts unless `force`; `dryRun` writes nothing. */
export function applyPlan(plan: Plan, opts: ApplyOptions & { ops?: WriteOps }): ApplyResult {
  const manifestFields = { requests: plan.requests, ...(plan.systemName === undefined ? {} : { systemName: plan.systemName }) };
  return applyFiles(plan.files.filter((f) => f.action !== 'skip'), { ...opts, complete: true, manifestFields });
}

export interface SafeWriteOptions {
  force?: boolean;
  dryRun?: boolean;
  /** Record the file in `root/.archcap-manifest.json` (default true), so a later run may update it. */
  useManifest?: boolean;
}

/**
 * Write one file inside `root` (ADRs, `init`'s YAML): the same checks, atomic write and
 * manifest as `generate`, so a file the user edited is kept unless `force`.
 */
export function writeFileSafely(root: string, relPath: string, content: string, opts: SafeWriteOptions = {}): ApplyResult {
  return applyFiles([{ path: relPath, content }], { outDir: root, ...opts });
}
