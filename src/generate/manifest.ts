/** Parsing and validating `templates/<pattern>/pattern.yaml` and `templates/_common/common.yaml`. */
import { createRequire } from 'node:module';
import type { CommonFile, CommonManifest, InputType, ItemType, PatternFile, PatternInput, PatternManifest, Service } from './types.js';
import { checkInputValue } from './inputs.js';
import { ShapeReader, type Obj } from './shape.js';

const INPUT_TYPES: readonly InputType[] = ['string', 'identifier', 'integer', 'number', 'boolean', 'list'];
const ITEM_TYPES: readonly ItemType[] = ['string', 'identifier', 'integer', 'number', 'boolean', 'object'];
const SERVICES: readonly Service[] = ['postgres', 'redis'];
const PATTERN_KEYS = ['name', 'title', 'summary', 'description', 'references', 'inputs', 'files', 'dependencies', 'devDependencies', 'services', 'recommendedFor'];
const INPUT_KEYS = ['name', 'type', 'items', 'default', 'description', 'enum', 'minimum', 'maximum'];

// Loaded on first use: with the build's manifest cache, `generate` never parses YAML.
let parseYaml: ((text: string, options: { maxAliasCount: number }) => unknown) | undefined;

function load(file: string, text: string): { r: ShapeReader; doc: Obj } {
  const r = new ShapeReader(file);
  let value: unknown;
  try {
    parseYaml ??= (createRequire(import.meta.url)('yaml') as { parse: typeof parseYaml }).parse!;
    value = parseYaml(text, { maxAliasCount: 10 });
  } catch (error) {
    r.fail('(file)', `not valid YAML: ${(error as Error).message}`);
  }
  return { r, doc: r.object(value, '(file)') };
}

function readFiles(r: ShapeReader, value: unknown, path: string, allowServices: boolean): CommonFile[] {
  if (!Array.isArray(value) || value.length === 0) r.fail(path, 'expected a non-empty list of { from, to }');
  return value.map((item, i) => {
    const at = `${path}[${i}]`;
    const obj = r.object(item, at);
    r.keys(obj, at, allowServices ? ['from', 'to', 'description', 'services'] : ['from', 'to', 'description']);
    const file: CommonFile = { from: r.string(obj.from, `${at}.from`), to: r.string(obj.to, `${at}.to`) };
    if (obj.description !== undefined) file.description = r.string(obj.description, `${at}.description`);
    if (allowServices && obj.services !== undefined) file.services = r.strings(obj.services, `${at}.services`).map((s, j) => r.oneOf(s, `${at}.services[${j}]`, SERVICES));
    return file;
  });
}

function readInput(r: ShapeReader, value: unknown, at: string): PatternInput {
  const obj = r.object(value, at);
  r.keys(obj, at, INPUT_KEYS);
  const input: PatternInput = {
    name: r.string(obj.name, `${at}.name`),
    type: r.oneOf(obj.type, `${at}.type`, INPUT_TYPES),
    default: obj.default,
    description: r.string(obj.description, `${at}.description`),
  };
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(input.name)) r.fail(`${at}.name`, `"${input.name}" must be a camelCase name (letters and digits)`);
  if (obj.items !== undefined) input.items = r.oneOf(obj.items, `${at}.items`, ITEM_TYPES);
  if (obj.enum !== undefined) {
    if (!Array.isArray(obj.enum) || obj.enum.length === 0) r.fail(`${at}.enum`, 'expected a non-empty list');
    input.enum = obj.enum;
  }
  for (const bound of ['minimum', 'maximum'] as const) {
    const v = obj[bound];
    if (v === undefined) continue;
    if (typeof v !== 'number') r.fail(`${at}.${bound}`, 'expected a number');
    input[bound] = v;
  }
  if (obj.default === undefined) r.fail(`${at}.default`, 'every input needs a default, so the pattern can be generated alone');
  const problem = checkInputValue(input, obj.default);
  if (problem) r.fail(`${at}.default`, problem);
  return input;
}

export function parsePatternManifest(file: string, text: string, dir: string, folderName: string): PatternManifest {
  const { r, doc } = load(file, text);
  r.keys(doc, '(file)', PATTERN_KEYS);
  const name = r.string(doc.name, 'name');
  if (name !== folderName) r.fail('name', `"${name}" must equal the folder name "${folderName}"`);
  const rawInputs: unknown = doc.inputs ?? [];
  if (!Array.isArray(rawInputs)) return r.fail('inputs', 'expected a list');
  const inputs = rawInputs.map((item, i) => readInput(r, item, `inputs[${i}]`));
  const seen = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    if (seen.has(input.name)) r.fail(`inputs[${i}].name`, `duplicate input "${input.name}"`);
    seen.add(input.name);
  }
  const files: PatternFile[] = readFiles(r, doc.files, 'files', false);
  return {
    name,
    title: r.string(doc.title, 'title'),
    summary: r.string(doc.summary, 'summary'),
    description: r.string(doc.description, 'description'),
    references: r.strings(doc.references, 'references'),
    inputs,
    files,
    dependencies: r.stringMap(doc.dependencies, 'dependencies'),
    devDependencies: r.stringMap(doc.devDependencies, 'devDependencies'),
    services: r.strings(doc.services, 'services').map((s, i) => r.oneOf(s, `services[${i}]`, SERVICES)),
    recommendedFor: r.strings(doc.recommendedFor, 'recommendedFor'),
    dir,
  };
}

export function parseCommonManifest(file: string, text: string, dir: string): CommonManifest {
  const { r, doc } = load(file, text);
  r.keys(doc, '(file)', ['files', 'dependencies', 'devDependencies', 'pins', 'serviceDependencies']);
  const byService = r.object(doc.serviceDependencies ?? {}, 'serviceDependencies');
  r.keys(byService, 'serviceDependencies', SERVICES);
  const serviceDependencies = Object.fromEntries(
    SERVICES.map((service) => {
      const at = `serviceDependencies.${service}`;
      const entry = r.object(byService[service] ?? {}, at);
      r.keys(entry, at, ['dependencies', 'devDependencies']);
      return [service, { dependencies: r.stringMap(entry.dependencies, `${at}.dependencies`), devDependencies: r.stringMap(entry.devDependencies, `${at}.devDependencies`) }];
    }),
  ) as CommonManifest['serviceDependencies'];
  return {
    files: readFiles(r, doc.files, 'files', true),
    dependencies: r.stringMap(doc.dependencies, 'dependencies'),
    devDependencies: r.stringMap(doc.devDependencies, 'devDependencies'),
    pins: r.stringMap(doc.pins, 'pins'),
    serviceDependencies,
    dir,
  };
}
