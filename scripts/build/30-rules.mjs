// Bundle the built-in rule files into build/rules.json (validated), so start-up reads one
// JSON file. A rule without `examples` gets the first invalid and valid case of its
// RuleTester fixture (test/rules/<id>.yaml): `archcap explain` then shows an example
// that the test suite proves is reported, and one that is not.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export default async function rules(root) {
  const { readRuleSources } = await import(pathToFileURL(join(root, 'dist/engine/builtin.js')).href);
  const all = readRuleSources({ checkOptions: true }).map((rule) => {
    const fixture = join(root, 'test/rules', `${rule.id}.yaml`);
    if (rule.examples || !existsSync(fixture)) return rule;
    const { valid = [], invalid = [] } = parse(readFileSync(fixture, 'utf8'));
    const example = (c) => (c ? `# ${c.name}\n${c.yaml.trimEnd()}` : undefined);
    const examples = { invalid: example(invalid[0]), valid: example(valid[0]) };
    return { ...rule, examples: Object.fromEntries(Object.entries(examples).filter(([, v]) => v)) };
  });
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/rules.json'), JSON.stringify(all));
}
