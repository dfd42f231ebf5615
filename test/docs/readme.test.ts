import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archcap, ROOT } from '../helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('shows an analyze sample whose every line is in the real output', () => {
    const block = /Part of `archcap analyze examples\/ecommerce-checkout\.yaml`[^\n]*\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const real = archcap(['analyze', 'examples/ecommerce-checkout.yaml']).stdout.split('\n');
    const lines = block!.split('\n').filter((l) => l.trim() && l.trim() !== '…');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(real, line).toContain(line);
  });

  it('links only to files inside the repository', () => {
    const links = [...readme.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1]!).filter((l) => !/^https?:/.test(l));
    expect(links).toContain('docs/model.md');
    for (const link of links) expect(link, link).not.toMatch(/^\.\.\//);
    for (const link of links) expect(() => readFileSync(join(ROOT, link)), link).not.toThrow();
  });
});
