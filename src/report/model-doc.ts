/**
 * docs/model.md: the reference for the system description, rendered from the
 * JSON Schema so it cannot drift from what archcap accepts. Pure: schema in,
 * Markdown out (`npm run docs` writes it; a test fails when the file is stale).
 */
import type { JsonSchema } from '../model/schema.js';

type Schema = JsonSchema & Record<string, unknown>;
interface Row {
  key: string;
  type: string;
  required: boolean;
  text: string;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text: unknown): string => `\`${String(text)}\``;
const anchor = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const props = (s: Schema): Record<string, Schema> => (s['properties'] ?? {}) as Record<string, Schema>;
const refName = (s: Schema): string | undefined => (typeof s['$ref'] === 'string' ? s['$ref'].replace('#/$defs/', '') : undefined);

function typeOf(s: Schema): string {
  const ref = refName(s);
  if (ref) return `[${ref}](#${anchor(`${ref} definition`)})`;
  const alternatives = (s['oneOf'] ?? s['anyOf']) as Schema[] | undefined;
  if (alternatives) return alternatives.map(typeOf).join(' or ');
  if (s['const'] !== undefined) return code(s['const']);
  if (s['type'] === 'array') return `list of ${typeOf((s['items'] ?? {}) as Schema).replace(/^(object|string|integer|number|boolean)$/, '$1s')}`;
  if (Array.isArray(s['enum']) && !s['type']) return 'string';
  return typeof s['type'] === 'string' ? s['type'] : 'any';
}

function details(s: Schema): string {
  const parts: string[] = [];
  if (typeof s['description'] === 'string') parts.push(s['description']);
  const values = (s['enum'] ?? (s['type'] === 'array' ? (s['items'] as Schema | undefined)?.['enum'] : undefined)) as unknown[] | undefined;
  if (values?.length) parts.push(`One of ${values.map(code).join(', ')}.`);
  if (typeof s['patternErrorMessage'] === 'string') parts.push(s['patternErrorMessage']);
  else if (typeof s['pattern'] === 'string' && !refName(s)) parts.push(`Pattern ${code(s['pattern'])}.`);
  for (const [key, word] of [['minimum', 'at least'], ['maximum', 'at most']] as const) if (typeof s[key] === 'number') parts.push(`${word[0]!.toUpperCase()}${word.slice(1)} ${s[key]}.`);
  return parts.join(' ');
}

/** Every field below `s`, depth first, as `a.b[].c` keys. */
function rows(s: Schema, prefix: string): Row[] {
  const required = new Set((s['required'] ?? []) as string[]);
  const out: Row[] = [];
  for (const [name, child] of Object.entries(props(s))) {
    if (name.startsWith('x-') || name === '$schema') continue;
    const key = prefix ? `${prefix}.${name}` : name;
    out.push({ key, type: typeOf(child), required: required.has(name), text: details(child) });
    const item = child['type'] === 'array' ? ((child['items'] ?? {}) as Schema) : child;
    const objects = [item, ...(((item['oneOf'] ?? item['anyOf']) as Schema[] | undefined) ?? [])].filter((x) => x['properties']);
    for (const o of objects) out.push(...rows(o, child['type'] === 'array' ? `${key}[]` : key));
  }
  return out;
}

function table(list: Row[]): string[] {
  return ['| key | type | required | meaning |', '|---|---|---|---|', ...list.map((r) => `| ${code(r.key)} | ${cell(r.type)} | ${r.required ? 'yes' : ''} | ${cell(r.text)} |`)];
}

/** Per-engine `settings` (from the `if engine = X then settings …` branches). */
function engineSettings(schema: Schema): string[] {
  const stores = ((props(schema)['datastores'] ?? {}) as Schema)['items'] as Schema | undefined;
  const branches = (stores?.['allOf'] ?? []) as Schema[];
  const lines: string[] = [];
  for (const branch of branches) {
    const engine = ((((branch['if'] as Schema)?.['properties'] as Record<string, Schema>)?.['engine'] ?? {}) as Schema)['const'];
    const settings = ((branch['then'] as Schema)?.['properties'] as Record<string, Schema> | undefined)?.['settings'];
    if (typeof engine !== 'string' || !settings) continue;
    const list = rows(settings, '');
    lines.push(`### ${code(engine)}`, '', ...(list.length ? table(list.map((r) => ({ ...r, key: `settings.${r.key}` }))) : ['No settings.']), '');
  }
  return lines;
}

export function modelMarkdown(schema: JsonSchema): string {
  const s = schema as Schema;
  const top = props(s);
  const defs = (s['$defs'] ?? {}) as Record<string, Schema>;
  const lines = [
    '# The system description',
    '',
    '<!-- Generated from the JSON Schema by `npm run docs`; do not edit by hand. -->',
    '',
    `${String(s['description'] ?? '')} One YAML file per system; the schema is [schema/system.schema.json](../schema/system.schema.json) (also \`archcap schema\`). Keys starting with \`x-\` are free for your own use; \`x-archcap-ignore\` on any node suppresses findings (see the README).`,
    '',
    '## Contents',
    '',
    ...Object.keys(top).filter((k) => k !== '$schema').map((k) => `- [${k}](#${anchor(k)})`),
    ...Object.keys(defs).map((k) => `- [${k} definition](#${anchor(`${k} definition`)}): shared by several keys`),
    '- [Engine settings](#engine-settings)',
    '',
  ];
  const required = new Set((s['required'] ?? []) as string[]);
  for (const [name, child] of Object.entries(top)) {
    if (name === '$schema') continue;
    lines.push(`## ${name}`, '', `${typeOf(child)}${required.has(name) ? ', required' : ''}. ${details(child)}`.trim(), '');
    const nested = rows({ properties: { [name]: child } } as Schema, '').slice(1);
    if (nested.length) lines.push(...table(nested), '');
  }
  for (const [name, def] of Object.entries(defs)) {
    lines.push(`## ${name} definition`, '', details(def) || typeOf(def), '');
    const nested = [def, ...(((def['oneOf'] ?? def['anyOf']) as Schema[] | undefined) ?? [])].flatMap((d) => (d['type'] === 'array' ? [(d['items'] ?? {}) as Schema] : [d]));
    const list = nested.flatMap((d) => [...(d['oneOf'] ? (d['oneOf'] as Schema[]) : [d])]).flatMap((d) => rows(d, ''));
    if (list.length) lines.push(...table(list), '');
  }
  lines.push('## Engine settings', '', 'Each store’s `settings` take the engine’s own vocabulary; anything else is an error that lists the accepted names and values.', '', ...engineSettings(s));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
