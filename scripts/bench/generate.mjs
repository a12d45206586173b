#!/usr/bin/env node
/**
 * Synthetic corpus for the benchmark: N plans in the content format of content/README.md, made by
 * recombining the real plans' pieces (task titles and their original lines, section titles, goals,
 * targets, agency wordings, prose) for other provinces and periods, with time expressions in every
 * form the timing parser reads. Seeded and deterministic; every plan is checked by the build's own
 * reader (src/lib/plan-file.ts: schema, <Task id> wrappers, sources, limits) before it is written,
 * so that a build failure in the benchmark is the site's, not the generator's.
 *
 *   node scripts/bench/generate.mjs --plans 200 [--seed 2026] [--out DIR]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { planFileOptions, readPlanFile } from '../../src/lib/plan-file.ts';
import { resolveAgency } from '../../src/lib/agencies.ts';
import { slugify } from '../../src/lib/vietnamese.ts';
import { createRandom, deriveSeed } from './random.mjs';
import { localize, readVocabulary } from './vocabulary.mjs';
import { PROVINCES } from '../../src/lib/search-lexicon.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const REAL_PLANS = join(ROOT, 'content/plans');
export const DEFAULT_SEED = 2026;

/** The 58 provinces (tỉnh) before the 2025 merger, from the search lexicon; the five centrally-run
 *  cities are left out because the agency wordings of the plans say "tỉnh". */
export { PROVINCES };

/** Vietnamese letters used for lettered tasks (đ after d; no f, j, w, z). */
const LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const ANNUAL_YEARS = Array.from({ length: 18 }, (_, i) => 2015 + i);
const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Đức',
  'Hữu',
  'Minh',
  'Quốc',
  'Thanh',
  'Ngọc',
  'Xuân',
  'Duy',
  'Phước',
  'Hồng',
  'Công',
  'Thế',
];
const GIVEN = [
  'Trọng',
  'Nga',
  'Hưng',
  'Hiền',
  'Hùng',
  'Dũng',
  'Tuấn',
  'Hải',
  'Lan',
  'Mai',
  'Bình',
  'Sơn',
  'Thắng',
  'Long',
  'Phong',
  'Hà',
  'Tâm',
  'Khoa',
];
const SYNTHETIC_SOURCE_TITLE =
  'Văn bản tổng hợp để đo hiệu năng (ghép từ các kế hoạch thật, không phải văn bản đã ban hành)';

