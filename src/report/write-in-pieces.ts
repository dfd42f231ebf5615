/**
 * Writing a large report in pieces: a 20,000-service analysis is a JSON text of 200 MB
 * (a text report of 75 MB), and building it as one string, then one buffer to write it,
 * doubled the run's peak memory. The bytes written are the same.
 *
 * `jsonChunks` is `JSON.stringify(value, null, 2)` in pieces: the top level is walked
 * here; the items of its arrays are stringified by V8 a batch at a time, wrapped so that
 * V8 itself indents them for where they stand (`{"a":[…batch]}` puts each item two levels
 * deep) and cut out of the wrapper.
 */

/** Items stringified per call: big enough that calls are few, small enough that each piece is a few hundred kB. */
const BATCH = 500;

const ARRAY_IN_OBJECT = { head: '{\n  "a": [\n    '.length, tail: '\n  ]\n}'.length };
const VALUE_IN_OBJECT = { head: '{\n  "a": '.length, tail: '\n}'.length };
const TOP_ARRAY = { head: '[\n  '.length, tail: '\n]'.length };

/** The text of `items` as the inside of a JSON array at the level `wrap` gives, joined as JSON.stringify joins them. */
function* itemsText(items: readonly unknown[], wrap: (batch: readonly unknown[]) => unknown, cut: { head: number; tail: number }, separator: string): Generator<string> {
  for (let i = 0; i < items.length; i += BATCH) {
    const text = JSON.stringify(wrap(items.slice(i, i + BATCH)), null, 2);
    yield `${i ? separator : ''}${text.slice(cut.head, text.length - cut.tail)}`;
  }
}

export function* jsonChunks(value: unknown): Generator<string> {
  const json = toJsonValue(value, '');
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n  ';
    yield* itemsText(json, (batch) => batch, TOP_ARRAY, ',\n  ');
    yield '\n]';
    return;
  }
  if (json === null || typeof json !== 'object') {
    yield JSON.stringify(json, null, 2) ?? 'null';
    return;
  }
  let first = true;
  for (const key of Object.keys(json)) {
    const v = toJsonValue((json as Record<string, unknown>)[key], key);
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(v) && v.length > 0) {
      yield '[\n    ';
      yield* itemsText(v, (batch) => ({ a: batch }), ARRAY_IN_OBJECT, ',\n    ');
      yield '\n  ]';
    } else {
      const text = JSON.stringify({ a: v }, null, 2);
      yield text.slice(VALUE_IN_OBJECT.head, text.length - VALUE_IN_OBJECT.tail);
    }
  }
  yield first ? '{}' : '\n}';
}

/** A value as JSON.stringify sees it: after its toJSON, if it has one. */
function toJsonValue(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON(key: string): unknown }).toJSON(key)
    : value;
}

/** Where pieces go: a write that may ask to be waited for (a full pipe), see `drainingWriter`. */
export type PieceWriter = (text: string) => Promise<void> | void;

/** Writes the JSON text of `value` and a newline through `write`, in pieces of about `size` characters, waiting whenever `write` asks. */
export async function writeJson(value: unknown, write: PieceWriter, size = 1 << 20): Promise<void> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of jsonChunks(value)) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      await write(pending.join(''));
      pending = [];
      length = 0;
    }
  }
  pending.push('\n');
  await write(pending.join(''));
}

/** Writes `lines`, each followed by a line break, through `write`, a few thousand lines at a time, waiting whenever `write` asks. */
export async function writeLines(lines: readonly string[], write: PieceWriter, batch = 4096): Promise<void> {
  for (let i = 0; i < lines.length; i += batch) await write(`${lines.slice(i, i + batch).join('\n')}\n`);
}

/**
 * A writer for `stream` that waits for it to drain once its buffer is full. Writes to a
 * pipe are asynchronous in Node: without waiting, a report read by a slower process
 * (`archcap analyze … --format json | jq`) piled up whole in archcap's memory (1.6 GiB
 * instead of 0.95 for 20,000 services). When the stream fails or closes (the reader went
 * away), the rest is dropped instead of waiting for a drain that never comes.
 */
export function drainingWriter(stream: NodeJS.WritableStream): (text: string) => Promise<void> | undefined {
  let gone = false;
  return (text) => {
    if (gone || stream.write(text)) return undefined;
    return new Promise<void>((resolve) => {
      const done = (): void => {
        stream.removeListener('drain', done);
        stream.removeListener('error', fail);
        stream.removeListener('close', fail);
        resolve();
      };
      const fail = (): void => {
        gone = true;
        done();
      };
      stream.once('drain', done);
      stream.once('error', fail);
      stream.once('close', fail);
    });
  };
}
