/**
 * A memo per owner object (an engine profile, a knowledge base) and string key: what
 * the analysis derives again and again from the same inputs. Entries live as long as
 * their owner; an owner's table is emptied when it reaches `limit` entries, so a run
 * over many different inputs never holds more than that. Values may be undefined.
 */
export interface KeyedMemo<O extends object, V> {
  /** The value for `key` under `owner`, computed by `compute` the first time. */
  get(owner: O, key: string, compute: () => V): V;
}

export function keyedMemo<O extends object, V>(limit: number): KeyedMemo<O, V> {
  const tables = new WeakMap<O, Map<string, V>>();
  return {
    get(owner, key, compute) {
      let table = tables.get(owner);
      if (!table) tables.set(owner, (table = new Map()));
      if (table.has(key)) return table.get(key) as V;
      if (table.size >= limit) table.clear();
      const value = compute();
      table.set(key, value);
      return value;
    },
  };
}
