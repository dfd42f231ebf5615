/**
 * The valid part of an invalid file. A schema or reference error in one data store
 * should not hide what the rules find in the rest of the file (the region typo two
 * stores down, the unfenced lock in another service). `salvage` removes every
 * top-level list item (`datastores[2]`, `services[0]`, …) that has a problem, then
 * everything that referred to a removed item (its own reference now fails), until
 * what is left loads cleanly. Whole items are removed, never single keys: a store
 * whose `replication:` was mistyped must not be analysed with the default in its
 * place, which could report a risk the user never configured.
 *
 * Removing list items shifts the later ones' indices; `originalPath` maps a path in
 * the salvaged document back to the file, and `locate` already does.
 */
import { normalise, type Issue, type ModelContext } from './normalise.js';
import { checkAccessSettings } from './access-settings.js';
import { checkRanges } from './ranges.js';
import { checkReferences } from './references.js';
import { locateIn, type PositionLookup } from './source.js';
import type { LoadedSystem } from './types.js';
import { pointerToPath, type SchemaError, type ValidateFn } from './validate.js';

export interface Salvaged extends LoadedSystem {
  /** `datastores[1].settings` in the salvaged document → its path in the file. */
  originalPath(path: string): string;
  /** The items left out, as paths in the file (`datastores[2]`). */
  removed: string[];
  /**
   * Kept items that name a removed item or are named by one (`services[5]`, as paths in
   * the file): their findings could differ with the removed item back (a service whose
   * only caller was removed looks like an entry point), so lint holds them back.
   */
  touched: string[];
  /** `datastores[2] 'orders-db'`: an item's path with the name it has in the file. */
  label(unit: string): string;
}

/** Rounds of remove-and-recheck before giving up; each round removes at least one item. */
const MAX_ROUNDS = 8;
/** Lists that other items refer to but that are not checked on their own: never held back, and not "something left". */
const CONTEXT = new Set(['regions', 'x-archcap-ignore']);
const ITEM = /^([^.[\]]+)(?:\[(\d+)\])?/;

/** Problems of a document that loads, by path; none: it is clean. */
export function modelIssues(value: Record<string, unknown>, ctx: ModelContext): { model: LoadedSystem['model']; issues: Issue[] } {
  const { model, issues } = normalise(value, ctx);
  const declared = new Set(model.regions.map((r) => r.id));
  const regionDeclared = (id: string): boolean => (declared.size ? declared.has(id) : ctx.findRegion(id) !== undefined);
  const profileOf = ctx.engineProfile;
  return { model, issues: [...issues, ...checkRanges(model), ...checkReferences(model, regionDeclared), ...(profileOf ? checkAccessSettings(model, profileOf) : [])] };
}

export function salvage(
  file: string,
  value: unknown,
  positions: PositionLookup,
  firstProblems: string[],
  deps: { validate: ValidateFn; context: ModelContext },
): Salvaged | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const original = value as Record<string, unknown>;
  /** Removed units: `key` (a whole top-level key) or `key[i]` (one item, by its index in the file). */
  const removed = new Set<string>();
  let kept = new Map<string, number[]>();
  const toOriginal = (path: string): string =>
    path.replace(ITEM, (whole, key: string, index?: string) => (index === undefined ? whole : `${key}[${kept.get(key)?.[Number(index)] ?? index}]`));
  /** Marks the unit a problem sits in; false when it sits at the top level itself (nothing to remove). */
  const mark = (originalPathOfProblem: string): boolean => {
    const m = ITEM.exec(originalPathOfProblem);
    if (!m || m[1] === 'name' || m[1] === 'version') return false;
    removed.add(m[2] === undefined ? m[1]! : `${m[1]}[${m[2]}]`);
    return true;
  };
  if (!firstProblems.every(mark)) return undefined;

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const candidate: Record<string, unknown> = {};
    kept = new Map();
    for (const [key, v] of Object.entries(original)) {
      if (removed.has(key)) continue;
      if (!Array.isArray(v)) {
        candidate[key] = v;
        continue;
      }
      const indices = v.map((_, i) => i).filter((i) => !removed.has(`${key}[${i}]`));
      kept.set(key, indices);
      candidate[key] = indices.map((i) => v[i]);
    }
    const before = removed.size;
    let problems: string[];
    if (!deps.validate(candidate)) {
      problems = (deps.validate.errors ?? []).map((e) => toOriginal(errorPath(e)));
      // `additionalProperties` at the top level names no item: nothing to remove.
      if (!problems.every(mark)) return undefined;
    } else {
      const { model, issues } = modelIssues(candidate, deps.context);
      if (!issues.length) {
        if (![...kept].some(([key, indices]) => !CONTEXT.has(key) && indices.length > 0)) return undefined; // nothing left to check
        const originalPath = (path: string): string => toOriginal(path);
        const touched = neighbours(original, removed);
        return {
          file,
          model,
          raw: candidate,
          locate: (path) => locateIn(positions, originalPath(path)),
          originalPath,
          removed: [...removed].sort(byPath),
          touched: touched.sort(byPath),
          label: (unit) => named(original, unit),
        };
      }
      if (!issues.map((i) => toOriginal(i.path)).every(mark)) return undefined;
    }
    if (removed.size === before) return undefined;
  }
  return undefined;
}

