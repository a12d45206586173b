/**
 * A broken content file stops the build with a message that names the file, the line and the
 * field. Each case breaks one thing in a copy of a real plan and runs a real `astro build`:
 *
 * - the content checks (src/lib/plan-file.ts) read every plan file before any is loaded and list
 *   the problems of all of them, so the cases they catch share one build, each case a file of
 *   its own, and each case's message is looked for in that build's output;
 * - a body the MDX compiler refuses stops the build at the first file: one build per case;
 * - what only the written site shows (a link of a plan's text to no page or no anchor) is caught
 *   by the check of the build's output (src/lib/data-check.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLANS_DIR } from './helpers/content.ts';
import { buildWithContent, type BuildResult } from './helpers/fixture-site.ts';
import { MAX_PLAN_TITLE } from '../src/lib/content-limits.ts';

const SLUG = 'quang-ngai-2024';
const FILE = `${SLUG}.mdx`;
const good = readFileSync(join(PLANS_DIR, FILE), 'utf8');
const BUILD_TIMEOUT = 200_000;

/** Replace exactly one occurrence, so that a case cannot silently test nothing. */
function breakOnce(text: string, from: string | RegExp, to: string): string {
  const matches = text.match(
    typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(from, 'g'),
  );
  expect(matches?.length ?? 0, `"${from}" phải xuất hiện trong tệp mẫu`).toBeGreaterThan(0);
  return text.replace(from, to);
}

/** 1-based line of the nth occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string, nth = 1): number {
  let index = -1;
  for (let n = 0; n < nth; n++) index = text.indexOf(needle, index + 1);
  expect(index, `"${needle}" phải có ${nth} lần trong tệp`).toBeGreaterThanOrEqual(0);
  return text.slice(0, index).split('\n').length;
}

interface Case {
  name: string;
  /** The file name of the broken copy (its slug also names its <Task> ids). */
  slug: string;
  /** The broken text, from the good one with its ids renamed to the case's slug. */
  text: (good: string) => string;
  /** What the build output must say, given the broken text. */
  expect: (text: string, file: string) => (string | RegExp)[];
}

/** The real plan under another slug: its <Task> ids renamed to match. */
const renamed = (slug: string) => good.replaceAll(`<Task id="${SLUG}/`, `<Task id="${slug}/`);

// ---- cases the content checks catch: one build for all ----

