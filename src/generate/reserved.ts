/** Names a generated identifier or file must not take. */

const KEYWORDS = [
  // ECMAScript reserved words and strict-mode / module restrictions
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import',
  'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true',
  'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'await', 'let', 'static',
  'implements', 'interface', 'package', 'private', 'protected', 'public', 'arguments', 'eval',
  // TypeScript: names that cannot name a type, and contextual keywords best avoided
  'any', 'unknown', 'never', 'number', 'string', 'boolean', 'symbol', 'object', 'bigint',
  'undefined', 'type', 'namespace', 'module', 'declare', 'abstract', 'as', 'asserts', 'infer',
  'is', 'keyof', 'readonly', 'require', 'satisfies', 'unique', 'global', 'constructor', 'of',
];

/** Globals a generated class or constant would shadow (`class Map` breaks `new Map()`). */
const GLOBALS = [
  'Array', 'ArrayBuffer', 'BigInt', 'Boolean', 'Buffer', 'DataView', 'Date', 'Error',
  'EvalError', 'Function', 'Infinity', 'Intl', 'JSON', 'Map', 'Math', 'NaN', 'Number',
  'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set',
  'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'URL', 'WeakMap', 'WeakRef',
  'WeakSet', 'AbortController', 'AbortSignal', 'Event', 'EventTarget', 'TextDecoder',
  'TextEncoder', 'Record', 'Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'Exclude',
  'Extract', 'NonNullable', 'ReturnType', 'Parameters', 'Awaited', 'Iterable', 'Iterator',
  'AsyncIterable', 'PromiseLike', 'ArrayLike', 'globalThis', 'console', 'process', 'require',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'structuredClone',
  'queueMicrotask', 'performance', 'crypto', 'fetch', 'Response', 'Request', 'Headers',
];

export const RESERVED_IDENTIFIERS: ReadonlySet<string> = new Set([...KEYWORDS, ...GLOBALS]);

/** Device names Windows refuses as file names, whatever the extension. */
export const RESERVED_FILE_NAMES: ReadonlySet<string> = new Set([
  'con', 'prn', 'aux', 'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);