/** Where a schema error sits: an unknown key is at the key, not at the object holding it. */
function errorPath(e: SchemaError): string {
  const at = pointerToPath(e.instancePath);
  if (e.keyword !== 'additionalProperties') return at;
  const key = String(e.params['additionalProperty']);
  return at ? `${at}.${key}` : key;
}

function byPath(a: string, b: string): number {
  const [x, y] = [ITEM.exec(a), ITEM.exec(b)];
  return (x?.[1] ?? '').localeCompare(y?.[1] ?? '') || Number(x?.[2] ?? -1) - Number(y?.[2] ?? -1);
}

/** `datastores[2] 'orders-db'`: a removed unit with the name it has in the file, if any. */
function named(original: Record<string, unknown>, unit: string): string {
  const m = ITEM.exec(unit);
  const list = m?.[2] === undefined ? undefined : original[m[1]!];
  const item: unknown = Array.isArray(list) ? list[Number(m![2])] : undefined;
  const name = item && typeof item === 'object' ? ['name', 'id', 'service'].map((k) => (item as Record<string, unknown>)[k]).find((v) => typeof v === 'string') : typeof item === 'string' ? item : undefined;
  return typeof name === 'string' ? `${unit} '${name}'` : unit;
}

/** Every string in a value (names, references, region ids), however deep. */
function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function nameOf(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  if (!item || typeof item !== 'object') return undefined;
  const name = (item as Record<string, unknown>)['name'] ?? (item as Record<string, unknown>)['id'];
  return typeof name === 'string' ? name : undefined;
}

/**
 * The kept list items that mention a removed item's name, or whose name a removed item
 * mentions. Names are matched as whole strings anywhere in an item, which may hold back
 * more than needed (a name that equals a region id) but never less.
 */
function neighbours(original: Record<string, unknown>, removed: Set<string>): string[] {
  const items: Array<{ unit: string; value: unknown }> = [];
  for (const [key, v] of Object.entries(original)) if (Array.isArray(v) && !CONTEXT.has(key)) v.forEach((value, i) => items.push({ unit: `${key}[${i}]`, value }));
  const gone = items.filter((it) => removed.has(it.unit) || removed.has(it.unit.slice(0, it.unit.indexOf('['))));
  const goneNames = new Set(gone.map((it) => nameOf(it.value)).filter((n): n is string => n !== undefined));
  const goneMentions = new Set<string>();
  for (const it of gone) strings(it.value, goneMentions);
  return items
    .filter((it) => !gone.includes(it))
    .filter((it) => {
      const name = nameOf(it.value);
      if (name !== undefined && goneMentions.has(name)) return true;
      for (const s of strings(it.value)) if (goneNames.has(s)) return true;
      return false;
    })
    .map((it) => it.unit);
}
