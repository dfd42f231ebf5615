/**
 * `archcap init --from FILE`: the edits of an interview applied to the file's own YAML
 * document, node by node, so everything not edited stays byte for byte as it was,
 * comments and layout included.
 */
import { Composer, CST, Document, isMap, isScalar, isSeq, parse, parseDocument, Parser, type Node } from 'yaml';
import type { Draft } from './types.js';

type Path = Array<string | number>;

const isObj = (v: unknown): v is Draft => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Interview-only keys (`_advanced`) never reach the file. */
export function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).filter(([k, x]) => !k.startsWith('_') && x !== undefined).map(([k, x]) => [k, clean(x)]));
  return v;
}

function setNode(doc: Document, path: Path, value: unknown): void {
  const old = doc.getIn(path, true) as Node | undefined;
  const node = doc.createNode(value);
  // A list written inline stays inline.
  if (old && (isSeq(old) || isMap(old)) && old.flow && (isSeq(node) || isMap(node))) node.flow = true;
  if (old && isScalar(old) && isScalar(node) && old.comment) node.comment = old.comment;
  doc.setIn(path, node);
}

const keyOf = (item: unknown): string | undefined => (isObj(item) ? (typeof item['name'] === 'string' ? item['name'] : item['service'] !== undefined ? `${String(item['service'])}<${String(item['topic'])}` : undefined) : undefined);

function editList(doc: Document, path: Path, before: unknown[], after: unknown[]): void {
  const keys = before.map(keyOf);
  const named = keys.every((k) => k !== undefined) && after.every((a) => keyOf(a) !== undefined);
  if (!named || before.some((b) => !isObj(b))) {
    setNode(doc, path, after);
    return;
  }
  const afterKeys = after.map(keyOf);
  // Removed items, from the end so the indexes before them hold.
  for (let i = before.length - 1; i >= 0; i--) if (!afterKeys.includes(keys[i])) doc.deleteIn([...path, i]);
  const kept = before.filter((_, i) => afterKeys.includes(keys[i]));
  const keptKeys = kept.map(keyOf);
  for (const [j, item] of after.entries()) {
    const at = keptKeys.indexOf(keyOf(item));
    if (at >= 0) edit(doc, [...path, at], kept[at], item);
    else doc.addIn(path, doc.createNode(item));
  }
}

function edit(doc: Document, path: Path, before: unknown, after: unknown): void {
  if (same(before, after)) return;
  if (isObj(before) && isObj(after) && doc.getIn(path, true) !== undefined && isMap(doc.getIn(path, true))) {
    for (const k of Object.keys(before)) if (!(k in after)) doc.deleteIn([...path, k]);
    for (const [k, v] of Object.entries(after)) {
      if (!(k in before)) setNode(doc, [...path, k], v);
      else edit(doc, [...path, k], before[k], v);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && isSeq(doc.getIn(path, true)) && before.some(isObj)) {
    editList(doc, path, before, after);
    return;
  }
  if (after === undefined) doc.deleteIn(path);
  else setNode(doc, path, after);
}

type Change = { path: Path; value: unknown };

/** Leaf changes between two plain values (a changed list or map shape is one change of the whole). */
function changes(before: unknown, after: unknown, path: Path = []): Change[] | undefined {
  if (same(before, after)) return [];
  if (isObj(before) && isObj(after)) {
    if (Object.keys(before).some((k) => !(k in after)) || Object.keys(after).some((k) => !(k in before))) return undefined;
    const out: Change[] = [];
    for (const k of Object.keys(after)) {
      const c = changes(before[k], after[k], [...path, k]);
      if (!c) return undefined;
      out.push(...c);
    }
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return undefined;
    const out: Change[] = [];
    for (const [i, v] of after.entries()) {
      const c = changes(before[i], v, [...path, i]);
      if (!c) return undefined;
      out.push(...c);
    }
    return out;
  }
  if (typeof after === 'object' || typeof before === 'object' || after === undefined) return undefined;
  return [{ path, value: after }];
}

/** A scalar as YAML source: plain when it reads back as the same value, double-quoted otherwise. */
function scalarSource(value: unknown): { text: string; type: 'PLAIN' | 'QUOTE_DOUBLE' } {
  const text = String(value);
  const plain = typeof value === 'string' ? /^[^\s'"{}[\],&*#?|<>=!%@`-][^#:]*$/.test(text) && parse(text) === text && !text.includes(': ') : true;
  return plain ? { text, type: 'PLAIN' } : { text, type: 'QUOTE_DOUBLE' };
}

/** Only scalars changed: rewrite their source tokens, every other byte kept. Undefined when not possible. */
function editScalars(text: string, list: Change[]): string | undefined {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  if (docs.length !== 1 || !doc) return undefined;
  for (const c of list) {
    const node = doc.getIn(c.path, true) as Node | undefined;
    if (!isScalar(node) || !node.srcToken) return undefined;
    const src = scalarSource(c.value);
    CST.setScalarValue(node.srcToken, src.text, { type: src.type });
  }
  return tokens.map((t) => CST.stringify(t)).join('');
}

/** Top-level sections of a YAML text: key → its slice (from its key line to the next top-level key). */
function sections(text: string): Array<{ key: string | undefined; text: string }> {
  const lines = text.split(/(?<=\n)/);
  const out: Array<{ key: string | undefined; text: string }> = [{ key: undefined, text: '' }];
  for (const line of lines) {
    const m = /^([A-Za-z_][\w-]*):/.exec(line);
    if (m) out.push({ key: m[1], text: line });
    else out[out.length - 1]!.text += line;
  }
  return out;
}

/**
 * `text` with the difference between `before` and `after` (plain values shaped like the
 * system YAML, `before` being what `text` holds once normalised) applied to it.
 * Changed scalars are rewritten in place; a section whose shape changed (an item
 * added or removed) is rewritten on its own, with its comments; every other section
 * is kept as it was, byte for byte.
 */
export function applyEdits(text: string, before: Draft, after: Draft): string {
  const b = clean(before) as Draft;
  const a = clean(after) as Draft;
  if (same(b, a)) return text;
  const leafs = changes(b, a);
  const scalarOnly = leafs ? editScalars(text, leafs) : undefined;
  if (scalarOnly !== undefined) return scalarOnly;
  const doc = parseDocument(text);
  edit(doc, [], b, a);
  const rewritten = sections(doc.toString({ lineWidth: 0, flowCollectionPadding: true }));
  const original = sections(text);
  const out: string[] = [];
  for (const part of rewritten) {
    const key = part.key;
    const old = original.find((o) => o.key === key);
    const unchanged = key !== undefined && old !== undefined && same(b[key], a[key]);
    out.push(key === undefined ? (original[0]?.text ?? part.text) : unchanged ? old.text : part.text);
  }
  return out.join('');
}
