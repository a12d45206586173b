/**
 * How to cite a plan or one of its tasks: a readable citation (issuing body, date, number or
 * "không số", title, permalink) and the same in BibTeX. Pure: the permalink is passed in, so the
 * same text is shown on the page, copied by the button and published in plans.json.
 */
import type { Citation } from '../schemas/public-data.ts';
import { formatDate } from './plans.ts';

/** The plan facts a citation needs (a subset of the frontmatter's `plan`). */
export interface CitablePlan {
  issuer: string;
  number: string | null;
  issued: string | null;
  title: string;
}

/** The task facts a citation needs. */
export interface CitableTask {
  ref: string;
  title: string;
  anchor: string;
}

/** The site's name, as the publisher of the electronic edition. */
export const PUBLISHER = 'Kế hoạch mở';

/** The word used for a plan without a number, in the text and in BibTeX. */
export const NO_NUMBER = 'không số';

const trimEnd = (text: string) => text.trim().replace(/[\s.;:]+$/u, '');

/** "Kế hoạch số 142/KH-UBND" or "Kế hoạch không số". */
export function planDocumentLabel(plan: Pick<CitablePlan, 'number'>): string {
  return plan.number ? `Kế hoạch số ${plan.number}` : `Kế hoạch ${NO_NUMBER}`;
}

/** "16/09/2021", or "không rõ ngày ban hành" when the plan is undated. */
function dateLabel(plan: Pick<CitablePlan, 'issued'>): string {
  return formatDate(plan.issued) ?? 'không rõ ngày ban hành';
}

/** Escape text for a BibTeX field read by LaTeX (the URL field is left verbatim). */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) =>
    char === '\\'
      ? '\\textbackslash{}'
      : char === '~'
        ? '\\textasciitilde{}'
        : char === '^'
          ? '\\textasciicircum{}'
          : `\\${char}`,
  );
}

/** A BibTeX key from a plan slug and an optional task anchor: "tay-ninh-2022:nv-3-2-a". */
export function bibtexKey(slug: string, anchor?: string): string {
  return (anchor ? `${slug}:${anchor}` : slug).replace(/[^A-Za-z0-9:._-]/g, '-');
}

// author and title get double braces: the author is a body, not a person's name to be split,
// and the title keeps its capitals whatever the bibliography style.
const PROTECTED = new Set(['author', 'title']);

/** One @misc entry; fields with an undefined value are left out, `url` is not escaped. */
function bibtexEntry(key: string, fields: [string, string | undefined][]): string {
  const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
  const width = Math.max(...present.map(([name]) => name.length));
  const format = (name: string, value: string) =>
    name === 'url' ? value : PROTECTED.has(name) ? `{${bibtexEscape(value)}}` : bibtexEscape(value);
  const lines = present.map(([name, value]) => `  ${name.padEnd(width)} = {${format(name, value)}},`);
  return `@misc{${key},\n${lines.join('\n')}\n}`;
}

/**
 * The fields a plan and its tasks share: number, date, url, access date (`urldate`, biblatex's
 * field: the build's date, which the reader replaces with the day they read the page), note, language.
 */
function sharedFields(plan: CitablePlan, url: string, accessed?: string): [string, string | undefined][] {
  return [
    ['number', plan.number ?? NO_NUMBER],
    ['date', plan.issued ?? undefined],
    ['year', plan.issued ? plan.issued.slice(0, 4) : undefined],
    ['url', url],
    ['urldate', accessed],
    ['note', `${plan.issued ? '' : 'Không rõ ngày ban hành. '}Bản điện tử: ${PUBLISHER}`],
    ['langid', 'vietnamese'],
  ];
}

/** The citation of a plan: "<issuer> (<date>). Kế hoạch số <n>: <title>. Bản điện tử: Kế hoạch mở, <url>". */
export function planCitation(plan: CitablePlan, slug: string, url: string, accessed?: string): Citation {
  const text = `${plan.issuer} (${dateLabel(plan)}). ${planDocumentLabel(plan)}: ${trimEnd(plan.title)}. Bản điện tử: ${PUBLISHER}, ${url}`;
  const bibtex = bibtexEntry(bibtexKey(slug), [
    ['author', plan.issuer],
    ['title', `${planDocumentLabel(plan)}: ${trimEnd(plan.title)}`],
    ['type', 'Kế hoạch'],
    ...sharedFields(plan, url, accessed),
  ]);
  return { text, bibtex };
}

/** The citation of a task: the task's ref and title, within its plan's citation, with the task's permalink. */
export function taskCitation(
  plan: CitablePlan,
  slug: string,
  task: CitableTask,
  url: string,
  accessed?: string,
): Citation {
  const text = `${plan.issuer} (${dateLabel(plan)}). Nhiệm vụ ${task.ref} “${trimEnd(task.title)}”, trong ${planDocumentLabel(plan)}: ${trimEnd(plan.title)}. Bản điện tử: ${PUBLISHER}, ${url}`;
  const bibtex = bibtexEntry(bibtexKey(slug, task.anchor), [
    ['author', plan.issuer],
    ['title', `Nhiệm vụ ${task.ref}: ${trimEnd(task.title)}`],
    ['howpublished', `${planDocumentLabel(plan)}: ${trimEnd(plan.title)}`],
    ...sharedFields(plan, url, accessed),
  ]);
  return { text, bibtex };
}

/** The citation of the dataset itself, at a version: for researchers who use the downloads. */
export function datasetCitation(version: string, date: string, url: string, accessed?: string): Citation {
  const title = 'Dữ liệu các kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo cấp tỉnh';
  const text = `${PUBLISHER} (${date.slice(0, 4)}). ${title}, phiên bản ${version} [bộ dữ liệu]. Giấy phép CC BY 4.0. ${url}`;
  const bibtex = bibtexEntry('ke-hoach-mo-du-lieu', [
    ['author', PUBLISHER],
    ['title', title],
    ['version', version],
    ['date', date],
    ['year', date.slice(0, 4)],
    ['url', url],
    ['urldate', accessed],
    ['note', 'Bộ dữ liệu, giấy phép CC BY 4.0'],
    ['langid', 'vietnamese'],
  ]);
  return { text, bibtex };
}
