/**
 * The built site (dist/) shows what the content holds: every task has its anchor on its plan
 * page, the published data equals the content, every agency used has a page, the metadata shown
 * matches the frontmatter, and every sentence of each source is on its plan's page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { BUILDS, collapse, listHtml, loadPage, readText, readerText } from './dist.ts';
import { parsePlan, readPlanFiles, readSource } from '../helpers/content.ts';
import { taskRecords, formatDate, agencyRoles } from '../../src/lib/plans.ts';
import { getAgency } from '../../src/lib/agencies.ts';

const dist = BUILDS[0]!.dir;
const plans = readPlanFiles().map((file) => ({ id: file.slug, data: parsePlan(file) }));
const page = (path: string) => loadPage(dist, join(path, 'index.html'));

describe('the public data', () => {
  const tasks = JSON.parse(readFileSync(join(dist, 'data/tasks.json'), 'utf8'));
  const published = JSON.parse(readFileSync(join(dist, 'data/plans.json'), 'utf8'));

  it('publishes every task of the content, in order, with the documented fields', () => {
    expect(tasks).toEqual(JSON.parse(JSON.stringify(taskRecords(plans))));
    expect(tasks).toHaveLength(plans.reduce((sum, p) => sum + p.data.tasks.length, 0));
    for (const task of tasks) {
      for (const field of [
        'id',
        'plan',
        'province',
        'ref',
        'section',
        'title',
        'lead',
        'partners',
        'timing',
        'themes',
        'targetGroups',
        'quantities',
        'url',
      ]) {
        expect(task, `${task.id}.${field}`).toHaveProperty(field);
      }
    }
  });

  it('publishes one record per plan with its metadata', () => {
    expect(published.map((p: { id: string }) => p.id).sort()).toEqual(plans.map((p) => p.id).sort());
    for (const record of published) {
      const plan = plans.find((p) => p.id === record.id)!.data.plan;
      expect(record).toMatchObject({
        number: plan.number,
        issued: plan.issued,
        signer: plan.signer,
        period: plan.period,
      });
    }
  });

  it('gives every task an anchor on its plan page, where its url points', () => {
    const pages = new Map<string, CheerioAPI>();
    for (const task of tasks as { id: string; url: string }[]) {
      const [path, anchor] = task.url.split('#') as [string, string];
      if (!pages.has(path)) pages.set(path, page(path));
      expect(pages.get(path)!(`[id="${anchor}"]`).length, task.id).toBeGreaterThan(0);
    }
  });
});

describe.each(plans)('plan page $id', ({ id, data }) => {
  const $ = page(`ke-hoach/${id}`);
  const text = readerText($);
  const { plan } = data;

  it('shows the metadata of the content', () => {
    expect(text).toContain(plan.number ?? 'Chưa rõ');
    if (plan.issued) expect(text).toContain(formatDate(plan.issued)!);
    else expect(text).toMatch(/Ngày ban hành Chưa rõ/);
    expect(text).toContain(plan.signer.name!);
    expect(text).toContain(plan.signer.capacity!);
    expect(text).toContain(`Số nhiệm vụ ${data.tasks.length}`);
    for (const basis of plan.legalBases) expect(text).toContain(basis.number ?? basis.title);
  });

  it('shows each task card with its lead agencies and timing', () => {
    for (const task of data.tasks) {
      const card = readerText($, `[id="${task.anchor}"]`);
      expect(card, task.ref).toContain(`${task.ref} ${collapse(task.title)}`);
      for (const lead of task.lead) expect(card, `${task.ref} ${lead.asWritten}`).toContain(lead.asWritten);
      if (task.timing.raw) expect(card, task.ref).toContain(collapse(task.timing.raw));
      else expect(card, task.ref).toContain('Văn bản không nêu');
    }
  });

  it('has every sentence of the source on the page (corrected, hard wraps joined)', () => {
    // What Markdown renders as structure, not text: list bullets, and the task numbers printed as card refs.
    const NUMBERING = /^\s*(?:[-*]\s+)?(?:\d+(?:\.\d+)*\.?\s+|[a-zđ]\)\s+)?/;
    const source = plan.sources.find((s) => s.role === 'primary')!;
    const lines = readSource(source.file).split('\n');
    for (const { line, before, after } of plan.corrections) lines[line - 1] = lines[line - 1]!.replace(before, after);
    const missing = lines
      .map((raw, index) => ({ index: index + 1, fragment: collapse(raw.replace(/\*\*/g, '').replace(NUMBERING, '')) }))
      // Layout remnants of a table (|, ----) and blank lines carry no text.
      .filter(({ fragment }) => fragment && !/^[|\-\s]+$/.test(fragment))
      .filter(({ fragment }) => !text.includes(fragment))
      .map(({ index, fragment }) => `dòng ${index}: ${fragment}`);
    expect(missing, missing.join('\n')).toEqual([]);
  });
});

describe('agency pages', () => {
  const used = [...new Set(agencyRoles(plans).map((r) => r.agency))];

  it('exist for every agency in the registry that a task names, linked from the index', () => {
    const index = readText(dist, 'co-quan/index.html');
    for (const agency of used) {
      expect(existsSync(join(dist, 'co-quan', agency, 'index.html')), agency).toBe(true);
      expect(index, agency).toContain(`href="/co-quan/${agency}/"`);
    }
  });

  it('list each of the agency’s tasks, linking to the task’s anchor', () => {
    for (const agency of used) {
      const $ = page(`co-quan/${agency}`);
      const links = new Set(
        $('a[href]')
          .map((_, a) => a.attribs.href)
          .get(),
      );
      for (const role of agencyRoles(plans).filter((r) => r.agency === agency)) {
        expect(
          links.has(`/ke-hoach/${role.plan}/#${role.task.anchor}`),
          `${agency} → ${role.plan} ${role.task.ref}`,
        ).toBe(true);
      }
      expect(readerText($)).toContain(getAgency(agency).name);
    }
  });
});

describe('every page', () => {
  it('is in Vietnamese, has one h1 and a skip link to main', () => {
    for (const file of listHtml(dist)) {
      const $ = loadPage(dist, file);
      expect($('html').attr('lang'), file).toBe('vi');
      expect($('h1'), file).toHaveLength(1);
      expect($('a[href="#noi-dung"]').length, file).toBeGreaterThan(0);
      expect($('main#noi-dung').length, file).toBeGreaterThan(0);
    }
  });
});

describe('the plans list', () => {
  it('is sortable without JavaScript: each order is its own page, unknown dates last', () => {
    const order = (path: string) =>
      page(path)('a[href]')
        .map((_, a) => a.attribs.href!)
        .get()
        .filter((href) => /^\/ke-hoach\/[a-z0-9-]+\/$/.test(href) && !href.includes('sap-xep'))
        .map((href) => href.split('/')[2]);
    const byDate = [...plans]
      .sort((a, b) => (a.data.plan.issued ?? '9999').localeCompare(b.data.plan.issued ?? '9999'))
      .map((p) => p.id);
    expect(order('ke-hoach/sap-xep/ngay-ban-hanh')).toEqual(byDate);
    const byTasks = [...plans].sort((a, b) => b.data.tasks.length - a.data.tasks.length).map((p) => p.id);
    expect(order('ke-hoach/sap-xep/so-nhiem-vu')).toEqual(byTasks);
  });
});
