/**
 * Using the page /them-ke-hoach/ as a person does, for the browser tests: drop a file on it (a
 * real drop event carrying the file), choose one with the picker, wait for the page to have read
 * it, and read what it shows and offers (the task cards, the files to download).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const IMPORT_PAGE = '/them-ke-hoach/';

/** Drop a file (its name and bytes) on the page's drop zone, as a drag from the desktop does. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data }) => {
      const binary = atob(data);
      const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      return transfer;
    },
    { name, data: Buffer.from(bytes).toString('base64') },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('[data-drop]', type, { dataTransfer });
}

/** Drop the file at `path` (named as it is there). */
export const dropPath = (page: Page, path: string) => dropFile(page, path.split('/').pop()!, readFileSync(path));

/** Wait until the page has read `name`: 'result' when it shows a result, 'error' when it says it could not. */
export async function waitForReading(page: Page, name: string): Promise<'result' | 'error'> {
  const status = page.locator('[data-status]');
  await status.filter({ hasText: new RegExp(`^(Đã đọc xong|Không đọc được) ${escape(name)}`) }).waitFor({
    timeout: 60_000,
  });
  return (await status.textContent())!.startsWith('Đã đọc xong') ? 'result' : 'error';
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A task card as the page shows it. */
export interface ShownTask {
  heading: string;
  lead: string[];
  partners: string[];
  timing: string;
}

/** The task cards of the result shown. */
export function shownTasks(page: Page): Promise<ShownTask[]> {
  return page.locator('[data-result] .task').evaluateAll((cards) =>
    cards.map((card) => {
      const fact = (term: string) =>
        [...card.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling;
      const names = (term: string) =>
        [...(fact(term)?.querySelectorAll('.import-agency') ?? [])].map((el) => el.textContent ?? '');
      return {
        heading: card.querySelector('h5')?.textContent ?? '',
        lead: names('Chủ trì'),
        partners: names('Phối hợp'),
        timing: fact('Thời gian')?.querySelector('.timing')?.firstChild?.textContent ?? '',
      };
    }),
  );
}

/** Follow a download link of the result: the file's suggested name and its text. */
export async function downloadFrom(page: Page, link: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(link).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
