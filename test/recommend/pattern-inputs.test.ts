// Every pattern a recommendation names exists in templates/, and every input it sets is
// one the template declares, of the right type: `archcap generate FILE` can use them as they are.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/generate/catalogue.js';
import { resolveInputs } from '../../src/generate/inputs.js';
import { patternRequests } from '../../src/recommend/patterns.js';
import { FIXTURES } from './fixtures.js';
import { analyse, loadFile, loadText } from './helpers.js';

const catalogue = loadCatalogue();
const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.yaml')).sort();

describe('pattern names and inputs match the templates', async () => {
  const cases = [
    ...(await Promise.all(EXAMPLES.map(async (f) => [f, await loadFile(`examples/${f}`)] as const))),
    ...(await Promise.all(Object.entries(FIXTURES).map(async ([n, t]) => [`fixture ${n}`, await loadText(t)] as const))),
  ];

  it.each(cases)('%s', (_name, loaded) => {
    const recs = analyse(loaded).recommendations;
    for (const r of recs) {
      for (const p of r.patterns) expect(catalogue.patterns.has(p), `${r.id} names ${p}`).toBe(true);
      for (const p of Object.keys(r.patternInputs ?? {})) expect(r.patterns, `${r.id} gives inputs for ${p}`).toContain(p);
    }
    for (const req of patternRequests(recs)) expect(() => resolveInputs(catalogue.patterns.get(req.pattern)!, req.inputs)).not.toThrow();
  });
});