const contentCases: Case[] = [
  {
    name: 'invalid YAML',
    slug: 'yaml-hong',
    text: (t) => breakOnce(t, 'kind: hang-nam', 'kind: [hang-nam'),
    expect: (_, f) => [new RegExp(`${f}:\\d+: YAML không đọc được: `)],
  },
  {
    name: 'missing frontmatter',
    slug: 'khong-frontmatter',
    text: (t) => t.replace(/^---\n[\s\S]*?\n---\n/, ''),
    expect: (_, f) => [`${f}:1: thiếu frontmatter: tệp phải bắt đầu bằng một dòng ---, phần YAML, rồi một dòng ---`],
  },
  {
    name: 'an unknown agency',
    slug: 'co-quan-la',
    text: (t) => breakOnce(t, '- Ban Tuyên giáo Tỉnh ủy\n', '- Sở Không Có Thật\n'),
    expect: (t, f) => [
      `${f}:${lineOf(t, '- Sở Không Có Thật')} tasks.0.partners.0: nhiệm vụ 1.a: cơ quan "Sở Không Có Thật" không có trong danh mục (src/lib/agencies.ts): thêm bí danh hoặc sửa cách viết`,
    ],
  },
  {
    name: 'a malformed timing',
    slug: 'thoi-gian-hong',
    text: (t) => breakOnce(t, 'raw: Quý II/2024', 'raw: Quý V/2024'),
    expect: (t, f) => [new RegExp(`${f}:${lineOf(t, 'raw: Quý V/2024')} tasks\\.\\d+\\.timing\\.raw: .*Quý V/2024`)],
  },
  {
    name: 'a duplicate task ref',
    slug: 'so-thu-tu-trung',
    text: (t) => breakOnce(t, 'ref: "1.b"', 'ref: "1.a"'),
    expect: (t, f) => [`${f}:${lineOf(t, 'ref: "1.a"', 2)} tasks.1.ref: số thứ tự nhiệm vụ "1.a" trùng với tasks.0`],
  },
  {
    name: 'a <Task> wrapper whose task is not in the frontmatter',
    slug: 'the-task-la',
    text: (t) => breakOnce(t, '<Task id="the-task-la/2.a">', '<Task id="the-task-la/9.z">'),
    expect: (t, f) => [
      `${f}:${lineOf(t, '<Task id="the-task-la/9.z">')} (phần thân): <Task id="the-task-la/9.z"> không khớp nhiệm vụ nào trong frontmatter (tasks[].ref, id phải là "the-task-la/<ref>")`,
    ],
  },
  {
    name: 'an impossible unquoted date (YAML would roll it over to 2025-02-09)',
    slug: 'ngay-tran',
    text: (t) => breakOnce(t, '  issued: null', '  issued: 2024-13-40'),
    expect: (t, f) => [`${f}:${lineOf(t, 'issued: 2024-13-40')} plan.issued: ngày "2024-13-40" không có trên lịch`],
  },
  {
    name: 'an impossible unquoted date in a legal basis (2023-02-30 would become 2023-03-02)',
    slug: 'ngay-30-thang-2',
    text: (t) => breakOnce(t, 'date: 2022-06-27', 'date: 2023-02-30'),
    expect: (t, f) => [
      `${f}:${lineOf(t, 'date: 2023-02-30')} plan.legalBases.0.date: ngày "2023-02-30" không có trên lịch`,
    ],
  },
  {
    name: 'an impossible quoted date',
    slug: 'ngay-0',
    text: (t) => breakOnce(t, '  issued: null', '  issued: "2024-00-00"'),
    expect: (t, f) => [`${f}:${lineOf(t, 'issued: "2024-00-00"')} plan.issued: ngày "2024-00-00" không có trên lịch`],
  },
  {
    name: 'a misspelt optional field of a task (its text would be dropped)',
    slug: 'truong-viet-sai',
    text: (t) => breakOnce(t, /\n {4}description: /, '\n    descripton: '),
    expect: (t, f) => [
      new RegExp(
        `${f}:${lineOf(t, 'descripton: ')} tasks\\.\\d+\\.descripton: trường "descripton" không có trong mô hình nội dung: có phải "description"\\?`,
      ),
    ],
  },
  {
    name: 'a misspelt required field of the plan',
    slug: 'tinh-viet-sai',
    text: (t) => breakOnce(t, '  province: Quảng Ngãi', '  provnice: Quảng Ngãi'),
    expect: (t, f) => [
      `${f}:2 plan.province: thiếu trường bắt buộc (string)`,
      `${f}:${lineOf(t, 'provnice:')} plan.provnice: trường "provnice" không có trong mô hình nội dung: có phải "province"?`,
    ],
  },
  {
    name: 'a task missing from the body (its anchor would be gone)',
    slug: 'thieu-the-task',
    text: (t) => breakOnce(t, '<Task id="thieu-the-task/2.a">', ''),
    expect: (t, f) => [
      `${f}:${lineOf(t, 'ref: "2.a"')} tasks.3.ref: nhiệm vụ 2.a không có <Task id="thieu-the-task/2.a"> trong phần thân: trang kế hoạch sẽ thiếu neo #nv-2-a mà các trang khác liên kết tới`,
    ],
  },
  {
    name: 'a task wrapped twice (its anchor would be repeated)',
    slug: 'the-task-lap',
    text: (t) => breakOnce(t, '<Task id="the-task-lap/2.b">', '<Task id="the-task-lap/2.a">'),
    expect: (t, f) => [
      `${f}:${lineOf(t, '<Task id="the-task-lap/2.a">', 2)} (phần thân): <Task id="the-task-lap/2.a"> lặp lại (đã có ở dòng ${lineOf(t, '<Task id="the-task-lap/2.a">')}): mỗi nhiệm vụ chỉ bọc một lần, để neo của nó là duy nhất`,
      `${f}:${lineOf(t, 'ref: "2.b"')} tasks.4.ref: nhiệm vụ 2.b không có <Task id="the-task-lap/2.b"> trong phần thân`,
    ],
  },
  {
    name: 'a source file that does not exist',
    slug: 'nguon-khong-co',
    text: (t) => breakOnce(t, 'file: sources/002_f4285707384fd952.txt', 'file: sources/khong-co.txt'),
    expect: (t, f) => [
      `${f}:${lineOf(t, 'file: sources/khong-co.txt')} plan.sources.0.file: tệp nguồn "sources/khong-co.txt" không có: thêm tệp vào sources/ hoặc sửa tên`,
    ],
  },
  {
    name: 'a bidi override in the title (the rest of it would show reversed)',
    slug: 'dao-chieu',
    text: (t) => breakOnce(t, 'title: "Về việc triển khai', 'title: "Về việc \u202etriển khai'),
    expect: (t, f) => [
      `${f}:${lineOf(t, '\u202e')} plan.title: chứa ký tự điều khiển hướng chữ U+202E (RIGHT-TO-LEFT OVERRIDE) ở ký tự thứ 9: xóa ký tự này`,
    ],
  },
  {
    name: 'a zero-width space in a task title, and a bidi isolate in the body',
    slug: 'ky-tu-vo-hinh',
    text: (t) =>
      breakOnce(
        breakOnce(t, 'title: "Xây dựng các chuyên mục', 'title: "Xây\u200bdựng các chuyên mục'),
        '- Đơn vị thực hiện: Sở Khoa học và Công nghệ.',
        '- Đơn vị thực hiện: \u2067Sở Khoa học và Công nghệ.',
      ),
    expect: (t, f) => [
      `${f}:${lineOf(t, '\u200b')} tasks.0.title: chứa ký tự vô hình U+200B (ZERO WIDTH SPACE) ở ký tự thứ 4: xóa ký tự này`,
      `${f}:${lineOf(t, '\u2067')} (phần thân): chứa ký tự điều khiển hướng chữ U+2067 (RIGHT-TO-LEFT ISOLATE) ở ký tự thứ 21: xóa ký tự này`,
    ],
  },
  {
    name: 'a file over the size limit',
    slug: 'tep-qua-lon',
    text: (t) => breakOnce(t, /\n {4}description: "/, `\n    description: "${'Tổ chức hội thảo. '.repeat(70_000)}`),
    expect: (t, f) => [
      new RegExp(
        `${f}:${lineOf(t, 'Tổ chức hội thảo. Tổ chức')} description: tệp nặng 1,\\d MB, quá giới hạn 1 MB của một tệp kế hoạch \\(src/lib/content-limits\\.ts\\); dòng dài nhất là dòng ${lineOf(t, 'Tổ chức hội thảo. Tổ chức')}, `,
      ),
    ],
  },
  {
    name: 'a title over the length limit',
    slug: 'tieu-de-dai',
    text: (t) => breakOnce(t, /\n {2}title: "[^"]*"/, `\n  title: "${'Kế hoạch '.repeat(40)}"`),
    expect: (_, f) => [
      `${f}:3 plan.title: tiêu đề dài ${'Kế hoạch '.repeat(40).length} ký tự, quá giới hạn ${MAX_PLAN_TITLE} ký tự (content/README.md)`,
    ],
  },
  {
    name: 'a YAML alias bomb (a billion values from ten lines)',
    slug: 'bom-bi-danh',
    text: (t) => {
      const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
      const bomb = levels
        .map((name, i) =>
          i === 0
            ? `${name}: &${name} ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`
            : `${name}: &${name} [${Array(9)
                .fill(`*${levels[i - 1]}`)
                .join(', ')}]`,
        )
        .join('\n');
      return breakOnce(t, /^---\n/, `---\n${bomb}\n`);
    },
    expect: (_, f) => [
      new RegExp(
        `${f}:3: bí danh YAML \\(\\*a\\) lặp lại [\\d.]{11,} giá trị, quá giới hạn 1\\.000 \\(src/lib/content-limits\\.ts\\): viết thẳng giá trị, không dùng bí danh lồng nhau`,
      ),
    ],
  },
];

describe('a broken content file stops the build', { timeout: BUILD_TIMEOUT }, () => {
  it('builds the unbroken plan (the control case)', () => {
    const result = buildWithContent({ [FILE]: good });
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  describe('content checks: every broken file of one build listed, each problem with its line and field', () => {
    let result: BuildResult;
    const texts = new Map(contentCases.map((c) => [c.slug, c.text(renamed(c.slug))]));
    beforeAll(() => {
      result = buildWithContent(Object.fromEntries([...texts].map(([slug, text]) => [`${slug}.mdx`, text])));
    }, BUILD_TIMEOUT);

    it('fails, without a stack trace', () => {
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
    });

    it.each(contentCases)('$name', (c) => {
      const file = `content/plans/${c.slug}.mdx`;
      for (const expected of c.expect(texts.get(c.slug)!, file)) {
        if (typeof expected === 'string') expect(result.output).toContain(expected);
        else expect(result.output).toMatch(expected);
      }
    });
  });

  it.each([
    {
      name: 'an unclosed tag in the MDX body',
      text: () => breakOnce(good, '<Task id="quang-ngai-2024/2.a">', '<Task id="quang-ngai-2024/2.a">\n<div>'),
      expect: [/quang-ngai-2024\.mdx/, /div/],
    },
    {
      name: 'a <script> tag in the MDX body (the body is text: src/integrations/safe-mdx.ts)',
      text: () =>
        breakOnce(
          good,
          '<Task id="quang-ngai-2024/2.a">',
          '<script>alert(1)</script>\n\n<Task id="quang-ngai-2024/2.a">',
        ),
      expect: [/content\/plans\/quang-ngai-2024\.mdx:\d+: thẻ <script>/, /&lt;/],
    },
    {
      name: 'a link of the text to a page or an anchor the site does not have (the check of the written site)',
      text: () =>
        breakOnce(
          good,
          '<Task id="quang-ngai-2024/2.a">',
          'Xem [mục khác](/ke-hoach/khong-co/) và [phụ lục](#phu-luc).\n\n<Task id="quang-ngai-2024/2.a">',
        ),
      expect: [
        'Bản dựng không đạt kiểm tra dữ liệu và liên kết (src/lib/data-check.ts):',
        /liên kết hỏng \(1\):\n {2}ke-hoach\/quang-ngai-2024\/index\.html:\d+ <a href="\/ke-hoach\/khong-co\/">: không có tệp cho \/ke-hoach\/khong-co\//,
        /neo # không có trên trang đích \(1\):\n {2}ke-hoach\/quang-ngai-2024\/index\.html:\d+ <a href="#phu-luc">: ke-hoach\/quang-ngai-2024\/index\.html không có phần tử id="phu-luc"/,
      ],
    },
  ])('$name', ({ text, expect: patterns }) => {
    const result = buildWithContent({ [FILE]: text() });
    expect(result.status, result.output).not.toBe(0);
    for (const pattern of patterns) {
      if (typeof pattern === 'string') expect(result.output).toContain(pattern);
      else expect(result.output).toMatch(pattern);
    }
  });
});
