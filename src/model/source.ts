/**
 * Reading a YAML file safely and keeping where every node came from.
 * Refuses, with file:line:col, what should never reach the parser's consumers:
 * huge files, binary files, empty files, alias bombs and runaway nesting.
 */
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type CST, type Document, type Node as YamlNode } from 'yaml';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../engine/finding.js';
import type { Position } from './types.js';
import { fastParse } from './fast-yaml.js';
import { Positions } from './positions.js';

export { Positions } from './positions.js';

export const LIMITS = {
  /**
   * Largest file accepted, in bytes: 16 MiB. A real system description is a few hundred KB;
   * a synthetic one of 20,000 services and 50,000 calls (bench/generate-system.mjs) is about 11 MB.
   */
  maxBytes: 16 * 1024 * 1024,
  /** Deepest nesting of mappings and sequences accepted. The model itself needs about eight. */
  maxDepth: 64,
  /** Alias expansions allowed while building values (yaml's resource-exhaustion guard). */
  maxAliasCount: 100,
  /**
   * Most items in one flow collection (`[a, b, …]`, `{a: 1, …}`). The YAML parser needs
   * about 10 µs and 1 KB per item there, so a 2 MB file holding a 900,000-item list would
   * take tens of seconds and a gigabyte; a real description has lists of tens.
   */
  maxFlowItems: 100_000,
};

export interface ParsedSource {
  file: string;
  text: string;
  value: unknown;
  positions: Positions;
}

/** Strict UTF-8 (a decode call carries no state from one file to the next). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as UTF-8 text, refusing binary content. */
export function decodeText(file: string, bytes: Uint8Array, maxBytes: number = LIMITS.maxBytes): string {
  if (bytes.length > maxBytes) {
    throw InputError.at('too-large', file, `file is ${bytes.length} bytes; the limit is ${maxBytes} bytes`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = offsetToPosition(bytes.subarray(0, nul));
    throw InputError.at('binary', file, 'binary file (contains a NUL byte); expected a YAML text file', line, column);
  }
  try {
    const text = UTF8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw InputError.at('binary', file, 'not valid UTF-8 text; expected a YAML text file');
  }
}

function offsetToPosition(prefix: Uint8Array): Position {
  let line = 1;
  let last = -1;
  prefix.forEach((b, i) => {
    if (b === 10) {
      line += 1;
      last = i;
    }
  });
  return { line, column: prefix.length - last };
}

/**
 * YAML counts a lone CR as a line break, the parsers do not: make it LF (same length, so
 * every offset and column stays true).
 */
function lineBreaks(input: string): string {
  return input.includes('\r') ? input.replace(/\r(?!\n)/g, '\n') : input;
}

/** Parse YAML text into a plain value plus a map from model path to position. */
export function parseYaml(file: string, input: string): ParsedSource {
  const text = lineBreaks(input);
  const fast = fastParse(text, { maxDepth: LIMITS.maxDepth, maxItems: LIMITS.maxFlowItems });
  return fast ? { file, text, ...fast } : parseYamlFull(file, text);
}

/**
 * The full path: `yaml`'s document API, with every guard and exact diagnostics. Every
 * file the fast path declines comes here; tests compare the two on the files both read.
 */
export function parseYamlFull(file: string, input: string): ParsedSource {
  const text = lineBreaks(input);
  const lineCounter = new LineCounter();
  const doc = parseGuarded(file, text, lineCounter);
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // An unknown tag (`!!js/function`, `!custom`) would silently become a string.
  const tags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (doc.errors.length > 0 || tags.length > 0) {
    const syntax: Diagnostic[] = doc.errors.map((e) => {
      const message =
        e.code === 'RESOURCE_EXHAUSTION' ? `YAML nesting too deep to parse (limit ${LIMITS.maxDepth} levels)` : `invalid YAML: ${firstLine(e.message)}`;
      return { code: 'yaml-syntax', file, message, ...pos(e.pos[0]) };
    });
    const tagged: Diagnostic[] = tags.map((w) => ({
      code: 'yaml-tag', file, ...pos(w.pos[0]),
      message: `unknown YAML tag ${tagName(text, w.pos[0])}: a system description uses plain YAML values; remove the tag`,
    }));
    throw new InputError(firstOfCascade([...syntax, ...tagged]));
  }
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) {
    throw InputError.at('empty', file, 'the file is empty; a system description needs at least `version: 1` and `name`');
  }
  const positions = new Positions(lineCounter.lineStarts);
  walk(doc, doc.contents, '', 0, positions, pos, file);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    const first = firstAlias(doc.contents);
    const at = first?.range ? pos(first.range[0]) : { line: 1, column: 1 };
    const message =
      error instanceof ReferenceError
        ? `YAML aliases expand too much (more than ${LIMITS.maxAliasCount} expansions): refused as a possible alias bomb`
        : `invalid YAML: ${(error as Error).message}`;
    throw InputError.at('alias-bomb', file, message, at.line, at.column);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const at = doc.contents.range ? pos(doc.contents.range[0]) : { line: 1, column: 1 };
    throw InputError.at('not-a-mapping', file, 'a system description must be a YAML mapping (key: value pairs) at the top level', at.line, at.column);
  }
  return { file, text, value, positions };
}

