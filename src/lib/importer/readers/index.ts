/**
 * Choosing the reader of a file by its name and its first bytes: Word (.docx), PDF (.pdf), or
 * plain text (.txt, .md). The Word and PDF readers (and their libraries) are loaded only when a
 * file needs them, so that a page that imports a text file never downloads a PDF engine.
 */
import type { PlanDocument } from '../document.ts';
import { ImportError } from '../structure.ts';
import { readText } from './text.ts';
import { ACCEPTED, MAX_FILE_BYTES } from './accepted.ts';

export { ACCEPTED, MAX_FILE_BYTES } from './accepted.ts';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the old binary Word (.doc) container

/** Read a file (its name and bytes) into the document model; an ImportError when it cannot be. */
export async function readDocument(bytes: Uint8Array, name: string): Promise<PlanDocument> {
  const extension = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError(
      `tệp ${name} quá lớn (${(bytes.length / 1024 / 1024).toFixed(1)} MB; giới hạn ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
      null,
      'too-large',
    );
  }
  if (bytes.length === 0) throw new ImportError(`tệp ${name} rỗng`, null, 'empty');
  if (extension === '.doc' || startsWith(bytes, OLE)) {
    throw new ImportError(
      `${name} là tệp Word cũ (.doc): mở bằng Word hoặc LibreOffice, lưu thành .docx rồi nhập tệp .docx`,
      null,
      'format',
    );
  }
  if (extension === '.docx') {
    if (!startsWith(bytes, ZIP))
      throw new ImportError(`${name} không phải tệp Word .docx (không phải tệp nén OOXML)`, null, 'format');
    const { readDocx } = await import('./docx.ts');
    return readDocx(bytes, name);
  }
  if (extension === '.pdf') {
    if (!startsWith(bytes, PDF))
      throw new ImportError(`${name} không phải tệp PDF (không bắt đầu bằng “%PDF-”)`, null, 'format');
    const { readPdf } = await import('./pdf.ts');
    return readPdf(bytes, name);
  }
  if (extension === '.txt' || extension === '.md') return readText(bytes, name);
  throw new ImportError(`không đọc được tệp ${name}: trình nhập nhận ${ACCEPTED.join(', ')}`, null, 'format');
}

/** Load every reader and its library now, so that files of any format are then read with no network. */
export async function loadReaders(): Promise<void> {
  const [, { loadPdfEngine }] = await Promise.all([import('./docx.ts'), import('./pdf.ts')]);
  await loadPdfEngine();
}
