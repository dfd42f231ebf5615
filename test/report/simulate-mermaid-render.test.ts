// Renders the scenario diagram of `archcap simulate --format mermaid` with the real
// Mermaid library in headless Chromium: every store, topic and service is drawn, filled
// with the colour of its state in the scenario, and the scenario legend counts them.
import { expect, it } from 'vitest';
import { describeInChromium } from '../helpers/mermaid-page.js';
import { parseFailure } from '../../src/analysis/simulate/failures.js';
import { simulate } from '../../src/analysis/simulate/index.js';
import { classifySystem } from '../../src/analysis/system.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { diagramGraph } from '../../src/report/mermaid-graph.js';
import { simulateMermaid, storeState } from '../../src/report/simulate-mermaid.js';
import { analyse, loadFile } from '../recommend/helpers.js';

const FILL = { ok: 'rgb(207, 232, 223)', degraded: 'rgb(253, 233, 196)', down: 'rgb(244, 199, 195)' };

describeInChromium('the scenario diagram in headless Chromium', (page) => {
  it.each([
    ['ecommerce-checkout', 'region=aws:us-east-1'],
    ['payments-ledger', 'partition=aws:us-east-1|aws:us-west-2,aws:eu-west-1'],
    ['social-feed', 'zone=gcp:us-east4/1'],
  ])('colours examples/%s.yaml by each component state under %s', async (name, spec) => {
    const loaded = await loadFile(`examples/${name}.yaml`);
    const report = analyse(loaded);
    const kb = loadKnowledge();
    const result = simulate(loaded.model, classifySystem(loaded.model, kb), kb, [parseFailure(spec, loaded.model)]);
    const text = simulateMermaid(loaded.model, report, result);
    const graph = diagramGraph(loaded.model, { ...report, findings: [] });
    const rendered = await page().evaluate(async (source) => {
      const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
      const out = document.getElementById('out')!;
      try {
        const { svg } = await mermaid.render(`d${Date.now()}`, source);
        out.innerHTML = svg;
        const fills: Record<string, string> = {};
        for (const g of Array.from(out.querySelectorAll('g.node'))) {
          const shape = g.querySelector('rect, path, polygon, circle');
          const id = /flowchart-([A-Za-z_0-9]+)-/.exec(g.id)?.[1];
          if (id && shape) fills[id] = getComputedStyle(shape).fill;
        }
        return { ok: true, text: out.textContent ?? '', fills, error: out.querySelector('.error-text') ? 'error diagram' : undefined };
      } catch (error) {
        return { ok: false, error: String(error), text: '', fills: {} as Record<string, string> };
      }
    }, text);
    expect(rendered.error, text).toBeUndefined();
    expect(rendered.ok).toBe(true);
    expect(rendered.text).toContain(`scenario: ${result.id}`);
    const stores = new Map([...result.stores, ...result.topics].map((s) => [s.name, s]));
    const services = new Map(result.services.map((s) => [s.name, s]));
    for (const n of graph.nodes) {
      const state = n.kind === 'service' ? ({ up: 'ok', degraded: 'degraded', down: 'down' } as const)[services.get(n.name)!.state] : storeState(stores.get(n.name));
      expect(rendered.fills[n.id], `${n.name} (${state})`).toBe(FILL[state]);
    }
  });
});
