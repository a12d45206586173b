/**
 * The dataset's version: a human changelog (src/pages/du-lieu/_CHANGELOG.md, one entry per
 * release, each naming the content hash it describes) and a content hash of the content (the
 * plans, content/plans/*.mdx, and the catalogue of known documents, content/catalogue/*.json|yaml),
 * so the version shown changes whenever the content does, even before someone writes an entry.
 */
import { createHash } from 'node:crypto';

/** One release in the changelog. */
export interface ChangelogEntry {
  /** "1.0.0": major for a changed or removed field, minor for new content or fields, patch for corrections. */
  version: string;
  /** ISO date of the release. */
  date: string;
  /** The content hash the release describes. */
  hash: string;
  /** What changed, one line each. */
  changes: string[];
}

/**
 * The name a content file is hashed under, from its path: a plan by its file name
 * ("tay-ninh-2022.mdx"), a catalogue file by its path in content/ ("catalogue/annotations.yaml").
 */
export const contentFileName = (path: string) => path.replace(/^.*content\//, '').replace(/^plans\//, '');
/** The anchor of a release on /du-lieu/: "phien-ban-1-1-0". */
export const releaseAnchor = (version: string) => `phien-ban-${version.replace(/\./g, '-')}`;

/** Length of the content hash shown in versions (hex digits of SHA-256). */
export const HASH_LENGTH = 12;

/**
 * SHA-256 over the content files, sorted by name, each as its name, a NUL, its text (line ends
 * as LF) and a NUL; the first 12 hex digits. Independent of the order files are read in.
 */
export function contentHash(files: { name: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const { name, text } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${name}\0${text.replace(/\r\n?/g, '\n')}\0`);
  }
  return hash.digest('hex').slice(0, HASH_LENGTH);
}

const HEADING = /^##\s+(\d+\.\d+\.\d+)\s+·\s+(\d{4}-\d{2}-\d{2})\s+·\s+nội dung\s+([0-9a-f]+)\s*$/u;

/**
 * The releases of a changelog, newest first as written. A release is a heading
 * "## 1.0.0 · 2026-11-26 · nội dung <hash>" followed by "- " lines; other text is ignored.
 * A heading that starts with "## " but does not follow that form is an error, so that a typo
 * does not silently drop a release.
 */
export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  for (const [index, line] of markdown.split(/\r?\n/).entries()) {
    if (line.startsWith('## ')) {
      const match = HEADING.exec(line);
      if (!match)
        throw new Error(
          `_CHANGELOG.md dòng ${index + 1}: tiêu đề phải có dạng "## 1.0.0 · YYYY-MM-DD · nội dung <mã>"`,
        );
      entries.push({ version: match[1]!, date: match[2]!, hash: match[3]!, changes: [] });
    } else if (line.startsWith('- ') && entries.length > 0) {
      entries.at(-1)!.changes.push(line.slice(2).trim());
    }
  }
  return entries;
}

/** The version of the data now: the last release's number, plus "+<hash>" when the content has changed since. */
export function datasetVersion(
  entries: ChangelogEntry[],
  hash: string,
): { version: string; hash: string; release: ChangelogEntry | null; recorded: boolean } {
  const release = entries[0] ?? null;
  const recorded = release?.hash === hash;
  const version = release ? (recorded ? release.version : `${release.version}+${hash}`) : `0.0.0+${hash}`;
  return { version, hash, release, recorded };
}

/** The licence of the data (not of the plans' texts, which are official documents). */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
