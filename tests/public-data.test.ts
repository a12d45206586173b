/**
 * The published data contract: every field of every file is explained (a Vietnamese description
 * in the zod schema, carried into the JSON Schema and the /du-lieu/ tables), the records built
 * from the content satisfy the generated JSON Schemas, and tasks.csv holds the same tasks.
 */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fixtureCorpusPlans, fixturePlan } from './helpers/plan-fixture.ts';
import { parsePlan, readPlanFiles } from './helpers/content.ts';
import { parseCsv } from './helpers/parse-csv.ts';
import { jsonSchemaOf, PUBLIC_SCHEMAS, type PublicSchemaName } from '../src/schemas/public-data.ts';
import { fieldRows, typeLabel } from '../src/lib/schema-fields.ts';
import { activityTypeRecords, agencyRecords, documentRecords, planFile, planRecords } from '../src/lib/open-data.ts';
import { ACTIVITY_TYPES, getActivityType } from '../src/lib/activity-types.ts';
import { taskRecords } from '../src/lib/plans.ts';
import { getTheme } from '../src/lib/themes.ts';
import { getTargetGroup } from '../src/lib/target-groups.ts';
import { buildCorpus } from '../src/lib/corpus.ts';
import { cellAt, csvColumns, LIST_SEPARATOR, tasksCsv } from '../src/lib/tasks-csv.ts';
import { BOM, formulaSafe } from '../src/lib/csv.ts';

// The records are checked on made-up plans; the build checks every published file of the real content.
const corpus = buildCorpus(fixtureCorpusPlans());
const { plans } = corpus;
const publication = { base: '/ke-hoach-mo/', site: 'https://example.org' };
const names = Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[];

describe('field descriptions', () => {
  it.each(names)('explains every field of %s in Vietnamese', (name) => {
    const rows = fieldRows(jsonSchemaOf(name));
    expect(rows.length).toBeGreaterThan(1);
    const undescribed = rows.filter((row) => row.description.trim().length < 8).map((row) => row.path);
    expect(undescribed).toEqual([]);
  });

  it('names nested fields by their path, lists with []', () => {
    const paths = fieldRows(jsonSchemaOf('tasks')).map((row) => row.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'id',
        'lead',
        'lead[].agency',
        'lead[].scope',
        'timing.start',
        'group.ref',
        'quantities[].min',
      ]),
    );
  });

  it('writes short types', () => {
    expect(typeLabel({ anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] })).toBe('string (ngày) | null');
    expect(typeLabel({ type: 'array', items: { type: 'string', enum: ['lead', 'partners'] } })).toBe(
      '("lead" | "partners")[]',
    );
    expect(typeLabel({ type: ['string', 'null'] })).toBe('string | null');
    expect(typeLabel({ type: 'array', items: { type: 'object', properties: {} } })).toBe('object[]');
  });
});

describe('records built from the content', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const check = (name: PublicSchemaName, data: unknown) => {
    const validate = ajv.compile(jsonSchemaOf(name));
    const ok = validate(data);
    return ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };

  it('satisfy their generated JSON Schemas', () => {
    expect(check('tasks', taskRecords(plans, publication))).toEqual([]);
    expect(check('plans', planRecords(corpus, publication))).toEqual([]);
    expect(check('agencies', agencyRecords(corpus, publication))).toEqual([]);
    expect(check('documents', documentRecords(corpus, publication))).toEqual([]);
    expect(check('activity-types', activityTypeRecords(corpus, publication))).toEqual([]);
    for (const plan of plans) expect(check('plan', planFile(plan, publication))).toEqual([]);
  });

  it('are rejected by the schema when a field is missing, misspelt or of the wrong type', () => {
    const [task] = taskRecords(plans, publication);
    const { title: _title, ...untitled } = task!;
    expect(check('tasks', [untitled])).not.toEqual([]);
    expect(check('tasks', [{ ...task, extra: 1 }])).not.toEqual([]);
    expect(check('tasks', [{ ...task, timing: { ...task!.timing, start: '2022-13-01' } }])).not.toEqual([]);
  });

  it('link every legal basis to its document page, and every source to its file', () => {
    for (const record of planRecords(corpus, publication)) {
      for (const basis of record.legalBases) expect(basis.documentUrl).toBe(`/ke-hoach-mo/van-ban/${basis.document}/`);
      for (const source of record.sources)
        expect(source.url).toBe(`/ke-hoach-mo/nguon/${source.file.replace('sources/', '')}`);
      expect(record.permalink).toBe(`https://example.org/ke-hoach-mo/ke-hoach/${record.id}/`);
      expect(record.citation.text.endsWith(record.permalink)).toBe(true);
    }
    for (const task of taskRecords(plans, publication)) expect(task.permalink).toBe(`https://example.org${task.url}`);
    for (const record of [...agencyRecords(corpus, publication), ...documentRecords(corpus, publication)]) {
      expect(record.permalink, record.id).toBe(record.url && `https://example.org${record.url}`);
    }
  });

  it('count each agency’s tasks as the tasks name it', () => {
    const tasks = taskRecords(plans);
    for (const agency of agencyRecords(corpus, publication)) {
      const leads = tasks.filter((t) => t.lead.some((m) => m.agency === agency.id)).length;
      expect(agency.leadCount, agency.id).toBe(leads);
      expect(agency.url === null, agency.id).toBe(agency.leadCount + agency.partnerCount === 0);
    }
  });
});

