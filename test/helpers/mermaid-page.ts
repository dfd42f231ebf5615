/**
 * A headless Chromium page with the real Mermaid library loaded, for the diagram
 * rendering tests (Debian's Chromium; under CI its absence is a failure, not a skip).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
const MERMAID = 'node_modules/mermaid/dist/mermaid.min.js';
export const hasChromium = existsSync(CHROMIUM);

export async function openMermaidPage(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.setContent('<!doctype html><html><body style="margin:0;background:#fff"><div id="out"></div></body></html>');
  await page.addScriptTag({ path: MERMAID });
  await page.evaluate(() => (window as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' }));
  return { browser, page };
}

/**
 * A describe block whose tests render in one shared Mermaid page: under CI a missing
 * Chromium fails a test of its own; elsewhere the rendering tests are skipped.
 */
export function describeInChromium(title: string, body: (page: () => Page) => void): void {
  describe(title, () => {
    it('has Chromium to render with (required under CI)', () => {
      if (process.env['CI']) expect(hasChromium, `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
    });
    describe.skipIf(!hasChromium)('with Chromium', () => {
      let browser: Browser | undefined;
      let page: Page | undefined;
      beforeAll(async () => {
        ({ browser, page } = await openMermaidPage());
      }, 60_000);
      afterAll(async () => browser?.close());
      body(() => {
        if (!page) throw new Error('the Mermaid page opens before the tests (beforeAll)');
        return page;
      });
    });
  });
}