/**
 * yaml's parseDocument, with one lexing pass shared by the parser and a guard: a flow
 * collection with more than LIMITS.maxFlowItems items is refused as soon as the lexer
 * passes that many, before the parser and composer spend their time on it.
 */
function parseGuarded(file: string, text: string, lineCounter: LineCounter): Document {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer({ uniqueKeys: true, prettyErrors: false, strict: true });
  const open: Array<{ offset: number; items: number }> = [];
  function* tokens(): Generator<CST.Token> {
    lineCounter.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      if (lexeme === '[' || lexeme === '{') open.push({ offset: parser.offset, items: 1 });
      else if ((lexeme === ']' || lexeme === '}') && open.length) open.pop();
      else if (lexeme === ',' && open.length && ++open[open.length - 1]!.items > LIMITS.maxFlowItems) {
        const at = lineCounter.linePos(open[open.length - 1]!.offset);
        throw InputError.at('too-many-items', file, `a flow collection with more than ${LIMITS.maxFlowItems} items; the limit keeps parsing bounded (split the data, or keep it out of the system description)`, at.line, at.col);
      }
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  let doc: Document | undefined;
  for (const next of composer.compose(tokens(), true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}

/** The tag as written at `offset` (`!!js/function`, `!custom`). */
function tagName(text: string, offset: number): string {
  const m = /^!\S*/.exec(text.slice(offset, offset + 200));
  return m ? `'${m[0]}'` : '';
}

/** Most YAML errors after the first are its echoes: at most one per line, at most ten, then a count. */
export const MAX_YAML_ERRORS = 10;

function firstOfCascade(diagnostics: Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
  const lines = new Set<number>();
  const kept = sorted.filter((d) => !lines.has(d.line) && lines.add(d.line));
  if (kept.length <= MAX_YAML_ERRORS) return kept;
  const shown = kept.slice(0, MAX_YAML_ERRORS);
  const last = shown[shown.length - 1]!;
  const more = sorted.length - shown.length;
  return [...shown, { ...last, code: 'yaml-syntax', message: `… and ${more} more YAML errors after this line, most likely caused by the first one; fix it and run again` }];
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function walk(
  doc: Document,
  node: unknown,
  path: string,
  depth: number,
  positions: Positions,
  pos: (offset: number) => Position,
  file: string,
): void {
  if (depth > LIMITS.maxDepth) {
    const at = (node as YamlNode).range ? pos((node as YamlNode).range![0]) : { line: 1, column: 1 };
    throw InputError.at('too-deep', file, `nesting deeper than ${LIMITS.maxDepth} levels`, at.line, at.column, path);
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      // A null key (`: x`, `~: x`, `null: x`) is '' in the value, as toJS writes it.
      const key = isScalar(pair.key) ? (pair.key.value === null ? '' : String(pair.key.value)) : pair.key === null ? '' : String(pair.key);
      const child = path ? `${path}.${key}` : key;
      const at = (pair.key as YamlNode | null)?.range ?? (pair.value as YamlNode | null)?.range;
      if (at) positions.set(child, at[0]);
      walk(doc, pair.value, child, depth + 1, positions, pos, file);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const child = `${path}[${i}]`;
      const itemNode = item as YamlNode | null;
      if (itemNode?.range) positions.set(child, itemNode.range[0]);
      walk(doc, item, child, depth + 1, positions, pos, file);
    });
  } else if (isAlias(node) && path) {
    // An alias stands for a node defined elsewhere; its own position is the best we have.
  }
}

function firstAlias(node: unknown): YamlNode | undefined {
  if (isAlias(node)) return node;
  if (isMap(node)) for (const p of node.items) for (const n of [p.key, p.value]) { const a = firstAlias(n); if (a) return a; }
  if (isSeq(node)) for (const n of node.items) { const a = firstAlias(n); if (a) return a; }
  return undefined;
}

/** The position of a path, or of its nearest ancestor that has one. */
/** Anything that gives the position of a path (`Positions`, or a plain map in tests). */
export type PositionLookup = Pick<Map<string, Position>, 'get'>;

export function locateIn(positions: PositionLookup, path: string): Position {
  // Down to the top level itself: a key that is the empty string (`: x`) is at path ''.
  for (let p = path; ; p = parentPath(p)) {
    const found = positions.get(p);
    if (found) return found;
    if (!p) return { line: 1, column: 1 };
  }
}

export function parentPath(path: string): string {
  const m = /^(.*?)(\[\d+\]|\.[^.[\]]+)$/.exec(path);
  return m ? (m[1] ?? '') : '';
}
