/**
 * axe-core in a page: injected through DevTools (which the page's Content-Security-Policy does not
 * govern: a <script> tag would be refused) and run on the whole document; the violations, and a
 * message listing them with their elements.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export const formatViolations = (url: string, combo: string, violations: Violation[]) =>
  [
    `${violations.length} axe violation(s) on ${url} (${combo}):`,
    ...violations.map((v) =>
      [
        `- ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})`,
        ...v.nodes
          .slice(0, 10)
          .map(
            (n) =>
              `    ${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`,
          ),
        ...(v.nodes.length > 10 ? [`    … and ${v.nodes.length - 10} more`] : []),
      ].join('\n'),
    ),
  ].join('\n');

/** Put axe-core into the page (once per page load). */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axe.source);
}

/** Run axe on the page as it is now (axe injected first). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations as Violation[];
}
