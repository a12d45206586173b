/**
 * The files a user gets of a plan, made from the raw texts of sources/ (the sources of the
 * committed plans in content/plans/): a Word file and a PDF in the official layout, each also
 * with the tasks as an appendix table; the text copied out of a PDF viewer (hard wraps, page
 * numbers and running titles in it); Word's plain text (tabs, "a." items, tab cells), also with
 * the tasks as a tab-separated table; `pdftotext -layout` text of the appendix-table layout;
 * UTF-16 LE and BE; Windows-1258.
 *
 *   node tests/importer/variants/generate.ts <folder>    writes every variant of every source
 *
 * The same sources give the same files (the PDFs differ only in their creation date).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { extractText } from 'unpdf';
import { launchBrowser } from '../../../scripts/lib/chromium.ts';
import { committedPlans } from '../compare.ts';
import { ROOT } from '../../helpers/content.ts';
import { outline, type Outline } from './outline.ts';
import { layoutText, utf16, windows1258, wordText } from './text.ts';
import { docxFile } from './docx.ts';
import { pdfFile } from './pdf.ts';

export interface Variant {
  name: string;
  /** The file name's extension, with its dot. */
  extension: string;
  what: string;
}

export const VARIANTS: Variant[] = [
  { name: 'docx', extension: '.docx', what: 'Word, bố cục hành chính, đánh số tự động' },
  { name: 'docx-bang', extension: '.docx', what: 'Word, nhiệm vụ trong bảng phụ lục (ô gộp)' },
  { name: 'pdf', extension: '.pdf', what: 'PDF in từ Chromium, số trang và tiêu đề chạy' },
  { name: 'pdf-bang', extension: '.pdf', what: 'PDF, nhiệm vụ trong bảng phụ lục (ô gộp)' },
  { name: 'pdf-chep', extension: '.txt', what: 'chép từ trình xem PDF: xuống dòng cứng, số trang, tiêu đề chạy' },
  { name: 'word-txt', extension: '.txt', what: 'Word “plain text”: tab, mục “a.”, ô tab ở đầu và cuối' },
  { name: 'word-txt-bang', extension: '.txt', what: 'Word “plain text”, nhiệm vụ trong bảng tách bằng tab' },
  { name: 'pdftotext-bang', extension: '.txt', what: '`pdftotext -layout` của bản có bảng phụ lục' },
  { name: 'utf16le', extension: '.txt', what: 'UTF-16 LE có BOM, CRLF' },
  { name: 'utf16be', extension: '.txt', what: 'UTF-16 BE có BOM, CRLF' },
  { name: 'cp1258', extension: '.txt', what: 'Windows-1258 (dấu thanh tổ hợp), CRLF' },
];

export interface Source {
  slug: string;
  /** sources/<name>.txt */
  source: string;
  raw: string;
  outline: Outline;
}

/** The sources of the committed plans, with their outlines. */
export function sources(): Source[] {
  return committedPlans().map(({ slug, source, plan }) => {
    const raw = readFileSync(join(ROOT, source), 'utf8');
    const title = `UBND tỉnh ${plan.plan.province} - Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo`;
    return { slug, source, raw, outline: outline(raw, title) };
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Make one variant of one source. `browser` is needed for the PDFs. */
export async function makeVariant(source: Source, variant: string, browser: Browser, index = 0): Promise<Uint8Array> {
  const o = source.outline;
  const furniture = index % 2 ? 'top' : 'bottom';
  switch (variant) {
    case 'docx':
      return docxFile(o, false);
    case 'docx-bang':
      return docxFile(o, true);
    case 'pdf':
      return pdfFile(browser, o, false, furniture);
    case 'pdf-bang':
      return pdfFile(browser, o, true, furniture);
    case 'pdf-chep': {
      const { text } = await extractText(await pdfFile(browser, o, false, furniture), { mergePages: false });
      return utf8(text.join('\n'));
    }
    case 'word-txt':
      return utf8(`\ufeff${wordText(o, false)}`);
    case 'word-txt-bang':
      return utf8(`\ufeff${wordText(o, true)}`);
    case 'pdftotext-bang':
      return utf8(layoutText(o));
    case 'utf16le':
      return utf16(source.raw, 'le');
    case 'utf16be':
      return utf16(source.raw, 'be');
    case 'cp1258':
      return windows1258(source.raw);
  }
  throw new Error(`no variant ${variant}`);
}

/** Write every variant of every source into `folder`; returns the files written. */
export async function generateAll(folder: string): Promise<{ slug: string; variant: Variant; file: string }[]> {
  mkdirSync(folder, { recursive: true });
  const browser = await launchBrowser();
  const written: { slug: string; variant: Variant; file: string }[] = [];
  try {
    for (const [index, source] of sources().entries()) {
      for (const variant of VARIANTS) {
        const file = join(folder, `${source.slug}.${variant.name}${variant.extension}`);
        writeFileSync(file, await makeVariant(source, variant.name, browser, index));
        written.push({ slug: source.slug, variant, file });
      }
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('Cách dùng: node tests/importer/variants/generate.ts <thư mục>');
    process.exit(1);
  }
  const files = await generateAll(folder);
  for (const { file } of files) console.log(file);
}
