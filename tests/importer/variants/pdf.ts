/**
 * A PDF of a plan in the official layout (Nghị định 30/2020/NĐ-CP, Appendix I: A4, a Times-like
 * serif, justified text; the head and the foot in two columns), printed by Chromium's
 * `page.pdf()` with page furniture in the page margins: a running title and the page number.
 * With `table`, the tasks are in an appendix table (cells merged down where tasks share them).
 */
import type { Browser } from 'playwright-core';
import type { Outline } from './outline.ts';
import { rowCells, TABLE_HEADER } from './text.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (texts: string[]) => texts.map((text) => `<p>${escape(text)}</p>`).join('');

const STYLE = `
@page { size: A4; margin: 22mm 18mm 22mm 30mm; }
body { font: 13pt/1.4 'Times New Roman', 'Liberation Serif', 'Noto Serif', 'DejaVu Serif', serif; margin: 0; }
p { margin: 0 0 5pt; text-align: justify; }
.columns { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
.columns td { width: 50%; vertical-align: top; text-align: center; padding: 0 4pt; }
.columns td p { text-align: center; margin: 0; }
.columns td.left p { font-size: 12pt; }
.center { text-align: center; font-weight: bold; }
.section { font-weight: bold; }
.appendix { break-before: page; }
table.tasks { width: 100%; border-collapse: collapse; font-size: 11pt; line-height: 1.25; }
.tasks th, .tasks td { border: 0.75pt solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
.tasks td p, .tasks th p { text-align: left; margin: 0 0 2pt; }
.tasks td.ref { width: 7%; }
.tasks td.content { width: 38%; }
`;

/** The HTML of the plan, laid out as printed. */
export function planHtml(o: Outline, table: boolean): string {
  const body: string[] = [];
  for (const text of o.metadata) body.push(`<p>${escape(text)}</p>`);
  if (o.headLeft.length || o.headRight.length)
    body.push(
      `<table class="columns"><tr><td class="left">${lines(o.headLeft)}</td><td><b>${lines(o.headRight)}</b></td></tr></table>`,
    );
  o.body.forEach((p, k) => {
    if (table && k === o.tasks.from) body.push('<p>Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.</p>');
    if (table && k >= o.tasks.from && k < o.tasks.to) return;
    const kind = p.kind === 'kind' || p.kind === 'title' ? 'center' : p.kind === 'section' ? 'section' : '';
    body.push(`<p${kind ? ` class="${kind}"` : ''}>${escape(p.text)}</p>`);
  });
  body.push(
    `<table class="columns"><tr><td style="text-align:left">${o.recipients
      .map((text) => `<p style="text-align:left;font-size:11pt">${escape(text)}</p>`)
      .join('')}</td><td><b>${lines(o.signature)}</b></td></tr></table>`,
  );
  if (table) {
    const cell = (texts: string[], cls = '', span = 1) =>
      `<td${cls ? ` class="${cls}"` : ''}${span > 1 ? ` rowspan="${span}"` : ''}>${lines(texts)}</td>`;
    const rows = o.tasks.rows.map((row) => {
      const [ref, content, ...shared] = rowCells(row);
      const rest = row.span === 0 ? '' : shared.map((texts) => cell(texts, '', row.span)).join('');
      return `<tr>${cell(ref!, 'ref')}${cell(content!, 'content')}${rest}</tr>`;
    });
    body.push(
      `<div class="appendix"><p class="center">PHỤ LỤC</p><p class="center">DANH MỤC NHIỆM VỤ ${escape(o.tasks.title.toUpperCase())}</p>`,
      `<table class="tasks"><thead><tr>${TABLE_HEADER.map((text) => `<th>${escape(text)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
    );
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body.join('\n')}</body></html>`;
}

/** Print the plan to PDF: page number at the top ("- n -") or "n/N" at the bottom with a running title at the top. */
export async function pdfFile(
  browser: Browser,
  o: Outline,
  table: boolean,
  furniture: 'top' | 'bottom',
): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(planHtml(o, table), { waitUntil: 'load' });
    const small = 'font-family: serif; font-size: 9pt; width: 100%; text-align: center;';
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: false,
      displayHeaderFooter: true,
      headerTemplate:
        furniture === 'top'
          ? `<div style="${small}">- <span class="pageNumber"></span> -</div>`
          : `<div style="${small}">${escape(o.runningTitle)}</div>`,
      footerTemplate:
        furniture === 'top'
          ? '<div></div>'
          : `<div style="${small}"><span class="pageNumber"></span>/<span class="totalPages"></span></div>`,
      preferCSSPageSize: true,
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}
