/**
 * axe-core on one page of every page kind found in dist/ (home, plans list, a plan, a province,
 * the agency index, an agency, every other top-level page, the 404 page), at desktop and phone
 * widths, in light and dark colour schemes. Zero violations expected.
 */
import axe from 'axe-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, onePagePerKind } from '../build/dist.ts';
import { launchBrowser, startSite, VIEWPORTS, type Site } from './helpers.ts';

const dist = BUILDS[0]!;
const pages = onePagePerKind(dist.dir);
// The search page with a query shows results that the bare page does not.
if (pages.some((p) => p.kind === 'tim-kiem')) pages.push({ kind: 'tim-kiem?q', url: '/tim-kiem/?q=kh%E1%BB%9Fi%20nghi%E1%BB%87p' });

const COMBOS = (['desktop', 'phone'] as const).flatMap((viewport) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ viewport, colorScheme, name: `${viewport} ${colorScheme}` })),
);

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const formatViolations = (url: string, combo: string, violations: Violation[]) =>
  [
    `${violations.length} axe violation(s) on ${url} (${combo}):`,
    ...violations.map((v) =>
      [
        `- ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})`,
        ...v.nodes.slice(0, 10).map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`),
        ...(v.nodes.length > 10 ? [`    … and ${v.nodes.length - 10} more`] : []),
      ].join('\n'),
    ),
  ].join('\n');

let site: Site;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  site = await startSite({ dir: 'dist' });
  browser = await launchBrowser();
  for (const combo of COMBOS) contexts.set(combo.viewport, contexts.get(combo.viewport) ?? (await browser.newContext({ viewport: VIEWPORTS[combo.viewport] })));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('dist/ has pages to check', () => {
  expect(pages.length, 'dist/ has no HTML pages: build it first').toBeGreaterThan(0);
});

describe.each(pages)('$kind ($url)', ({ url }) => {
  it.each(COMBOS)('no axe violations, $name', async ({ viewport, colorScheme, name }) => {
    const page = await contexts.get(viewport)!.newPage();
    try {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(site.url(url), { waitUntil: 'load' });
      expect(response?.ok() || url.endsWith('404.html'), `${url} answered ${response?.status()}`).toBe(true);
      await page.evaluate(() => document.fonts.ready);
      await page.addScriptTag({ content: axe.source });
      const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
      const violations = results.violations as Violation[];
      expect(violations.map((v) => v.id), formatViolations(url, name, violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
