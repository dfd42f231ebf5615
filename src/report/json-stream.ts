/**
 * `JSON.stringify(value, null, 2)`, in pieces: a large system's analysis is a JSON text
 * of hundreds of megabytes, and building it as one string (then one buffer to write it)
 * doubled the peak memory of the run. The text is the same byte for byte; the top levels
 * of objects and arrays are walked here, anything deeper is stringified whole.
 */

/** Levels walked here; below them a value is small enough to stringify at once. */
const WALKED_LEVELS = 2;

export function* jsonChunks(value: unknown, indent = '', depth = 0): Generator<string> {
  const json = toJsonValue(value);
  if (depth >= WALKED_LEVELS || json === null || typeof json !== 'object') {
    const text = JSON.stringify(json, null, 2) ?? 'null';
    yield indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < json.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      // As JSON.stringify does: an item it cannot write (undefined, a function) is null.
      const item = toJsonValue(json[i]);
      yield* item === undefined || typeof item === 'function' || typeof item === 'symbol' ? ['null'] : jsonChunks(item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(json as Record<string, unknown>)
    .map(([k, v]) => [k, toJsonValue(v, k)] as const)
    .filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    yield `${i ? ',' : ''}\n${inner}${JSON.stringify(k)}: `;
    yield* jsonChunks(v, inner, depth + 1);
  }
  yield `\n${indent}}`;
}

/** A value as JSON.stringify sees it: after its toJSON, if it has one. */
function toJsonValue(value: unknown, key = ''): unknown {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON(key: string): unknown }).toJSON(key)
    : value;
}

/** Writes the JSON text of `value` and a newline through `write`, in pieces of about `size` characters. */
export function writeJson(value: unknown, write: (text: string) => void, size = 1 << 20): void {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of jsonChunks(value)) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      write(pending.join(''));
      pending = [];
      length = 0;
    }
  }
  pending.push('\n');
  write(pending.join(''));
}
