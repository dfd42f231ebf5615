// Renders every example's diagram with the real Mermaid library in headless Chromium:
// an SVG with one node per store, topic, service and legend entry, one group per region,
// and no parse error. Names with quotes, markup and unicode come out as written.
// ARCHCAP_WRITE_DOCS=1 also refreshes the committed screenshot in docs/.
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInChromium } from '../helpers/mermaid-page.js';
import { diagramGraph } from '../../src/report/mermaid-graph.js';
import { mermaidDiagram } from '../../src/report/mermaid.js';
import { analyse, loadFile, loadText } from '../recommend/helpers.js';

const SCREENSHOT_EXAMPLE = 'ecommerce-checkout';
const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.yaml')).sort();

interface Rendered { ok: boolean; error?: string; nodes?: number; clusters?: number; text?: string; overlaps?: string[] }

async function render(page: Page, text: string): Promise<Rendered> {
  return page.evaluate(async (source) => {
    const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
    const out = document.getElementById('out')!;
    try {
      const { svg } = await mermaid.render(`d${Date.now()}${Math.floor(Math.random() * 1e6)}`, source);
      out.innerHTML = svg;
      // Labels (edge labels, node and group titles) whose boxes overlap by more than a few pixels.
      const boxes = Array.from(out.querySelectorAll('g.edgeLabel, g.node, g.cluster-label'))
        .map((el) => ({ name: (el.textContent ?? '').trim(), r: el.getBoundingClientRect() }))
        .filter((b) => b.name && b.r.width > 0);
      const overlaps: string[] = [];
      const cut = (a: DOMRect, b: DOMRect): number => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => { if (cut(a.r, b.r) > 16) overlaps.push(`${a.name} / ${b.name}`); }));
      return { ok: true, nodes: out.querySelectorAll('g.node').length, clusters: out.querySelectorAll('g.cluster').length, text: out.textContent ?? '', overlaps, ...(out.querySelector('.error-text') ? { error: 'error diagram' } : {}) };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  }, text);
}

describeInChromium('Mermaid rendering in headless Chromium', (page) => {
  it.each(EXAMPLES)('renders examples/%s to an SVG with every node and region', async (file) => {
    const loaded = await loadFile(`examples/${file}`);
    const report = analyse(loaded);
    const graph = diagramGraph(loaded.model, report);
    const text = mermaidDiagram(loaded.model, report);
    const r = await render(page(), text);
    expect(r.error, text).toBeUndefined();
    expect(r.ok).toBe(true);
    expect(r.nodes).toBe(graph.nodes.length + 4);
    const regions = new Set(graph.nodes.filter((n) => n.regions.length === 1).map((n) => n.regions[0]));
    // One group per region and the legend; components in several regions stand outside the groups.
    expect(r.clusters).toBe(regions.size + 1);
    for (const n of graph.nodes) expect(r.text).toContain(n.name);
    expect(r.overlaps, 'labels drawn over each other').toEqual([]);
    if (process.env['ARCHCAP_WRITE_DOCS'] && file === `${SCREENSHOT_EXAMPLE}.yaml`) {
      await page().locator('#out svg').screenshot({ path: `docs/diagram-${SCREENSHOT_EXAMPLE}.png` });
    }
  });

  it('keeps names with quotes, brackets, markup, pipes and unicode as text', async () => {
    // The schema already limits names; the diagram must not rely on it, so the model is renamed after loading.
    const names = ['say "hi" [v2]', 'a|b --> end', '<script>x</script>', 'Zürich café ☕ #1', 'graph; subgraph end'];
    const yaml = `version: 1\nname: odd\nregions: [aws:us-east-1]\nrequirements: { tolerate: { nodes: 0, zones: 0, regions: 0 } }\nservices:\n${names.map((_, i) => `  - { name: s${i}, regions: [aws:us-east-1], instances: 2${i ? '' : ', calls: [{ service: s1, timeout: 1s }]'} }`).join('\n')}\n`;
    const loaded = await loadText(yaml);
    const report = analyse(loaded);
    const model = structuredClone(loaded.model);
    model.services.forEach((s, i) => { s.name = names[i]!; });
    model.services[0]!.calls[0]!.service = names[1]!;
    const r = await render(page(), mermaidDiagram(model, report));
    expect(r.error).toBeUndefined();
    expect(r.nodes).toBe(names.length + 4);
    for (const n of names) expect(r.text).toContain(n);
    expect(await page().locator('#out script').count()).toBe(0);
    expect(await page().locator('#out g.edgePath, #out path.flowchart-link').count()).toBe(1);
  });
});
