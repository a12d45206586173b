/**
 * One file through the importer (src/lib/importer/file.ts), as the command line and the browser
 * page both run it: the names of what comes out, and pasted text named after its plan so that the
 * command line, given the file the page offers, makes the same MDX.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importPastedText, sourceFor } from '../../src/lib/importer/file.ts';
import { ImportError } from '../../src/lib/importer/index.ts';
import { readFixture } from './helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sourceFor', () => {
  it.each([
    ['000_9a5a67210c59d402.txt', 'sources/000_9a5a67210c59d402.txt'],
    ['Kế hoạch 2763.docx', 'sources/Kế hoạch 2763.txt'],
    ['/tmp/x/ke-hoach.pdf', 'sources/ke-hoach.txt'],
    ['C:\\Users\\a\\KH.TXT', 'sources/KH.txt'],
    ['ghi-chu.md', 'sources/ghi-chu.txt'],
  ])('%s → %s', (name, source) => expect(sourceFor(name)).toBe(source));
});

describe('importFile', () => {
  it('names the MDX after the plan, cites the text file as it is, and keeps no copy of it', async () => {
    const imported = await importFile(utf8(readFixture('numbering')), 'numbering.txt');
    expect(imported.mdxName).toBe(`${imported.result.slug}.mdx`);
    expect(imported.source).toBe('sources/numbering.txt');
    expect(imported.sourceText).toBeNull();
    expect(imported.result.plan.plan.sources[0]!.file).toBe('sources/numbering.txt');
  });

  it('takes the slug asked for', async () => {
    const imported = await importFile(utf8(readFixture('numbering')), 'numbering.txt', { slug: 'thu-nghiem' });
    expect(imported.mdxName).toBe('thu-nghiem.mdx');
  });

  it('refuses what is not a plan with an ImportError', async () => {
    await expect(importFile(utf8('Tin tức\nCập nhật lúc 10:30\n'), 'tin.txt')).rejects.toThrow(ImportError);
  });

  // The kind of a refusal tells the browser page what to advise.
  it.each([
    ['not-a-plan', 'tin.txt', utf8('Tin tức\nCập nhật lúc 10:30: Sở Khoa học và Công nghệ tổ chức hội thảo.\n')],
    ['empty', 'rong.txt', new Uint8Array()],
    ['empty', 'trang.txt', utf8('\n\n  \n')],
    ['format', 'cu.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['format', 'anh.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
    ['damaged', 'hong.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])],
    ['damaged', 'hong.pdf', utf8('%PDF-1.7\n%%EOF')],
    // A page with no text on it, as a scan is (its pictures left out).
    [
      'scanned',
      'quet.pdf',
      utf8(
        '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
      ),
    ],
    ['encoding', 'tcvn3.txt', new Uint8Array([0x4b, 0x45, 0x20, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x0a])],
  ])('%s: %s', async (kind, name, bytes) => {
    const error = await importFile(bytes, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).kind).toBe(kind);
  });
});

describe('importPastedText', () => {
  it('names the text <slug>.txt and gives the MDX the file of that name gives', async () => {
    const text = readFixture('numbering');
    const pasted = await importPastedText(text);
    expect(pasted.fileName).toBe(`${pasted.result.slug}.txt`);
    expect(pasted.source).toBe(`sources/${pasted.fileName}`);
    const file = await importFile(utf8(text), pasted.fileName);
    expect(pasted.result.mdx).toBe(file.result.mdx);
    expect(pasted.mdxName).toBe(file.mdxName);
  });
});
