import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { resolve } from 'node:path';
import { findConfig } from '../engine/config.js';
import { findProjectRoot } from '../engine/files/root.js';
import { relativePath } from '../report/findings/shared.js';
import { builtinRules } from '../engine/builtin.js';
import { UsageError } from '../errors.js';
import { loadProjectDeps } from '../cli/project-deps.js';
import { loadSystemFile } from '../model/load.js';
import { analyzeSystem } from '../pipeline.js';
import { readAdrFolder } from '../generate/adr-existing.js';
import { planAdrs } from '../report/adr-plan.js';
import { describeAdrWrite, writeAdrs, type AdrWriteResult } from '../report/adr-write.js';

export default class Adr extends BaseCommand {
  static override summary = 'Write one Architecture Decision Record per recommendation.';
  static override description =
    'Numbered Markdown records (NNNN-title.md, MADR as log4brains reads it: Status/Date/Tags, Context and Problem Statement, Decision Outcome, Consequences). A record you edited is never overwritten (--force does); a second run with the same input changes nothing; new records take the next free numbers; a record archcap proposed whose recommendation no longer applies is marked deprecated.';
  static override examples = [
    '<%= config.bin %> adr examples/payments-ledger.yaml --out docs/adr',
    '<%= config.bin %> adr examples/payments-ledger.yaml --out docs/adr --dry-run',
  ];
  static override enableJsonFlag = true;
  static override args = { file: Args.string({ description: 'system description (YAML)', required: true }) };
  static override flags = {
    out: Flags.string({ char: 'o', required: true, description: 'folder for the records (created if missing)' }),
    'dry-run': Flags.boolean({ description: 'show what would be written; write nothing' }),
    force: Flags.boolean({ description: 'overwrite records that were edited since archcap wrote them' }),
    date: Flags.string({ description: 'date for new records, YYYY-MM-DD [default: today]' }),
  };

  async run(): Promise<AdrWriteResult> {
    const { args, flags } = await this.parse(Adr);
    if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw new UsageError(`--date must look like 2026-01-31, got "${flags.date}"`);
    // Records name the file from the project root, so a run from another folder rewrites nothing.
    const root = findProjectRoot(process.cwd(), findConfig(process.cwd()));
    const loaded = { ...loadSystemFile(args.file, await loadProjectDeps()), file: relativePath(resolve(args.file), root) };
    const report = analyzeSystem(loaded, builtinRules());
    const plan = planAdrs(report, readAdrFolder(flags.out), flags.date ?? new Date().toISOString().slice(0, 10));
    const result = writeAdrs(flags.out, plan, { force: flags.force, dryRun: flags['dry-run'] });
    if (!this.jsonEnabled()) process.stdout.write(describeAdrWrite(result, flags.out));
    if (result.conflicts.length) process.exitCode = 1;
    return result;
  }
}
