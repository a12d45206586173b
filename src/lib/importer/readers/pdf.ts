/**
 * The reader of PDF files with a text layer (a file printed or exported to PDF, a signed copy
 * from a provincial portal): the text pieces of each page, with their positions (PDF.js through
 * unpdf, which runs in Node and in browsers), are set back into lines by their baselines, and each
 * line into pieces at wide gaps, placed at character columns as `pdftotext -layout` does: columns
 * side by side (the head, the signature beside the recipients, a table's cells) stay apart, and
 * the layout step reads them (layout.ts, table.ts). A page break is a form feed; a wide vertical
 * gap a blank line. A PDF with no text at all (a scan) is refused: OCR is out of scope.
 */
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { layoutLine, textDocument, type PlanDocument, type Segment } from '../document.ts';
import { ImportError } from '../structure.ts';

/** Points per character column of the laid-out text: small enough that a table's gutters stay visible. */
const COLUMN = 2.5;

interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** One page's pieces set into lines (top to bottom), each a list of segments in points. */
function pageLines(
  pieces: Piece[],
): { y: number; size: number; segments: { x: number; end: number; text: string }[] }[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; pieces: Piece[] }[] = [];
  for (const piece of sorted) {
    const line = lines.find((l) => Math.abs(l.y - piece.y) <= Math.max(l.size, piece.size) * 0.35);
    if (line) line.pieces.push(piece);
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const segments: { x: number; end: number; text: string }[] = [];
      for (const piece of line.pieces.sort((a, b) => a.x - b.x)) {
        const last = segments.at(-1);
        const gap = last ? piece.x - last.end : Infinity;
        // A gap of more than about one character's width separates columns; a small one is a space.
        if (last && gap < piece.size * 0.9) {
          const space = gap > piece.size * 0.12 && !/\s$/.test(last.text) && !/^\s/.test(piece.text) ? ' ' : '';
          last.text += space + piece.text;
          last.end = Math.max(last.end, piece.x + piece.width);
        } else segments.push({ x: piece.x, end: piece.x + piece.width, text: piece.text });
      }
      return { y: line.y, size: line.size, segments };
    });
}

/** Load the PDF engine now rather than with the first PDF read (a page getting ready to work offline). */
export async function loadPdfEngine(): Promise<void> {
  await getResolvedPDFJS();
}

/** Read a .pdf file's bytes into the document model. */
export async function readPdf(bytes: Uint8Array, name: string): Promise<PlanDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(bytes.slice(), { stopAtErrors: true, verbosity: 0 });
  } catch (error) {
    const why = (error as Error).name === 'PasswordException' ? 'tệp có mật khẩu' : (error as Error).message;
    throw new ImportError(`${name}: không mở được tệp PDF (${why})`, null, 'damaged');
  }
  try {
    const pages: { y: number; size: number; segments: { x: number; end: number; text: string }[] }[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height });
      }
      pages.push(pageLines(pieces));
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new ImportError(
        `${name}: tệp PDF không có lớp chữ (có vẻ là bản quét, chỉ có hình ảnh). Trình nhập không nhận dạng chữ (OCR): cần bản .docx hoặc PDF có chữ`,
        null,
        'scanned',
      );
    }
    const left = Math.min(...pages.flat().flatMap((line) => line.segments.map((s) => s.x)));
    const out: string[] = [];
    pages.forEach((lines, p) => {
      const gaps = lines.slice(1).map((line, k) => lines[k]!.y - line.y);
      const usual = gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]! : 0;
      lines.forEach((line, k) => {
        const segments: Segment[] = line.segments.map((s) => ({ x: Math.round((s.x - left) / COLUMN), text: s.text }));
        if (k > 0 && gaps[k - 1]! > usual * 1.6) out.push('');
        out.push(`${k === 0 && p > 0 ? '\f' : ''}${layoutLine(segments)}`);
      });
    });
    return textDocument(out.join('\n'), 'pdf', 'PDF');
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${name}: tệp PDF hỏng, không đọc được chữ (${(error as Error).message})`, null, 'damaged');
  } finally {
    await pdf.loadingTask.destroy();
  }
}
