/** The data that flows through `archcap generate`: manifests → requests → plan → result. */

export type InputType = 'string' | 'identifier' | 'integer' | 'number' | 'boolean' | 'list';
export type ItemType = 'string' | 'identifier' | 'integer' | 'number' | 'boolean' | 'object';
export type Service = 'postgres' | 'redis';

/** One parameter of a pattern (`inputs:` in pattern.yaml). Every input has a default. */
export interface PatternInput {
  name: string;
  type: InputType;
  /** For `list` inputs: the type of every item (any JSON value when absent). */
  items?: ItemType;
  default: unknown;
  description: string;
  /** Accepted values, when the input is a closed choice. */
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
}

/** One file of a pattern: a template under the pattern folder and its path in the package. */
export interface PatternFile {
  from: string;
  /** Relative to the generated package; may use the helpers (`src/{{kebab inputs.name}}.ts`). */
  to: string;
  /** What the file is, one line for the generated README (inferred from its folder when absent). */
  description?: string;
}

/** A validated `templates/<pattern>/pattern.yaml`. */
export interface PatternManifest {
  name: string;
  title: string;
  summary: string;
  description: string;
  references: string[];
  inputs: PatternInput[];
  files: PatternFile[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  services: Service[];
  /** Recommendation or rule ids that call for this pattern (informative). */
  recommendedFor: string[];
  /** Absolute path of the pattern folder. */
  dir: string;
}

/** `templates/_common/common.yaml`: the files every generated package gets. */
export interface CommonFile extends PatternFile {
  /** Written only when some chosen pattern uses one of these services. */
  services?: Service[];
}

export interface CommonManifest {
  files: CommonFile[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  /** Versions used whenever a pattern asks for one of these packages, whatever range it gives. */
  pins: Record<string, string>;
  /** Packages added (and pinned) when a pattern uses a service. */
  serviceDependencies: Record<Service, { dependencies: Record<string, string>; devDependencies: Record<string, string> }>;
  dir: string;
}

export interface Catalogue {
  templatesDir: string;
  patterns: Map<string, PatternManifest>;
  common: CommonManifest;
}

/** What the user asked for: a pattern and values for some of its inputs. */
export interface PatternRequest {
  pattern: string;
  inputs?: Record<string, unknown>;
}

export interface PlanOptions {
  /** The system file's `name`, when generating from one. */
  systemName?: string;
  /** When given, each file's action is computed against what is on disk there. */
  outDir?: string;
  /** Another templates folder (tests, development). */
  templatesDir?: string;
}

export type FileAction = 'create' | 'update' | 'unchanged' | 'conflict' | 'skip';

export interface PlannedFile {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  content: string;
  action: FileAction;
  /** The pattern that owns the file, or `_common`. */
  source: string;
  /** Why this action, in a few words (for conflicts and skips). */
  reason?: string;
}

export interface ResolvedRequest {
  pattern: string;
  inputs: Record<string, unknown>;
}

export interface Plan {
  requests: ResolvedRequest[];
  systemName?: string;
  files: PlannedFile[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  services: Service[];
}

export interface ApplyOptions {
  outDir: string;
  force?: boolean;
  dryRun?: boolean;
}

export interface FileChange {
  path: string;
  action: 'create' | 'update' | 'overwrite';
  /** Unified diff from the old content (empty old for a new file). */
  diff: string;
}

export interface FileConflict {
  path: string;
  reason: string;
  /** Unified diff from the file on disk to what archcap would write. */
  diff: string;
}

export interface ApplyResult {
  outDir: string;
  dryRun: boolean;
  changes: FileChange[];
  conflicts: FileConflict[];
  unchanged: string[];
  /** Files generated before but no longer part of the plan; left in place. */
  skipped: string[];
  /** Whether `.archcap-manifest.json` was (or, in a dry run, would be) rewritten. */
  manifestChanged: boolean;
}
