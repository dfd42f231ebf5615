/** `init --from`: only what was edited changes, byte for byte; comments stay. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES_DIR, normaliseValues } from '../../src/wizard/archetypes.js';
import { applyEdits } from '../../src/wizard/edit-file.js';
import type { Draft } from '../../src/wizard/types.js';

const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.yaml'));
const read = (f: string) => readFileSync(`${EXAMPLES_DIR}/${f}`, 'utf8');
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Lines of `after` not in `before`, and the reverse. */
function diff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe('editing a system file', () => {
  it.each(examples)('%s: nothing edited, nothing changes', (f) => {
    const text = read(f);
    const v = normaliseValues(parse(text) as Draft);
    expect(applyEdits(text, v, clone(v))).toBe(text);
  });

  it.each(examples)('%s: a changed value changes that line only', (f) => {
    const text = read(f);
    const v = normaliseValues(parse(text) as Draft);
    const after = clone(v);
    (after['requirements'] as Draft)['availability'] = '99.5%';
    ((after['datastores'] as Draft[])[0] as Draft)['replicas'] = 7;
    const out = applyEdits(text, v, after);
    const d = diff(text, out);
    const [a, b] = [text.split('\n'), out.split('\n')];
    expect(b).toHaveLength(a.length);
    // Exactly two lines differ, position by position.
    expect(a.filter((line, i) => line !== b[i])).toHaveLength(2);
    expect(d.added.some((l) => /availability: 99\.5%/.test(l))).toBe(true);
    expect(d.added.some((l) => /replicas: 7/.test(l))).toBe(true);
    expect(parse(out)).toEqual({ ...(parse(text) as Draft), requirements: { ...(parse(text) as Draft)['requirements'] as Draft, availability: '99.5%' }, datastores: (parse(out) as Draft)['datastores'] });
  });

  it.each(examples)('%s: a removed consumer and an added data set touch only their sections', (f) => {
    const text = read(f);
    const v = normaliseValues(parse(text) as Draft);
    const after = clone(v);
    (after['consumers'] as Draft[]).pop();
    const store = String(((after['datastores'] as Draft[])[0] as Draft)['name']);
    (after['datasets'] as Draft[]).push({ name: 'audit-log', store, invariants: ['append-only'] });
    const out = applyEdits(text, v, after);
    const parsed = parse(out) as Draft;
    expect((parsed['consumers'] as unknown[]).length).toBe((v['consumers'] as unknown[]).length - 1);
    expect((parsed['datasets'] as Draft[]).at(-1)).toEqual({ name: 'audit-log', store, invariants: ['append-only'] });
    // Everything before the data sets is the original text, comments included.
    const head = text.slice(0, text.search(/^datasets:/m));
    expect(out.startsWith(head)).toBe(true);
    for (const key of ['services', 'messaging', 'workflows', 'locks']) {
      const section = new RegExp(`^${key}:[\\s\\S]*?(?=^[a-z]+:|(?![\\s\\S]))`, 'm').exec(text)?.[0];
      if (section) expect(out).toContain(section);
    }
  });
});

describe('editing a file that does not load', () => {
  it('starts in the section of its first problem, which is named with its line', async () => {
    const { firstProblem } = await import('../../src/wizard/collect.js');
    const { loadDeps } = await import('../../src/model/deps.js');
    const deps = await loadDeps();
    const text = read('ecommerce-checkout.yaml');
    expect(firstProblem(text, 'x.yaml', deps)).toBeUndefined();
    const broken = text.replace('engine: postgres', 'engine: 42');
    const problem = firstProblem(broken, 'x.yaml', deps)!;
    expect(problem.section).toBe('datastores');
    expect(problem.message).toMatch(/^x\.yaml:\d+:\d+: /);
  });
});
