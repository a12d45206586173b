/**
 * One file through the importer, the same way for the command line (scripts/import.ts) and the
 * browser page /them-ke-hoach/: read it (readers/), import it (index.ts), and name what comes
 * out, so that both give the same MDX for the same file: the content file `<slug>.mdx` (written
 * under content/plans/) and the text it cites, `sources/<file name without extension>.txt`.
 * Pure: no file system, no Node API.
 */
import { documentText, importPlan, type ImportResult, type PlanDocument } from './index.ts';
import { readDocument } from './readers/index.ts';

export interface ImportedFile {
  result: ImportResult;
  document: PlanDocument;
  /** The content file's name: "<slug>.mdx". */
  mdxName: string;
  /** The source text the plan cites: "sources/<name>.txt". */
  source: string;
  /**
   * What to keep at `source`: null for a text file (kept byte for byte as it came), the text read
   * for a Word or PDF file (the report's line numbers refer to it).
   */
  sourceText: string | null;
}

/** The file name without folders: "a/b/Kế hoạch.docx" → "Kế hoạch.docx". */
const baseName = (name: string) => name.replace(/^.*[/\\]/, '');

/** The source a file is cited as: "Kế hoạch 2763.docx" → "sources/Kế hoạch 2763.txt". */
export function sourceFor(name: string): string {
  return `sources/${baseName(name).replace(/\.[^.]+$/, '')}.txt`;
}

/** Read and import a file (its name and bytes); an ImportError when it cannot be read as a plan. */
export async function importFile(
  bytes: Uint8Array,
  name: string,
  options: { slug?: string } = {},
): Promise<ImportedFile> {
  const document = await readDocument(bytes, baseName(name));
  const source = sourceFor(name);
  const result = importPlan(document, { file: source, slug: options.slug });
  return {
    result,
    document,
    mdxName: `${result.slug}.mdx`,
    source,
    sourceText: document.format === 'text' ? null : `${documentText(document)}\n`,
  };
}

/** The name a pasted text gets until its plan is known. */
const PASTED = 'van-ban-dan.txt';

/**
 * Pasted text, imported as the UTF-8 text file `<slug>.txt` that holds it (the page offers that
 * file with the MDX): the command line, given that file, makes the same MDX.
 */
export async function importPastedText(text: string): Promise<ImportedFile & { fileName: string }> {
  const bytes = new TextEncoder().encode(text);
  // A first reading finds the plan's slug, which names the file; the second cites it.
  const { result } = await importFile(bytes, PASTED);
  const fileName = `${result.slug}.txt`;
  return { ...(await importFile(bytes, fileName)), fileName };
}
