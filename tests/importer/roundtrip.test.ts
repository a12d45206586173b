/**
 * Round trip: the MDX the importer writes builds in the real site. The Hưng Yên text (the
 * richest layout: metadata block, sub-event leads, attributes shared by a group, a numbered
 * item that is a task), with MDX hazards added to its text, is imported and built alone with
 * `astro build` in a temporary copy of the site; the plan page shows every task and the
 * hazardous text as written.
 */
import { expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { importPlan } from '../../src/lib/importer/index.ts';
import { ROOT } from '../helpers/content.ts';
import { buildWithContent } from '../helpers/fixture-site.ts';

const SOURCE = 'sources/001_a53a16886f7ee57c.txt';
const HAZARDS = 'Báo cáo {hằng năm} gửi <Sở Khoa học và Công nghệ> qua `email` & &lt;cổng&gt;.';

it('builds the site with an imported plan, and shows its tasks and text', { timeout: 300_000 }, () => {
  const raw = readFileSync(join(ROOT, SOURCE), 'utf8').replace(
    'Nơi nhận:\n',
    `${HAZARDS}\n\nimport dữ liệu {x}\n\nNơi nhận:\n`,
  );
  const result = importPlan(raw, { file: SOURCE });
  const build = buildWithContent({ [`${result.slug}.mdx`]: result.mdx }, { keep: true });
  try {
    expect(build.output).not.toMatch(/\berror\b/i);
    expect(build.status).toBe(0);
    const page = readFileSync(join(build.dir, 'dist/ke-hoach/hung-yen-2021-2025/index.html'), 'utf8');
    for (const task of result.plan.tasks) expect(page, task.ref).toContain(`id="${task.anchor}"`);
    expect(page).toContain(
      'Báo cáo {hằng năm} gửi &lt;Sở Khoa học và Công nghệ&gt; qua `email` &amp; &amp;lt;cổng&amp;gt;.',
    );
    expect(page).toContain('import dữ liệu {x}');
    expect(page).toContain('Tham gia Ngày hội phụ nữ khởi nghiệp quốc gia');
  } finally {
    rmSync(build.dir, { recursive: true, force: true });
  }
});