/** Escape what MDX would read as code in a line of prose written from frontmatter text. */
const mdxText = (text) =>
  String(text)
    .replace(/[{}]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** The plans a province can have: three period plans and one annual plan per year. */
function provinceSlots(random) {
  const periods = [
    [2016, 2020],
    random.pick([
      [2021, 2025],
      [2020, 2025],
      [2022, 2025],
    ]),
    random.pick([
      [2026, 2030],
      [2026, 2035],
    ]),
  ];
  return random.shuffle([
    ...periods.map(([start, end]) => ({ kind: 'giai-doan', start, end })),
    ...ANNUAL_YEARS.map((year) => ({ kind: 'hang-nam', start: year, end: year })),
  ]);
}

/** A document number that is distinct for each plan index (2671 is prime to 3900: a bijection). */
const documentNumber = (index) => `${100 + ((index * 2671 + 17) % 3900)}/KH-UBND`;

/** The issue date of a plan, from its own random stream (so that a child plan can cite it). */
function issueDate(spec, seed) {
  const random = createRandom(deriveSeed(seed, `${spec.slug}/issued`));
  const { start } = spec.period;
  const year =
    spec.kind === 'hang-nam' ? (random.chance(0.3) ? start - 1 : start) : random.chance(0.5) ? start - 1 : start;
  const month = spec.kind === 'hang-nam' && year === start ? random.int(1, 4) : random.int(3, 12);
  return `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

const slugOf = (province, kind, { start, end }) =>
  `${slugify(province)}-${kind === 'hang-nam' ? start : `${start}-${end}`}`;

/**
 * Which province and period each of the N plans has, spread evenly over the provinces, with its
 * document number, issue date and, for an annual plan, the period plan it carries out (which may
 * lie beyond N: then it is cited but not on the site). Plan i is the same for every N.
 */
export function planSpecs(count, seed) {
  const random = createRandom(deriveSeed(seed, 'specs'));
  const provinces = random.shuffle(PROVINCES);
  const slots = provinces.map(() => provinceSlots(random));
  const perProvince = slots[0].length;
  const capacity = provinces.length * perProvince;
  if (count > capacity) throw new Error(`tối đa ${capacity} kế hoạch (${provinces.length} tỉnh × ${perProvince})`);
  const specAt = (p, k) => {
    const slot = slots[p][k];
    const period = { start: slot.start, end: slot.end };
    const spec = {
      slug: slugOf(provinces[p], slot.kind, period),
      province: provinces[p],
      kind: slot.kind,
      period,
      number: documentNumber(k * provinces.length + p),
    };
    return { ...spec, issued: issueDate(spec, seed) };
  };
  return Array.from({ length: count }, (_, index) => {
    const p = index % provinces.length;
    const spec = specAt(p, Math.floor(index / provinces.length));
    if (spec.kind === 'giai-doan') return spec;
    const year = spec.period.start;
    const k = slots[p].findIndex((slot) => slot.kind === 'giai-doan' && slot.start <= year && year <= slot.end);
    if (k >= 0) {
      const parent = specAt(p, k);
      return { ...spec, parent: { number: parent.number, issued: parent.issued, period: parent.period } };
    }
    // No period plan of the province covers the year: cite the five-year plan that would.
    const start = 2016 + 5 * Math.floor((year - 2016) / 5);
    return {
      ...spec,
      parent: {
        number: `${4000 + p * 20 + (start % 20)}/KH-UBND`,
        issued: `${start - 1}-11-15`,
        period: { start, end: start + 4 },
      },
    };
  });
}

/** A time expression (label and raw wording) for a task of a plan over `period`. */
function timingFor(period, random, leadWording) {
  const { start: S, end: E } = period;
  const quarter = () => ROMAN[random.int(0, 3)];
  const qui = () => (random.chance(0.25) ? 'Quí' : 'Quý');
  const year = () => random.int(S, E);
  const doing = 'Thời gian thực hiện';
  /** @type {[number, () => (string | null)[]][]} */
  const forms =
    S === E
      ? [
          [4, () => [doing, `Quý ${quarter()}/${S}`]],
          [1, () => [doing, `${qui()} ${quarter()} năm ${S}`]],
          [
            2,
            () => {
              const q = random.int(0, 2);
              return [
                doing,
                `Quý ${ROMAN[q]} hoặc ${ROMAN[q + 1]}/${S} (do cơ quan chủ trì bố trí thời gian phù hợp với công tác chuyên môn)`,
              ];
            },
          ],
          [3, () => [doing, `Thường xuyên trong năm ${S}`]],
          [2, () => [doing, `${random.pick(['Năm', 'năm'])} ${S}`]],
          [2, () => [doing, 'Cả năm']],
          [1, () => ['Thời gian hoàn thành', `Quý ${quarter()}/${S}`]],
          [2, () => [doing, 'do cơ quan chủ trì bố trí thời gian phù hợp với công tác chuyên môn']],
          [1, () => [doing, `Theo Kế hoạch năm của ${leadWording}`]],
          [1, () => [doing, 'Theo chương trình công tác của các bộ, ngành Trung ương tổ chức']],
          [1, () => ['Thời gian tham gia', 'do chương trình đào tạo của bộ, ngành, địa phương tổ chức']],
          [1, () => [null, null]],
        ]
      : [
          [5, () => [doing, random.pick(['Hằng năm', 'Hàng năm'])]],
          [3, () => [doing, random.pick([`Giai đoạn ${S}-${E}`, `Giai đoạn ${S} - ${E}`, `Năm ${S} - ${E}`])]],
          [1, () => [doing, `${qui()} IV năm ${S} và hàng năm`]],
          [1, () => [doing, `Hàng năm, bắt đầu từ ${qui()} I năm ${Math.min(S + 1, E)}`]],
          [2, () => [doing, `Quý ${quarter()} năm ${year()}`]],
          [1, () => [doing, `Từ năm ${year()} trở đi`]],
          [1, () => [doing, `năm ${year()}`]],
          [
            1,
            () => {
              const from = random.int(S, E - 1);
              return [doing, `giai đoạn ${from} - ${random.int(from + 1, E)}`];
            },
          ],
          [1, () => ['Thời gian hoàn thành', random.pick([`Năm ${year()}`, `Giai đoạn ${S} - ${E}`])]],
          [1, () => [doing, 'Hằng năm, theo định kỳ của Bộ Khoa học và Công nghệ và các bộ, ngành Trung ương']],
          [1, () => [doing, 'do cơ quan chủ trì bố trí thời gian phù hợp với công tác chuyên môn']],
          [1, () => [null, null]],
        ];
  const total = forms.reduce((sum, [weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [weight, make] of forms) {
    if ((roll -= weight) < 0) {
      const [label, raw] = make();
      return { label, raw };
    }
  }
  return { label: null, raw: null };
}

/** The generator for one corpus: pools of localized pieces, and a plan maker. */
function corpusMaker(vocabulary) {
  const provinces = vocabulary.provinces;
  const place = (origin, target, text) => localize(text, origin, target, provinces);
  const resolves = (wording, target) => Boolean(resolveAgency(wording, target.province));
  const agencyOf = (wording, target) => resolveAgency(wording, target.province)?.id;

  /** The agency wordings of the real plans, moved to the target province, that resolve there. */
  function wordings(target, role) {
    const seen = new Set();
    const out = [];
    for (const item of vocabulary.wordings) {
      if (role && item.role !== role) continue;
      const wording = place(item.origin, target, item.wording);
      if (seen.has(wording) || !resolves(wording, target)) continue;
      seen.add(wording);
      out.push(wording);
    }
    return out;
  }

  /** A task from a real task: its title and lines, with agencies and timing for the target plan. */
  function makeTask(template, target, random, pools) {
    let lead = template.lead
      .map((mention) =>
        typeof mention === 'string'
          ? place(template.origin, target, mention)
          : {
              asWritten: place(template.origin, target, mention.asWritten),
              scope: place(template.origin, target, mention.scope),
            },
      )
      .filter((mention) => resolves(typeof mention === 'string' ? mention : mention.asWritten, target));
    if (!lead.length || random.chance(0.3)) lead = random.sample(pools.leads, random.int(1, 2));
    const leadIds = new Set(lead.map((m) => agencyOf(typeof m === 'string' ? m : m.asWritten, target)));
    const partners = [];
    if (!random.chance(0.1)) {
      for (const wording of random.shuffle(pools.partners)) {
        if (partners.length >= random.int(1, 9)) break;
        const id = agencyOf(wording, target);
        if (leadIds.has(id)) continue;
        leadIds.add(id);
        partners.push(wording);
      }
    }
    const firstLead = typeof lead[0] === 'string' ? lead[0] : lead[0].asWritten;
    const task = {
      title: place(template.origin, target, template.title),
      ...(template.description ? { description: place(template.origin, target, template.description) } : {}),
      lead,
      partners,
      timing: timingFor(target.period, random, firstLead),
      quantities: template.quantities.map((q) => place(template.origin, target, q)),
      ...(template.audience ? { audience: place(template.origin, target, template.audience) } : {}),
      targetGroups: template.targetGroups,
      themes: template.themes,
      activityTypes: template.activityTypes,
    };
    const lines = template.lines.map((line) => place(template.origin, target, line));
    return { task, lines };
  }

  /** The body lines of one task wrapper: its original lines, then the attribute lines. */
  function taskBody(slug, ref, { task, lines }, style) {
    const bullet = style.bullets ? '- ' : '';
    const out = [`<Task id="${slug}/${ref}">`, ''];
    if (task.description) out.push(`${bullet}Nội dung: ${mdxText(task.description)}`, '');
    for (const line of lines) out.push(line, '');
    if (task.audience) out.push(`${bullet}Đối tượng: ${mdxText(task.audience)}`, '');
    if (task.quantities.length) out.push(`${bullet}Số lượng: ${mdxText(task.quantities.join(', '))}`, '');
    out.push(
      `${bullet}${style.leadLabel}: ${mdxText(task.lead.map((m) => (typeof m === 'string' ? m : m.asWritten)).join(', '))}.`,
      '',
    );
    if (task.partners.length) out.push(`${bullet}${style.partnerLabel}: ${mdxText(task.partners.join(', '))}.`, '');
    if (task.timing.raw) out.push(`${bullet}${task.timing.label}: ${mdxText(task.timing.raw)}.`, '');
    out.push('</Task>', '');
    return out;
  }

  /** Templates for a section: its own tasks first, then tasks sharing a theme, then any. */
  function templatesFor(section, random) {
    const themes = new Set(section.templates.flatMap((t) => t.themes));
    const own = random.shuffle(section.templates);
    const related = random.shuffle(
      vocabulary.templates.filter((t) => !own.includes(t) && t.themes.some((x) => themes.has(x))),
    );
    const rest = random.shuffle(vocabulary.templates.filter((t) => !own.includes(t) && !related.includes(t)));
    return [...own, ...related, ...rest];
  }

  /** A signer's name from common Vietnamese surnames, middle and given names. */
  function signer(random) {
    return `${random.pick(SURNAMES)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
  }

  /** One plan (its spec from `planSpecs`): frontmatter object and MDX body. */
  function makePlan(spec, random) {
    const target = { province: spec.province, period: spec.period };
    const { start: S, end: E } = spec.period;
    const annual = spec.kind === 'hang-nam';
    const pools = { leads: wordings(target, 'lead'), partners: wordings(target, null) };
    const { number, issued, parent } = spec;
    const title = annual
      ? random.pick([
          `Triển khai các hoạt động “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh ${spec.province}” năm ${S}`,
          `Về việc triển khai thực hiện kế hoạch xây dựng Hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh ${spec.province} năm ${S}`,
        ])
      : `Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh ${spec.province} giai đoạn ${S}-${E}`;
    const style = {
      letters: random.chance(0.5),
      bullets: random.chance(0.6),
      leadLabel: random.pick(['Cơ quan chủ trì', 'Cơ quan chủ trì', 'Cơ quan chủ trì thực hiện', 'Đơn vị thực hiện']),
      partnerLabel: random.pick(['Cơ quan phối hợp', 'Cơ quan phối hợp', 'Đơn vị phối hợp']),
    };

    // Goals and targets.
    const goalKinds = annual
      ? [
          ['muc-dich', random.int(1, 3)],
          ['yeu-cau', random.int(1, 2)],
        ]
      : [
          ['muc-tieu-chung', random.int(1, 3)],
          ['muc-tieu-cu-the', random.int(2, 6)],
        ];
    const goals = goalKinds.flatMap(([kind, count]) =>
      random
        .sample(
          vocabulary.goals.filter((g) => g.kind === kind),
          count,
        )
        .map((g) => ({ kind, text: place(g.origin, target, g.text) })),
    );
    const targets = annual
      ? []
      : random.sample(vocabulary.targets, random.int(0, 4)).map((t) => ({
          quantity: place(t.origin, target, t.quantity),
          subject: place(t.origin, target, t.subject),
          metric: t.metric,
          ...(t.by ? { by: E } : {}),
          perYear: Boolean(t.perYear),
        }));

    // Sections and tasks.
    const taskCount = random.int(13, 37);
    const sectionCount = Math.max(2, Math.min(9, Math.round(taskCount / random.int(3, 6))));
    const sections = random.sample(vocabulary.sections, sectionCount);
    const sizes = sections.map(() => 1);
    for (let i = sections.length; i < taskCount; i++) sizes[random.int(0, sections.length - 1)]++;
    const tasks = [];
    const body = [];
    const partHeading = annual
      ? random.pick(['NỘI DUNG TRIỂN KHAI', 'NHIỆM VỤ CỤ THỂ', 'NỘI DUNG'])
      : random.pick(['NỘI DUNG CỦA KẾ HOẠCH', 'NỘI DUNG', 'NHIỆM VỤ VÀ GIẢI PHÁP']);
    body.push(`## II. ${partHeading}`, '');
    sections.forEach((section, s) => {
      const sectionRef = String(s + 1);
      const sectionTitle = place(section.origin, target, section.title);
      body.push(`### ${sectionRef}. ${mdxText(sectionTitle)}`, '');
      const templates = templatesFor(section, random).slice(0, sizes[s]);
      const made = templates.map((template) => makeTask(template, target, random, pools));
      const lettered = style.letters && made.length <= LETTERS.length;
      const groupSize =
        !lettered && made.length >= 4 && random.chance(0.35) ? random.int(2, Math.min(4, made.length - 2)) : 0;
      const plain = made.length - groupSize;
      const sectionMeta = { ref: sectionRef, title: sectionTitle };
      made.forEach((item, i) => {
        let ref;
        let group;
        if (made.length === 1 && random.chance(0.5)) ref = sectionRef;
        else if (lettered) ref = `${sectionRef}.${LETTERS[i]}`;
        else if (i < plain) ref = `${sectionRef}.${i + 1}`;
        else {
          const groupRef = `${sectionRef}.${plain + 1}`;
          ref = `${groupRef}.${LETTERS[i - plain]}`;
          if (i === plain) {
            const source = random.pick([...vocabulary.groups, ...vocabulary.sections.filter((x) => x !== section)]);
            body.push(`#### ${groupRef} ${mdxText(place(source.origin, target, source.title))}`, '');
            item.groupTitle = place(source.origin, target, source.title);
          }
          group = { ref: groupRef, title: item.groupTitle ?? tasks.at(-1).group.title };
        }
        tasks.push({ ref, section: sectionMeta, ...(group ? { group } : {}), ...item.task });
        body.push(...taskBody(spec.slug, ref, item, style));
      });
    });

    // Legal bases: national documents in force when the plan was issued, and the plan it carries out.
    const national = new Map();
    for (const basis of vocabulary.legalBases) {
      if (!/Thủ tướng|^Bộ /.test(basis.issuer) || !basis.date || basis.date > issued || national.has(basis.number))
        continue;
      national.set(basis.number, {
        type: basis.type,
        number: basis.number,
        date: basis.date,
        issuer: basis.issuer,
        title: basis.title,
        relation: 'basis',
      });
    }
    const legalBases = [...national.values()];
    if (annual) {
      legalBases.unshift({
        type: 'Kế hoạch',
        number: parent.number,
        date: parent.issued,
        issuer: `Ủy ban nhân dân tỉnh ${spec.province}`,
        title: `Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh ${spec.province} giai đoạn ${parent.period.start} – ${parent.period.end}`,
        relation: 'implements',
      });
    } else if (legalBases[0]) legalBases[0] = { ...legalBases[0], relation: 'implements' };

    const onBehalfOf = random.chance(0.5) ? 'TM. Ủy ban nhân dân' : null;
    const name = signer(random);
    const frontmatter = {
      plan: {
        title,
        province: spec.province,
        issuer: `Ủy ban nhân dân tỉnh ${spec.province}`,
        number,
        issued,
        place: spec.province,
        signer: { name, capacity: 'KT. Chủ tịch, Phó Chủ tịch', onBehalfOf },
        kind: spec.kind,
        period: { start: S, end: E },
        legalBases,
        sources: [
          {
            file: random.pick(vocabulary.sourceFiles),
            role: 'primary',
            title: SYNTHETIC_SOURCE_TITLE,
            supports: ['Toàn văn'],
          },
        ],
        corrections: [],
      },
      goals,
      targets,
      tasks,
    };

    // The document around the tasks: head, goals, funding, implementation, recipients, signature.
    const [issuedYear, m, d] = issued.split('-');
    const head = [
      `ỦY BAN NHÂN DÂN TỈNH ${spec.province.toUpperCase()}`,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: ${number}`,
      `${spec.province}, ngày ${d} tháng ${m} năm ${issuedYear}`,
      'KẾ HOẠCH',
      annual ? mdxText(title) : mdxText(title.toUpperCase()),
      ...random.sample(vocabulary.intro, random.int(1, 3)).map((p) => place(p.origin, target, p.text)),
    ];
    const goalPart = annual ? 'MỤC ĐÍCH, YÊU CẦU' : 'MỤC TIÊU';
    const goalLabels = {
      'muc-dich': 'Mục đích',
      'yeu-cau': 'Yêu cầu',
      'muc-tieu-chung': 'Mục tiêu chung',
      'muc-tieu-cu-the': 'Mục tiêu cụ thể',
    };
    const goalLines = [`## I. ${goalPart}`, ''];
    goalKinds.forEach(([kind], i) => {
      goalLines.push(`### ${i + 1}. ${goalLabels[kind]}`, '');
      for (const goal of goals.filter((g) => g.kind === kind)) goalLines.push(`- ${mdxText(goal.text)}`, '');
    });
    const funding = random.sample(vocabulary.funding, random.int(1, 3)).map((p) => place(p.origin, target, p.text));
    const organisation = random.sample(vocabulary.organisation, random.int(3, 8)).flatMap((block, i) => {
      const lines = block.lines.map((line) => place(block.origin, target, line));
      return block.heading
        ? [`### ${i + 1}. ${place(block.origin, target, block.heading)}`, '', ...lines.flatMap((l) => [l, ''])]
        : [`${i + 1}\\. ${lines[0]}`, '', ...lines.slice(1).flatMap((l) => [l, ''])];
    });
    const closing = random.sample(vocabulary.closing, random.int(1, 2)).map((p) => place(p.origin, target, p.text));
    const recipients = [
      ...new Set(random.sample(vocabulary.recipients, random.int(5, 12)).map((p) => place(p.origin, target, p.text))),
    ];
    const text = [
      ...head.flatMap((line) => [line, '']),
      ...goalLines,
      ...body,
      '## III. KINH PHÍ THỰC HIỆN',
      '',
      ...funding.flatMap((line) => [line, '']),
      '## IV. TỔ CHỨC THỰC HIỆN',
      '',
      ...organisation,
      ...closing.flatMap((line) => [line, '']),
      'Nơi nhận:',
      '',
      ...recipients.map((r) => `- ${r}`),
      '',
      ...(onBehalfOf ? ['**TM. ỦY BAN NHÂN DÂN**', ''] : []),
      '**KT. CHỦ TỊCH**',
      '',
      '**PHÓ CHỦ TỊCH**',
      '',
      name,
      '',
    ].join('\n');
    return { frontmatter, body: text };
  }

  return { makePlan };
}

/** Check a generated file as the build does (src/lib/plan-file.ts); the validated plan. */
export function checkPlanFile(name, text) {
  return readPlanFile(text, planFileOptions(join(REAL_PLANS, name), ROOT)).plan;
}

/**
 * N synthetic plans as { name, text, tasks } files. Deterministic for the seed, and plan i is the
 * same file whatever N is (so the 200-plan corpus is the first 200 of the 1,000). Each file is
 * checked before it is returned.
 */
export function generateCorpus({ plans: count, seed = DEFAULT_SEED, from = REAL_PLANS }) {
  const { makePlan } = corpusMaker(readVocabulary(from));
  return planSpecs(count, seed).map((spec) => {
    const { frontmatter, body } = makePlan(spec, createRandom(deriveSeed(seed, spec.slug)));
    const yamlText = yaml.dump(frontmatter, { lineWidth: -1, noRefs: true, quotingType: '"' });
    const name = `${spec.slug}.mdx`;
    const text = `---\n${yamlText}---\n\n${body}`;
    checkPlanFile(name, text);
    return { name, text, tasks: frontmatter.tasks.length };
  });
}

/** Write a corpus into `dir` (emptied first); returns { plans, tasks, bytes }. */
export function writeCorpus(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let tasks = 0;
  let bytes = 0;
  for (const file of files) {
    writeFileSync(join(dir, file.name), file.text);
    tasks += file.tasks ?? 0;
    bytes += Buffer.byteLength(file.text);
  }
  return { plans: files.length, tasks, bytes };
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const { values } = parseArgs({
    options: {
      plans: { type: 'string', default: '200' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
    },
  });
  const count = Number(values.plans);
  const out = resolve(values.out ?? join(ROOT, `dist-bench-corpus-${count}`));
  const started = performance.now();
  const stats = writeCorpus(out, generateCorpus({ plans: count, seed: Number(values.seed) }));
  console.log(
    `${stats.plans} kế hoạch, ${stats.tasks} nhiệm vụ, ${(stats.bytes / 1e6).toFixed(1)} MB → ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