describe('activity-types.json', () => {
  const typed = buildCorpus([
    fixturePlan('tay-ninh-2022', {}, [
      { ref: '1', activityTypes: ['cuoc-thi'] },
      { ref: '2', activityTypes: ['khong-gian-lam-viec-chung', 'trung-tam-ho-tro'] },
    ]),
    fixturePlan('quang-ngai-2024', { province: 'Quảng Ngãi', period: { start: 2024, end: 2024 } }, [
      { ref: '1.c', activityTypes: ['cuoc-thi'], timing: 'Quý I/2024' },
    ]),
  ]);
  const records = activityTypeRecords(typed, publication);
  const tasks = taskRecords(typed.plans, publication);

  it('lists every type of the vocabulary, with its definition and theme, in its order', () => {
    expect(records.map((record) => record.id)).toEqual(ACTIVITY_TYPES.map((type) => type.id));
    const contest = records.find((record) => record.id === 'cuoc-thi')!;
    expect(contest.description).toBe(getActivityType('cuoc-thi').description);
    expect(contest.themeLabel).toBe(getTheme('su-kien').label);
  });

  it('names under each type exactly the tasks that have it in tasks.json, plan by plan', () => {
    for (const record of records) {
      const own = tasks.filter((task) => task.activityTypes.includes(record.id as never)).map((task) => task.id);
      expect(
        record.plans.flatMap((plan) => plan.tasks),
        record.id,
      ).toEqual(own);
      expect(record.taskCount, record.id).toBe(own.length);
    }
    expect(records.find((record) => record.id === 'cuoc-thi')!.plans).toEqual([
      { plan: 'quang-ngai-2024', province: 'Quảng Ngãi', tasks: ['quang-ngai-2024/1.c'] },
      { plan: 'tay-ninh-2022', province: 'Tây Ninh', tasks: ['tay-ninh-2022/1'] },
    ]);
  });

  it('links a type to its page only when a task has it', () => {
    const space = records.find((record) => record.id === 'khong-gian-lam-viec-chung')!;
    expect(space.url).toBe('/ke-hoach-mo/hoat-dong/khong-gian-lam-viec-chung/');
    expect(space.permalink).toBe('https://example.org/ke-hoach-mo/hoat-dong/khong-gian-lam-viec-chung/');
    const fund = records.find((record) => record.id === 'quy-khoi-nghiep')!;
    expect([fund.url, fund.permalink, fund.taskCount, fund.plans]).toEqual([null, null, 0, []]);
  });
});

describe('tasks.csv of the real content', () => {
  // Real wordings: an agency or quantity holding the list separator would show here.
  const tasks = taskRecords(
    buildCorpus(readPlanFiles().map((file) => ({ id: file.slug, data: parsePlan(file) }))).plans,
  );
  const schema = jsonSchemaOf('tasks');
  const text = tasksCsv(tasks, schema);
  const [header, ...rows] = parseCsv(text);

  it('starts with a BOM, ends lines with CRLF, has one row per task', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows.length).toBe(tasks.length);
    expect(header).toEqual(csvColumns(schema));
  });

  it('holds the same values as tasks.json, lists joined with "; "', () => {
    for (const [index, row] of rows.entries()) {
      const task = tasks[index]!;
      expect(row[header!.indexOf('id')]).toBe(task.id);
      expect(row[header!.indexOf('lead.agency')]).toBe(task.lead.map((m) => m.agency).join('; '));
      expect(row[header!.indexOf('timing.start')]).toBe(task.timing.start ?? '');
      // A cell a spreadsheet would run as a formula starts with ' (src/lib/csv.ts), "- …" lists too.
      expect(row[header!.indexOf('description')]).toBe(formulaSafe(task.description ?? ''));
      expect(row[header!.indexOf('themes')]).toBe(task.themes.join('; '));
    }
  });

  it('names each theme, activity type and target group in Vietnamese in a column of its own, beside the codes', () => {
    expect(header!.indexOf('themeLabels')).toBe(header!.indexOf('themes') + 1);
    expect(header!.indexOf('targetGroupLabels')).toBe(header!.indexOf('targetGroups') + 1);
    expect(header!.indexOf('activityTypeLabels')).toBe(header!.indexOf('activityTypes') + 1);
    for (const [index, row] of rows.entries()) {
      const task = tasks[index]!;
      expect(row[header!.indexOf('themeLabels')]).toBe(task.themes.map((id) => getTheme(id).label).join('; '));
      expect(row[header!.indexOf('activityTypes')]).toBe(task.activityTypes.join('; '));
      expect(row[header!.indexOf('activityTypeLabels')]).toBe(
        task.activityTypes.map((id) => getActivityType(id).label).join('; '),
      );
      expect(row[header!.indexOf('targetGroupLabels')]).toBe(
        task.targetGroups.map((id) => getTargetGroup(id).label).join('; '),
      );
    }
  });

  it('can be split back into lists: no item holds the separator', () => {
    for (const task of tasks) {
      const items = [...task.lead, ...task.partners]
        .flatMap((m) => [m.name, m.asWritten, m.scope ?? ''])
        .concat(task.quantities.map((q) => q.raw));
      for (const item of items) expect(item, task.id).not.toContain(LIST_SEPARATOR);
    }
  });

  it('keeps lists aligned, and writes an all-empty list as an empty cell', () => {
    const record = {
      lead: [
        { name: 'A', scope: undefined },
        { name: 'B', scope: 'x' },
      ],
      partners: [{ scope: undefined }],
    };
    expect(cellAt(record, 'lead.name')).toBe('A; B');
    expect(cellAt(record, 'lead.scope')).toBe('; x');
    expect(cellAt(record, 'partners.scope')).toBe('');
    expect(cellAt({ group: null }, 'group.ref')).toBe('');
    expect(cellAt({ q: [{ min: 15, approximate: false }] }, 'q.min')).toBe('15');
    expect(cellAt({ q: [{ min: 15, approximate: false }] }, 'q.approximate')).toBe('false');
  });
});
