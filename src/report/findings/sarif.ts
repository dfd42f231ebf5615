import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareFindings, type Finding } from '../../engine/finding.js';
import type { FindingsFormatter, FormatContext } from '../../engine/rule-types.js';
import { ruleDescriptors, SARIF_LEVEL, type SarifLevel, type SarifRuleDescriptor } from './sarif-rules.js';
import { diagnosticToFinding, relativePath } from './shared.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/**
 * Artifact URIs are relative to this base: the project root (the folder of
 * `.archcap.yaml`, else the git work tree), so they do not depend on the folder
 * archcap ran in. `originalUriBaseIds` describes it without an absolute path, so
 * the log does not carry the runner's file system; GitHub resolves such URIs
 * against the repository root.
 */
export const SRCROOT = '%SRCROOT%';
/** Key of archcap's own fingerprint in `partialFingerprints` (versioned, as SARIF advises). */
export const FINGERPRINT_KEY = 'archcap/v1';

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region: { startLine: number; startColumn: number };
    };
    logicalLocations?: Array<{ fullyQualifiedName: string; kind: string }>;
  }>;
  relatedLocations?: Array<{
    id: number;
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } };
    logicalLocations?: Array<{ fullyQualifiedName: string; kind: string }>;
    message: { text: string };
  }>;
  partialFingerprints?: Record<string, string>;
  suppressions?: Array<{ kind: 'inSource' | 'external'; status: 'accepted'; justification?: string }>;
  properties?: Record<string, string>;
}

/** A relative URI reference: each path segment percent-encoded (spaces, non-ASCII, `#`, `?`). */
export function artifactUri(file: string, base: string): string {
  return relativePath(file, base).split('/').map(encodeURIComponent).join('/');
}

/** Where a finding's file is: relative to the project root, or an absolute file URI when outside it. */
function artifactLocation(file: string, ctx: FormatContext): { uri: string; uriBaseId?: string } {
  const root = ctx.root ?? ctx.cwd;
  const absolute = resolve(ctx.cwd, file);
  if (isAbsolute(relativePath(absolute, root))) return { uri: pathToFileURL(absolute).href };
  return { uri: artifactUri(absolute, root), uriBaseId: SRCROOT };
}

/** A file that could not be used is one alert per problem: keyed by the problem, the file from the root and the YAML path, not the line. */
function diagnosticFingerprint(f: Finding, code: string, ctx: FormatContext): string {
  const file = artifactLocation(f.file, ctx).uri;
  return createHash('sha256').update(`${f.ruleId}\u0000${code}\u0000${file}\u0000${f.path}\u0000${f.message}`).digest('hex').slice(0, 24);
}

function toResult(f: Finding, ruleIndex: number, ctx: FormatContext, code: string | undefined): SarifResult {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.file, ctx),
          region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
        },
        ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'object' }] } : {}),
      },
    ],
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            physicalLocation: {
              artifactLocation: artifactLocation(f.file, ctx),
              region: { startLine: Math.max(1, r.line), startColumn: Math.max(1, r.column) },
            },
            logicalLocations: [{ fullyQualifiedName: r.path, kind: 'object' }],
            message: { text: r.message },
          })),
        }
      : {}),
    ...((f.fingerprint ?? (code === undefined ? undefined : diagnosticFingerprint(f, code, ctx)))
      ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint ?? diagnosticFingerprint(f, code!, ctx) } }
      : {}),
    ...(f.suppressed
      ? {
          suppressions: [
            {
              kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              ...(f.suppressed.reason ? { justification: f.suppressed.reason } : {}),
            },
          ],
        }
      : {}),
    ...(code === undefined ? {} : { properties: { diagnosticCode: code } }),
  };
}

/** Findings and diagnostics in report order, each diagnostic keeping its code. */
function entries(findings: Finding[], ctx: FormatContext): Array<{ finding: Finding; code?: string }> {
  return [
    ...findings.map((finding) => ({ finding })),
    ...ctx.diagnostics.map((d) => ({ finding: diagnosticToFinding(d), code: d.code })),
  ].sort((a, b) => compareFindings(a.finding, b.finding));
}

/** A SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF viewers. */
export const sarif: FindingsFormatter = (findings, ctx) => {
  const all = entries(findings, ctx);
  const rules: SarifRuleDescriptor[] = ruleDescriptors(ctx.rules, all.map((e) => e.finding));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          // No informationUri: archcap has no published home page to point at; each rule's helpUri is its first web reference.
          driver: { name: 'archcap', version: ctx.version, rules },
        },
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The project root: the folder of .archcap.yaml, else the git work tree.' } } },
        columnKind: 'utf16CodeUnits',
        results: all.map(({ finding, code }) => toResult(finding, index.get(finding.ruleId) ?? -1, ctx, code)),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
