/**
 * The dataset's version: a content hash of the plans and the catalogue that changes with any edit, and a
 * human changelog whose newest entry must name the current hash, so that every change of the
 * content is recorded with a version number.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFileName, contentHash, datasetVersion, parseChangelog } from '../src/lib/dataset.ts';
import { readContentFiles, ROOT } from './helpers/content.ts';

const CHANGELOG = join(ROOT, 'src/pages/du-lieu/_CHANGELOG.md');

describe('content hash', () => {
  const files = [
    { name: 'a.mdx', text: 'một\nhai\n' },
    { name: 'b.mdx', text: 'ba\n' },
  ];

  it('does not depend on the order files are read in, nor on CRLF line ends', () => {
    expect(contentHash(files)).toBe(contentHash([...files].reverse()));
    expect(contentHash(files)).toBe(contentHash(files.map((f) => ({ ...f, text: f.text.replace(/\n/g, '\r\n') }))));
    expect(contentHash(files)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes when a character, a file name or a file changes', () => {
    const base = contentHash(files);
    expect(contentHash([{ ...files[0]!, text: 'mot\nhai\n' }, files[1]!])).not.toBe(base);
    expect(contentHash([{ ...files[0]!, name: 'c.mdx' }, files[1]!])).not.toBe(base);
    expect(contentHash(files.slice(0, 1))).not.toBe(base);
  });
});

describe('changelog', () => {
  const text =
    '# Nhật ký\n\nGhi chú.\n\n## 1.1.0 · 2026-12-01 · nội dung abc123def456\n- Thêm kế hoạch.\n- Sửa lỗi.\n\n## 1.0.0 · 2026-11-26 · nội dung 000000000000\n- Bản đầu.\n';

  it('reads each release with its changes, newest first', () => {
    expect(parseChangelog(text)).toEqual([
      { version: '1.1.0', date: '2026-12-01', hash: 'abc123def456', changes: ['Thêm kế hoạch.', 'Sửa lỗi.'] },
      { version: '1.0.0', date: '2026-11-26', hash: '000000000000', changes: ['Bản đầu.'] },
    ]);
  });

  it('refuses a release heading it cannot read', () => {
    expect(() => parseChangelog('## 1.1 · hôm nay\n')).toThrow(/dòng 1/);
  });

  it('gives the release number when the content is the one recorded, else adds the hash', () => {
    const entries = parseChangelog(text);
    expect(datasetVersion(entries, 'abc123def456')).toMatchObject({ version: '1.1.0', recorded: true });
    expect(datasetVersion(entries, 'ffffffffffff')).toMatchObject({ version: '1.1.0+ffffffffffff', recorded: false });
    expect(datasetVersion([], 'ffffffffffff').version).toBe('0.0.0+ffffffffffff');
  });

  it('names a plan by its file name, a catalogue file by its path in content/', () => {
    expect(contentFileName('/content/plans/tay-ninh-2022.mdx')).toBe('tay-ninh-2022.mdx');
    expect(contentFileName('/content/catalogue/annotations.yaml')).toBe('catalogue/annotations.yaml');
  });

  it('records the current content in its newest release', () => {
    const hash = contentHash(readContentFiles());
    const [newest] = parseChangelog(readFileSync(CHANGELOG, 'utf8'));
    expect(
      newest?.hash,
      `content/ changed: add a release to src/pages/du-lieu/_CHANGELOG.md with "· nội dung ${hash}" and what changed`,
    ).toBe(hash);
  });
});
