// `archcap diagram` end to end: Mermaid on standard output, a fenced block with
// --format markdown, the JSON result, and exit code 2 on bad input.
import { describe, expect, it } from 'vitest';
import { archcap, STACK_TRACE } from '../helpers/cli.js';

describe('archcap diagram', () => {
  it('prints a Mermaid flowchart with a group per region and the legend', () => {
    const r = archcap(['diagram', 'examples/social-feed.yaml']);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('flowchart LR');
    expect(r.stdout).toContain('subgraph legend["PACELC class of each store"]');
    expect(r.stdout).toMatch(/classDef paEl fill:#[0-9a-f]{6}/);
  });

  it('wraps it in a mermaid code block with --format markdown, and leaves the legend out with --no-legend', () => {
    const r = archcap(['diagram', 'examples/social-feed.yaml', '--format', 'markdown', '--no-legend']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('```mermaid\nflowchart LR\n')).toBe(true);
    expect(r.stdout.trimEnd().endsWith('```')).toBe(true);
    expect(r.stdout).not.toContain('legend');
  });

  it('returns the diagram under --json', () => {
    const r = archcap(['diagram', 'examples/ecommerce-checkout.yaml', '--json']);
    const json = JSON.parse(r.stdout) as { system: string; mermaid: string };
    expect(json.system).toBe('ecommerce-checkout');
    expect(json.mermaid.startsWith('flowchart LR\n')).toBe(true);
  });

  it('exits 2 with file:line:col on a file that is not a system description', () => {
    const r = archcap(['diagram', 'package.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).toMatch(/package\.json:\d+:\d+/);
  });
});
