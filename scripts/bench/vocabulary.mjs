/**
 * The vocabulary of the real plans (content/plans/*.mdx), cut into pieces the synthetic corpus
 * recombines: task templates (title, description, quantities, themes, target groups and the
 * original lines under each task), section and group titles, goals, targets, agency wordings,
 * and the prose of the document head, funding and implementation sections. Every piece keeps
 * the province and period it came from, so that it can be moved to another plan (`localize`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** Lines inside a task wrapper that restate a frontmatter attribute (the generator writes its own). */
const ATTRIBUTE_LINE = /^(?:-\s*)?(?:Cơ quan|Đơn vị|Thời gian|Số lượng|Đối tượng|Nội dung)[^:]{0,40}:/;
/** Roman-numeral section heading of the body: "## III. KINH PHÍ THỰC HIỆN". */
const PART = /^## [IVX]+\.\s*(.+)$/;

const isoDate = (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** Read one real plan file: frontmatter (as Astro reads it, js-yaml) and body. */
/** @returns {{ data: any, body: string }} */
function readPlan(path) {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path}: thiếu frontmatter`);
  return { data: yaml.load(match[1]), body: text.slice(match[0].length) };
}

/** The body cut into its parts ("## I. …"), each with its heading and lines. */
function bodyParts(body) {
  const parts = [{ heading: '', lines: [] }];
  for (const line of body.split('\n')) {
    const part = PART.exec(line);
    if (part) parts.push({ heading: part[1], lines: [] });
    else parts.at(-1).lines.push(line);
  }
  return parts;
}

/** The original lines under each task wrapper that are not attribute lines, by ref. */
function taskBodyLines(body, slug) {
  const lines = new Map();
  const pattern = /<Task id="([^"]+)">\n([\s\S]*?)\n<\/Task>/g;
  for (const [, id, inner] of body.matchAll(pattern)) {
    const ref = id.slice(slug.length + 1);
    const kept = inner
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !ATTRIBUTE_LINE.test(line));
    lines.set(ref, kept);
  }
  return lines;
}

/** Non-empty lines that are prose (not headings, wrappers, tables or signatures). */
const prose = (lines) =>
  lines
    .map((line) => line.trim())
    .filter(
      (line) =>
        line && !line.startsWith('#') && !line.startsWith('<') && !line.startsWith('>') && !line.startsWith('**'),
    );

/** Implementation-section blocks: "### 1. <body>" with its lines, or "1\. <text>" with the bullets under it. */
function organisationBlocks(lines) {
  const blocks = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (/^Nơi nhận/.test(line)) break;
    let m;
    if ((m = /^###\s+\d+\.\s*(.+)$/.exec(line))) blocks.push({ heading: m[1], lines: [] });
    else if ((m = /^\d+\\\.\s*(.+)$/.exec(line))) blocks.push({ heading: null, lines: [m[1]] });
    else if (/^(Trên đây|Yêu cầu các|Các đơn vị báo cáo|Trong quá trình|Đồng thời)/.test(line)) continue;
    else if (blocks.length && !line.startsWith('#')) blocks.at(-1).lines.push(line);
  }
  return blocks.filter((block) => block.heading || block.lines.length);
}

/** Everything the generator recombines, read from the real plans in `dir`. */
export function readVocabulary(dir) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  if (!files.length) throw new Error(`${dir}: không có kế hoạch nào để lấy từ vựng`);
  const vocabulary = {
    provinces: [],
    templates: [],
    sections: [],
    groups: [],
    goals: [],
    targets: [],
    wordings: [],
    intro: [],
    funding: [],
    organisation: [],
    closing: [],
    recipients: [],
    signers: [],
    legalBases: [],
    sourceFiles: [],
  };
  for (const file of files) {
    const slug = file.replace(/\.mdx$/, '');
    const { data, body } = readPlan(join(dir, file));
    const origin = { province: data.plan.province, period: data.plan.period };
    vocabulary.provinces.push(data.plan.province);
    vocabulary.signers.push(data.plan.signer.name);
    vocabulary.sourceFiles.push(
      ...data.plan.sources.filter((source) => source.role === 'primary').map((source) => source.file),
    );
    for (const basis of data.plan.legalBases)
      vocabulary.legalBases.push({ ...basis, date: isoDate(basis.date), origin });
    const extra = taskBodyLines(body, slug);
    const sections = new Map();
    for (const task of data.tasks) {
      const template = {
        origin,
        title: task.title,
        description: task.description,
        audience: task.audience,
        quantities: task.quantities ?? [],
        themes: task.themes,
        activityTypes: task.activityTypes,
        targetGroups: task.targetGroups ?? [],
        lead: task.lead,
        lines: extra.get(task.ref) ?? [],
      };
      vocabulary.templates.push(template);
      const key = `${slug}/${task.section.ref}`;
      if (!sections.has(key)) sections.set(key, { origin, title: task.section.title, templates: [] });
      sections.get(key).templates.push(template);
      if (task.group && !vocabulary.groups.some((g) => g.title === task.group.title)) {
        vocabulary.groups.push({ origin, title: task.group.title });
      }
      for (const mention of [...task.lead, ...(task.partners ?? [])]) {
        const wording = typeof mention === 'string' ? mention : mention.asWritten;
        vocabulary.wordings.push({ origin, wording, role: task.lead.includes(mention) ? 'lead' : 'partner' });
      }
    }
    vocabulary.sections.push(...sections.values());
    for (const goal of data.goals) vocabulary.goals.push({ origin, ...goal });
    for (const target of data.targets ?? []) vocabulary.targets.push({ origin, ...target });

    for (const part of bodyParts(body)) {
      const heading = part.heading.toUpperCase();
      if (!part.heading) {
        vocabulary.intro.push(
          ...prose(part.lines)
            .filter((line) => /^(Căn cứ|Thực hiện|Trên cơ sở|Ủy ban nhân dân (tỉnh )?ban hành)/.test(line))
            .map((text) => ({ origin, text })),
        );
      } else if (heading.includes('KINH PHÍ')) {
        vocabulary.funding.push(...prose(part.lines).map((text) => ({ origin, text })));
      } else if (heading.includes('TỔ CHỨC THỰC HIỆN')) {
        vocabulary.organisation.push(...organisationBlocks(part.lines).map((block) => ({ origin, ...block })));
        const after = prose(part.lines);
        vocabulary.closing.push(
          ...after
            .filter((line) => /^(Trên đây|Yêu cầu các|Các đơn vị báo cáo|Trong quá trình)/.test(line))
            .map((text) => ({ origin, text })),
        );
        const at = part.lines.findIndex((line) => /^Nơi nhận/.test(line.trim()));
        if (at >= 0) {
          vocabulary.recipients.push(
            ...part.lines
              .slice(at + 1)
              .map((line) => line.trim())
              .filter((line) => line.startsWith('- '))
              .map((line) => ({ origin, text: line.slice(2) })),
          );
        }
      }
    }
  }
  return vocabulary;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Move a piece of text from the plan it came from to another province and period: province names
 * (in any of the real plans' spellings, upper case too) become the target's; a period plan's
 * span ("2021-2025", "2021 - 2025") becomes the target's span (for an annual target, the five-year
 * span that holds its year), and an annual plan's year (not
 * part of a document number) becomes the target's first year. Other years (legal bases, national
 * programmes "đến năm 2025") are left as written.
 */
export function localize(text, origin, target, provinces) {
  if (text == null) return text;
  let out = text;
  for (const province of provinces) {
    out = out
      .replace(new RegExp(escapeRegExp(province), 'g'), target.province)
      .replace(new RegExp(escapeRegExp(province.toUpperCase()), 'g'), target.province.toUpperCase());
  }
  const { start: s0, end: e0 } = origin.period;
  const { start: s1, end: e1 } = target.period;
  if (s0 !== e0) {
    // An annual target gets the five-year span (2016-2020, 2021-2025, …) that holds its year.
    const from = s1 === e1 ? 2016 + 5 * Math.floor((s1 - 2016) / 5) : s1;
    const to = s1 === e1 ? from + 4 : e1;
    return out.replace(new RegExp(`(?<!\\d)${s0}(\\s*[-–]\\s*)${e0}(?!\\d)`, 'g'), (_, dash) => `${from}${dash}${to}`);
  }
  return out.replace(new RegExp(`(?<![\\d])${s0}(?![\\d/])`, 'g'), String(s1));
}
