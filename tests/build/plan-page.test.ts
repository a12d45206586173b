/**
 * A plan page, tasks first: the bar of links at the top leads to the tasks; the secondary
 * sections, the parts of the full text around the tasks and each task's original wording are
 * folded, and nothing is lost by folding (every line of the full text is on the page); the goals
 * appear once, in the full text.
 */
import { describe, expect, it } from 'vitest';
import { readPlanFiles, parsePlan } from '../helpers/content.ts';
import { BUILDS, collapse, parseHtml, readerText, readText, textOf } from './dist.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const plans = readPlanFiles().map((file) => ({ file, plan: parsePlan(file) }));

/** The lines of an MDX body a reader reads: no <Task> wrapper, no Markdown marker, escapes read. */
function bodyLines(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => !/^\s*<\/?Task\b/.test(line))
    .map((line) =>
      (/^#+\s/.test(line) ? line.replace(/^#+\s+/, '') : line.replace(/^\s*(?:>\s*|[-*]\s+|\d+\.\s+)/, ''))
        .replace(/\*\*/g, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!<>&|~"'])/g, '$1')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    )
    .map(collapse)
    .filter(Boolean);
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

for (const build of BUILDS) {
  const built = existsSync(join(build.dir, 'index.html'));
  describe.runIf(built).each(plans)(`${build.name}: $file.slug`, ({ file, plan }) => {
    const html = built ? readText(build.dir, `ke-hoach/${file.slug}/index.html`) : '';
    const $ = parseHtml(html);
    const main = readerText($);

    it('leads from a bar of links at the top to the start of the tasks, before the first task', () => {
      const links = $('.plan-jump')
        .first()
        .find('a')
        .toArray()
        .map((a) => [a.attribs.href, textOf($(a))]);
      expect(links[0]).toEqual(['#nhiem-vu', `Nhiệm vụ (${plan.tasks.length})`]);
      const ids = $('[id]')
        .toArray()
        .map((el) => el.attribs.id);
      for (const [href] of links) expect(ids, href).toContain(href!.slice(1));
      // Only the title and the key facts come before the bar in <main>.
      expect(html.indexOf('class="plan-jump')).toBeLessThan(html.indexOf('<details'));
      expect(html.indexOf('id="nhiem-vu"')).toBeLessThan(html.indexOf('class="task"'));
    });

    it('folds the secondary sections, the text around the tasks and each task’s original wording', () => {
      const folds = $('.fold').toArray();
      expect(folds.map((fold) => textOf($(fold).find('h2').first()))).toEqual(
        expect.arrayContaining(['Thông tin văn bản', 'Bối cảnh hành chính', 'Tiến độ thực hiện', 'Mục lục']),
      );
      const folded = [...folds, ...$('.text-section').toArray(), ...$('.original').toArray()];
      expect(folded.length).toBeGreaterThan(plan.tasks.length / 2);
      for (const details of folded) expect(details.tagName).toBe('details');
      expect(folded.filter((details) => 'open' in details.attribs)).toEqual([]);
      // No task is folded away: every task card is outside any closed section.
      const hidden = $('details')
        .toArray()
        .filter((details) => $(details).find('.task').length > 0);
      expect(hidden).toEqual([]);
    });

    it('keeps every line of the full text on the page, folded or not', () => {
      for (const line of bodyLines(file.body)) expect(main, line).toContain(line);
    });

    it('shows each goal once, in the full text', () => {
      for (const goal of plan.goals) expect(count(main, collapse(goal.text)), goal.text).toBe(1);
    });

    it('marks the start of the tasks at the section holding the first task', () => {
      expect($('#nhiem-vu').attr('class')).toBe('tasks-start');
      const article = $('.fulltext').first();
      const after = html.slice(html.indexOf('id="nhiem-vu"'));
      expect(after.indexOf('<h2')).toBeLessThan(after.indexOf('class="task"'));
      expect(article.find('.task')).toHaveLength(plan.tasks.length);
    });
  });
}
