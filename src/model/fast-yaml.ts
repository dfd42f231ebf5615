/**
 * The fast path for reading a well-formed description: js-yaml (YAML 1.2 core schema)
 * parses about fifteen times faster than `yaml`'s document API, which a 2,000-service
 * file spent most of its time in. It is only ever an optimisation of the common case:
 * anything it does not read exactly as `yaml` does goes to the full path in source.ts,
 * which gives the exact diagnostics. Undefined is returned (never an error) for
 *
 * - any js-yaml error (syntax, duplicate key, unknown tag, several documents, depth);
 * - anchors (and so aliases): `yaml` counts alias expansions against a bomb;
 * - a key that is not a string (`1:`, `true:`, `~:`, a mapping): the two differ there;
 * - a collection of more than LIMITS.maxFlowItems items, or nesting past LIMITS.maxDepth;
 * - a top level that is not a mapping (the full path says why);
 * - any node whose events do not line up with the value js-yaml returned;
 * - text where the two parsers' strictness differs (see `plainLayout`).
 *
 * Positions come from js-yaml's node events: a node opens where js-yaml starts reading
 * it, which may be before the whitespace, comments and line breaks that lead up to it;
 * those are skipped to the node's first character, as `yaml` reports it. A test compares
 * the values and every position with the full path on the examples, the fixtures and
 * the fuzz corpus.
 */
import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { Positions } from './positions.js';

interface Frame {
  start: number;
  result: unknown;
  kind: string | null;
  anchored: boolean;
  children: Frame[];
}

export interface FastLimits {
  maxDepth: number;
  maxItems: number;
}

/** The value and positions of `text`, or undefined when the full path must decide. */
export function fastParse(text: string, limits: FastLimits): { value: Record<string, unknown>; positions: Positions } | undefined {
  if (!plainLayout(text, limits.maxItems)) return undefined;
  const stack: Frame[] = [];
  let root: Frame | undefined;
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      json: false,
      // Two levels of slack over ours (match() applies the exact limit); deeper input stops js-yaml and goes to the full path, which reports it.
      ...({ maxDepth: limits.maxDepth + 2 } as object),
      listener(event: 'open' | 'close', state: State) {
        if (event === 'open') {
          stack.push({ start: state.position, result: undefined, kind: null, anchored: false, children: [] });
          return;
        }
        const frame = stack.pop()!;
        frame.result = state.result;
        frame.kind = state.kind;
        frame.anchored = (state as State & { anchor: string | null }).anchor !== null;
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(frame);
        else root = frame;
      },
    });
  } catch {
    return undefined;
  }
  if (!root || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const positions = new Positions(lineStarts(text));
  return match(root, value, '', 0, positions, text, limits) ? { value: value as Record<string, unknown>, positions } : undefined;
}

function match(outer: Frame, value: unknown, path: string, depth: number, positions: Positions, text: string, limits: FastLimits): boolean {
  // js-yaml may read a node through a nested call that yields the same value (a block
  // mapping as a sequence entry after a comment): the innermost such frame holds its parts.
  let frame = outer;
  while (frame.children.length === 1 && Object.is(frame.children[0]!.result, frame.result) && frame.result !== null && typeof frame.result === 'object') {
    if (frame.anchored) return false;
    frame = frame.children[0]!;
  }
  if (frame.anchored || depth > limits.maxDepth || !Object.is(frame.result, value)) return false;
  if (typeof value === 'number' && !coreNumber(text, nodeStart(text, frame.start))) return false;
  if (Array.isArray(value)) {
    if (frame.kind !== 'sequence' || frame.children.length !== value.length || value.length > limits.maxItems) return false;
    return frame.children.every((child, i) => {
      const at = `${path}[${i}]`;
      positions.set(at, nodeStart(text, child.start));
      return match(child, value[i], at, depth + 1, positions, text, limits);
    });
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (frame.kind !== 'mapping' || frame.children.length !== keys.length * 2 || keys.length > limits.maxItems) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = frame.children[2 * i]!;
      const item = frame.children[2 * i + 1]!;
      if (typeof key.result !== 'string' || key.result !== keys[i] || key.anchored || key.children.length) return false;
      const at = path ? `${path}.${key.result}` : key.result;
      positions.set(at, nodeStart(text, key.start));
      if (!match(item, (value as Record<string, unknown>)[key.result], at, depth + 1, positions, text, limits)) return false;
    }
    return true;
  }
  return frame.children.length === 0;
}

