/**
 * Comments and layout on a `yaml` Document: a note before a key or a list item, or at
 * the end of a value's line; short collections in flow style; strings that YAML 1.1
 * tools would read as booleans quoted.
 */
import { type Document, isCollection, isMap, isNode, isPair, isScalar, isSeq, type Node, type Scalar, visit } from 'yaml';
import type { Segment } from './paths.js';

export type Where = 'before' | 'after';

/** Wrap prose into comment lines of at most `width` characters (each starts with a space after `#`). */
export function commentLines(text: string, width = 86): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > width) (lines.push(line), (line = word));
      else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.map((l) => (l ? ` ${l}` : '')).join('\n');
}

const append = (old: string | null | undefined, text: string): string => (old ? `${old}\n${text}` : text);

/** Attach `text` to the node at `path`: before its key (or list item), or after its value. */
export function note(doc: Document, path: Segment[], text: string, where: Where = 'before'): boolean {
  if (path.length === 0) {
    doc.commentBefore = append(doc.commentBefore, commentLines(text));
    return true;
  }
  const parent = doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  let target: Node | undefined;
  let value: unknown;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
    target = pair?.key as Node | undefined;
    value = pair?.value;
  } else if (isSeq(parent) && typeof last === 'number') {
    target = parent.items[last] as Node | undefined;
    value = target;
  }
  if (!target) return false;
  // A long remark goes above the key rather than past the end of a readable line.
  if (where === 'before' || text.length > 56) target.commentBefore = append(target.commentBefore, commentLines(text));
  else if (isNode(value)) value.comment = ` ${text.replace(/\s+/g, ' ').trim()}`;
  else return false;
  return true;
}

/** A blank line before each top-level section after the first few keys. */
export function spaceSections(doc: Document, keys: string[]): void {
  if (!isMap(doc.contents)) return;
  for (const pair of doc.contents.items) if (isScalar(pair.key) && keys.includes(String(pair.key.value))) pair.key.spaceBefore = true;
}

/** Flow style only where it keeps the collection on one line. */
const fits = (node: Node, max = 72): boolean => JSON.stringify(node.toJSON()).length <= max;

const FLOW_MAPS = new Set(['settings', 'access', 'tolerate', 'read', 'write', 'retries']);
const FLOW_ITEMS = new Set(['publishes', 'consumers', 'steps', 'calls']);
const YAML11_BOOL = /^(y|yes|n|no|true|false|on|off)$/i;

export function styleDocument(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isMap(pair.value) && FLOW_MAPS.has(key)) pair.value.flow = fits(pair.value);
      if (isSeq(pair.value) && FLOW_ITEMS.has(key)) for (const item of pair.value.items) if (isCollection(item)) item.flow = fits(item, 96);
    },
    Seq(_, seq) {
      if (seq.items.every((i) => isScalar(i))) seq.flow = fits(seq, 96);
    },
    Scalar(_, node: Scalar) {
      if (typeof node.value === 'string' && YAML11_BOOL.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
}
