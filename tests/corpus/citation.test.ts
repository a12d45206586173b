/**
 * Citations of plans and tasks: issuing body, date or "không rõ ngày", number or "không số",
 * title and permalink, readable and as BibTeX that LaTeX can read.
 */
import { describe, expect, it } from 'vitest';
import { bibtexEscape, bibtexKey, datasetCitation, planCitation, taskCitation } from '../../src/lib/citation.ts';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { permalinkOf } from '../../src/lib/paths.ts';

const plans = Object.fromEntries(readPlanFiles().map((file) => [file.slug, parsePlan(file)]));
const quangNgai = plans['quang-ngai-2024']!;
const hungYen = plans['hung-yen-2021-2025']!;
const tayNinh = plans['tay-ninh-2022']!;

/** The fields of a BibTeX entry, as name → value without the outer braces. */
function bibtexFields(entry: string): Record<string, string> {
  return Object.fromEntries([...entry.matchAll(/^\s+(\w+)\s*=\s*\{(.*)\},$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('plan citation', () => {
  it('names a plan without a number "không số", and says its date is unknown', () => {
    const { text, bibtex } = planCitation(quangNgai.plan, 'quang-ngai-2024', '/ke-hoach/quang-ngai-2024/');
    expect(quangNgai.plan.number).toBeNull();
    expect(text).toBe(
      'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi (không rõ ngày ban hành). Kế hoạch không số: Về việc triển khai thực hiện kế hoạch xây dựng Hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Quảng Ngãi giai đoạn 2022 - 2025, định hướng đến năm 2030 trong năm 2024. Bản điện tử: Kế hoạch mở, /ke-hoach/quang-ngai-2024/',
    );
    const fields = bibtexFields(bibtex);
    expect(bibtex.startsWith('@misc{quang-ngai-2024,\n')).toBe(true);
    expect(fields.number).toBe('không số');
    expect(fields.title).toMatch(/^\{Kế hoạch không số: Về việc triển khai/);
    expect(fields).not.toHaveProperty('year');
    expect(fields.note).toContain('Không rõ ngày ban hành');
  });

  it('gives the number and the date of a dated plan', () => {
    const { text, bibtex } = planCitation(
      hungYen.plan,
      'hung-yen-2021-2025',
      'https://example.org/ke-hoach/hung-yen-2021-2025/',
    );
    expect(text).toBe(
      'Ủy ban nhân dân tỉnh Hưng Yên (16/09/2021). Kế hoạch số 142/KH-UBND: Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hưng Yên giai đoạn 2021-2025. Bản điện tử: Kế hoạch mở, https://example.org/ke-hoach/hung-yen-2021-2025/',
    );
    const fields = bibtexFields(bibtex);
    expect(fields).toMatchObject({
      author: '{Ủy ban nhân dân tỉnh Hưng Yên}',
      number: '142/KH-UBND',
      date: '2021-09-16',
      year: '2021',
      url: 'https://example.org/ke-hoach/hung-yen-2021-2025/',
    });
  });

  it('gives the number of a plan known only from a secondary source, without inventing a date', () => {
    const { text } = planCitation(tayNinh.plan, 'tay-ninh-2022', '/ke-hoach/tay-ninh-2022/');
    expect(
      text.startsWith(
        'Ủy ban nhân dân tỉnh Tây Ninh (không rõ ngày ban hành). Kế hoạch số 1694/KH-UBND: Triển khai các hoạt động',
      ),
    ).toBe(true);
  });
});

describe('task citation', () => {
  it('cites the task by its ref and title within its plan, with the task permalink', () => {
    const task = tayNinh.tasks.find((t) => t.ref === '3.2.a')!;
    const url = permalinkOf('/ke-hoach/tay-ninh-2022/#nv-3-2-a', { base: '/', site: 'https://example.org' });
    const { text, bibtex } = taskCitation(tayNinh.plan, 'tay-ninh-2022', task, url);
    expect(text).toContain('Nhiệm vụ 3.2.a “Đào tạo giảng viên nguồn');
    expect(text).toContain('trong Kế hoạch số 1694/KH-UBND: Triển khai');
    expect(text.endsWith('https://example.org/ke-hoach/tay-ninh-2022/#nv-3-2-a')).toBe(true);
    expect(bibtex.startsWith('@misc{tay-ninh-2022:nv-3-2-a,')).toBe(true);
    expect(bibtexFields(bibtex)).toMatchObject({
      number: '1694/KH-UBND',
      url: 'https://example.org/ke-hoach/tay-ninh-2022/#nv-3-2-a',
    });
  });

  it('cites a task of a plan without a number as "không số"', () => {
    const task = quangNgai.tasks[0]!;
    const { text, bibtex } = taskCitation(quangNgai.plan, 'quang-ngai-2024', task, '/x/');
    expect(text).toContain(`Nhiệm vụ ${task.ref} “`);
    expect(text).toContain('trong Kế hoạch không số:');
    expect(bibtexFields(bibtex).number).toBe('không số');
  });

  it('gives every task of every plan a distinct BibTeX key', () => {
    const keys = Object.entries(plans).flatMap(([slug, plan]) =>
      plan.tasks.map((task) => bibtexKey(slug, task.anchor)),
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9:._-]+$/);
  });
});

describe('BibTeX', () => {
  it('escapes what LaTeX would read as commands, and leaves the url alone', () => {
    expect(bibtexEscape('Sở KH&CN: 50% {x} #1 a_b ~ ^ \\')).toBe(
      'Sở KH\\&CN: 50\\% \\{x\\} \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const { bibtex } = planCitation({ ...hungYen.plan, title: 'Sở KH&CN 100%' }, 'x', 'https://e.org/a_b#c');
    expect(bibtexFields(bibtex).title).toBe('{Kế hoạch số 142/KH-UBND: Sở KH\\&CN 100\\%}');
    expect(bibtexFields(bibtex).url).toBe('https://e.org/a_b#c');
  });

  it('has balanced braces in every entry', () => {
    for (const [slug, plan] of Object.entries(plans)) {
      const entries = [
        planCitation(plan.plan, slug, '/p/').bibtex,
        ...plan.tasks.map((t) => taskCitation(plan.plan, slug, t, '/t/').bibtex),
      ];
      for (const entry of entries) {
        let depth = 0;
        let lowest = 0;
        for (const char of entry.replace(/\\[{}]/g, '')) {
          depth += char === '{' ? 1 : char === '}' ? -1 : 0;
          lowest = Math.min(lowest, depth);
        }
        expect([lowest, depth], entry).toEqual([0, 0]);
      }
    }
  });
});

describe('permalink, access date and dataset', () => {
  it('is the full address: the site, the deployment base, the path', () => {
    expect(permalinkOf('/ke-hoach/x/', { base: '/ke-hoach-mo/', site: 'https://example.org' })).toBe(
      'https://example.org/ke-hoach-mo/ke-hoach/x/',
    );
  });

  it('gives BibTeX an access date (urldate) when one is given, and none otherwise', () => {
    const url = 'https://example.org/ke-hoach/hung-yen-2021-2025/';
    expect(bibtexFields(planCitation(hungYen.plan, 'hung-yen-2021-2025', url, '2026-12-04').bibtex).urldate).toBe(
      '2026-12-04',
    );
    expect(bibtexFields(planCitation(hungYen.plan, 'hung-yen-2021-2025', url).bibtex)).not.toHaveProperty('urldate');
  });

  it('cites the dataset with its version', () => {
    const { text, bibtex } = datasetCitation('1.2.0+abc', '2026-11-26', 'https://example.org/du-lieu/');
    expect(text).toContain('phiên bản 1.2.0+abc');
    expect(bibtexFields(bibtex)).toMatchObject({ version: '1.2.0+abc', year: '2026' });
  });
});
