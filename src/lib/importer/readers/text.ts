/** The reader of plain text (.txt, .md): decode the bytes strictly, then read the lines. */
import { textDocument, type PlanDocument } from '../document.ts';
import { decodeText } from './encoding.ts';

/** Read a text file's bytes into the document model. */
export function readText(bytes: Uint8Array, name: string): PlanDocument {
  const { text, encoding } = decodeText(bytes, name);
  const document = textDocument(text, 'text', encoding);
  if (encoding !== 'UTF-8') document.notes.push({ line: null, message: `tệp đọc theo bảng mã ${encoding}` });
  return document;
}