/** The first character of a node at or after `offset`: past spaces, tabs, line breaks and comments. */
function nodeStart(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23 /* # */ && (i === 0 || /[\s]/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end === -1) return text.length;
      i = end + 1;
    } else return i;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * YAML 1.2's core schema numbers, as `yaml` reads them. js-yaml's core schema also reads
 * `0b101` as 5 (and `yaml` as the string '0b101'), so a number must be spelled one of these ways.
 */
const CORE_NUMBER = [
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(inf|Inf|INF)$/,
  /^\.(nan|NaN|NAN)$/,
];

function coreNumber(text: string, start: number): boolean {
  const token = /^[-+0-9A-Za-z._]+/.exec(text.slice(start, start + 64))?.[0] ?? '';
  return CORE_NUMBER.some((re) => re.test(token));
}

const SCALAR_START = new Set(['-', ':', ',', '[', '{', '?']);

/**
 * Whether the layout is one both parsers read alike: no quoted scalar runs over a line
 * break, a flow collection that does has its continuation lines indented past its
 * opening bracket (`yaml` requires them indented past the enclosing block, js-yaml
 * does not check), no comment touches a closing quote or bracket (`}#` is an error to
 * `yaml`), and no node has a tag (`yaml` places a tagged node after its tag, js-yaml at
 * it). A cheap scan that errs towards "no": quotes, tags and brackets count only where a
 * node can start; elsewhere they are content of a plain scalar.
 */
export function plainLayout(text: string, maxItems = Infinity): boolean {
  let depth = 0;
  /** Commas inside the current outermost flow collection: more than the item limit goes to the full path, which refuses it at once. */
  let commas = 0;
  let quote: '"' | "'" | undefined;
  /** The last character on this line that was not a space, outside quotes. */
  let last = '';
  /** Column of the outermost open flow bracket; its continuation lines must be indented past it. */
  let flowColumn = -1;
  let lineStart = 0;
  let lineChecked = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!lineChecked && c !== ' ' && c !== '\n' && c !== '\r') {
      if (i - lineStart <= flowColumn) return false;
      lineChecked = true;
    }
    if (quote) {
      if (c === '\n') return false;
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else {
          quote = undefined;
          last = c;
        }
      }
      continue;
    }
    if (c === '\n') {
      // A flow collection may go on over lines when they are indented past its bracket
      // (stricter than `yaml` asks: past the enclosing block).
      lineChecked = depth === 0;
      lineStart = i + 1;
      last = '';
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    const before = i === 0 ? '\n' : text[i - 1]!;
    const tokenStart = before === ' ' || before === '\t' || before === '\n' || before === ',' || before === '[' || before === '{';
    if (c === '#') {
      if (!tokenStart) {
        if (before === '"' || before === "'" || before === ']' || before === '}') return false;
        last = c;
        continue;
      }
      const end = text.indexOf('\n', i);
      if (end === -1) return depth === 0;
      i = end - 1;
      continue;
    }
    const nodeStart = tokenStart && (last === '' || SCALAR_START.has(last));
    // A tag (`!!str 5`): `yaml` places the node after it, js-yaml at it.
    if (c === '!' && nodeStart) return false;
    if ((c === '"' || c === "'") && nodeStart) quote = c;
    else if ((c === '[' || c === '{') && (depth > 0 || nodeStart)) {
      if (depth++ === 0) {
        flowColumn = i - lineStart;
        commas = 0;
      }
    } else if (c === ',' && depth > 0 && ++commas >= maxItems) return false;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    last = c;
  }
  return quote === undefined && depth === 0;
}
