/**
 * The importer, run in a worker of the page /them-ke-hoach/ (src/client/import-page.ts): the same
 * code as the command line (src/lib/importer/file.ts), on the bytes of a file the person chose or
 * on pasted text, all in the browser. In a worker so that the page stays responsive while a long
 * PDF is read, and so that the importer and its readers (the Word and PDF readers load when a
 * file needs them) stay out of the bundles of the site's other pages.
 */
import { importFile, importPastedText } from '../lib/importer/file.ts';
import { ImportError, type ImportErrorKind } from '../lib/importer/index.ts';
import { preview, type Preview } from '../lib/importer/preview.ts';
import { loadReaders } from '../lib/importer/readers/index.ts';

export type ImportRequest =
  | { id: number; kind: 'file'; name: string; bytes: Uint8Array }
  | { id: number; kind: 'text'; text: string }
  /** Load every reader now, to work without a network afterwards. */
  | { id: number; kind: 'prepare' };

export interface ImportFailure {
  /** Why the import stopped; 'offline' is the page's, when the worker's code could not be fetched. */
  kind: ImportErrorKind | 'offline';
  message: string;
  line: number | null;
}

export type ImportReply =
  | { id: number; ok: true; preview: Preview }
  | { id: number; ok: true; prepared: true }
  | { id: number; ok: false; error: ImportFailure };

/** An error as the page explains it: the importer's own, or a failure of the importer itself. */
function failure(error: unknown): ImportFailure {
  if (error instanceof ImportError) return { kind: error.kind, message: error.message, line: error.line };
  return { kind: 'internal', message: `lỗi của trình nhập: ${(error as Error)?.message ?? String(error)}`, line: null };
}

async function handle(request: ImportRequest): Promise<ImportReply> {
  const { id } = request;
  try {
    if (request.kind === 'prepare') {
      await loadReaders();
      return { id, ok: true, prepared: true };
    }
    if (request.kind === 'file') {
      const imported = await importFile(request.bytes, request.name);
      return { id, ok: true, preview: preview(imported, request.name) };
    }
    const pasted = await importPastedText(request.text);
    return { id, ok: true, preview: preview(pasted, pasted.fileName, request.text) };
  } catch (error) {
    return { id, ok: false, error: failure(error) };
  }
}

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void handle(event.data).then((reply) => self.postMessage(reply));
});
