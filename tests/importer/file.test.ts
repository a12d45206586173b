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
