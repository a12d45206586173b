/**
 * The published records: what /data/plans.json, agencies.json, documents.json and each
 * /data/<plan>.json hold, built from the validated content. The shapes are the zod schemas of
 * src/schemas/public-data.ts; pages and endpoints only serialise what these functions return.
 */
import type {
  ActivityTypeRecord,
  AgencyRecord,
  CatalogueRecord,
  DocumentRecord,
  PlanFile,
  PlanRecord,
  ProvinceRecord,
  TaskRecord,
} from '../schemas/public-data.ts';
import { jsonSchemaOf, type PublicSchemaName } from '../schemas/public-data.ts';
import { AGENCIES } from './agencies.ts';
import { agencyGloss } from './agency-glosses.ts';
import { ACTIVITY_TYPES } from './activity-types.ts';
import { THEME_VOCABULARY } from './themes.ts';
import { taskId } from './task-ref.ts';
import { administrativeContext } from './admin-context.ts';
import { knownDocumentHref, type Catalogue } from './catalogue.ts';
import { CONFIDENCE_LEVELS } from './confidence.ts';
import { planCitation } from './citation.ts';
import type { Corpus } from './corpus.ts';
import { documentSlug } from './legal.ts';
import {
  activityTypePath,
  agencyPath,
  documentPath,
  permalinkOf,
  planPath,
  provincePath,
  provinceSlug,
  schemaPath,
  sourcePath,
  withBase,
  type Publication,
} from './paths.ts';
import { planRecord, taskRecords, type PlanEntry } from './plans.ts';
import { recordsCsv, tasksCsv } from './tasks-csv.ts';
import { vietnameseCollator } from './vietnamese.ts';

/** A plan's public record: its metadata with document links, administrative context, citation and catalogue entry. */
export function publicPlanRecord(entry: PlanEntry, publication: Publication, catalogue?: Catalogue): PlanRecord {
  const { plan } = entry.data;
  const { base } = publication;
  const record = planRecord(entry, publication);
  return {
    ...record,
    legalBases: plan.legalBases.map((basis) => {
      const document = documentSlug(basis, plan.province);
      return { ...basis, document, documentUrl: withBase(base, documentPath(document)) };
    }),
    sources: plan.sources.map((source) => ({ ...source, url: withBase(base, sourcePath(source.file)) })),
    administrativeContext: administrativeContext(plan.province),
    citation: planCitation(plan, entry.id, record.permalink, publication.accessed),
    catalogue: catalogue?.ofPlan(entry.id)?.id ?? null,
  };
}

/** plans.json: every plan, in reading order. */
export function planRecords(corpus: Corpus, publication: Publication, catalogue?: Catalogue): PlanRecord[] {
  return corpus.plans.map((entry) => publicPlanRecord(entry, publication, catalogue));
}

/** <plan>.json: one plan and its tasks. */
export function planFile(entry: PlanEntry, publication: Publication, catalogue?: Catalogue): PlanFile {
  return { plan: publicPlanRecord(entry, publication, catalogue), tasks: taskRecords([entry], publication) };
}

/** agencies.json: every registry entry, with how the plans write it and how many tasks it has. */
export function agencyRecords(corpus: Corpus, publication: Publication): AgencyRecord[] {
  return AGENCIES.map((agency) => {
    const mine = corpus.rolesOf(agency.id);
    const sorted = (values: string[]) => [...new Set(values)].sort(vietnameseCollator.compare);
    return {
      id: agency.id,
      name: agency.name,
      short: agency.short ?? null,
      kind: agency.kind,
      en: agencyGloss(agency.id),
      aliases: agency.aliases,
      asWritten: sorted(mine.map((role) => role.asWritten)),
      leadCount: mine.filter((role) => role.role === 'lead').length,
      partnerCount: mine.filter((role) => role.role === 'partner').length,
      provinces: sorted(mine.map((role) => role.province)),
      url: mine.length > 0 ? withBase(publication.base, agencyPath(agency.id)) : null,
      permalink: mine.length > 0 ? permalinkOf(agencyPath(agency.id), publication) : null,
    };
  });
}

/** activity-types.json: every activity type, its definition and theme, and its tasks plan by plan. */
export function activityTypeRecords(corpus: Corpus, publication: Publication): ActivityTypeRecord[] {
  return ACTIVITY_TYPES.map((type) => {
    const group = corpus.activityGroup(type.id);
    const shown = group.tasks.length > 0;
    return {
      id: type.id,
      label: type.label,
      en: type.en,
      description: type.description,
      theme: type.theme,
      themeLabel: THEME_VOCABULARY.label(type.theme),
      taskCount: group.tasks.length,
      plans: group.plans.map(({ entry, tasks }) => ({
        plan: entry.id,
        province: entry.data.plan.province,
        tasks: tasks.map((task) => taskId(entry.id, task.ref)),
      })),
      url: shown ? withBase(publication.base, activityTypePath(type.id)) : null,
      permalink: shown ? permalinkOf(activityTypePath(type.id), publication) : null,
    };
  });
}

/** documents.json: the cited-document graph. */
export function documentRecords(corpus: Corpus, publication: Publication, catalogue?: Catalogue): DocumentRecord[] {
  return corpus.documents.map(({ slug, ...doc }) => ({
    id: slug,
    ...doc,
    url: withBase(publication.base, documentPath(slug)),
    permalink: permalinkOf(documentPath(slug), publication),
    catalogue: catalogue?.ofCitedDocument(slug)?.id ?? null,
  }));
}

/** catalogue.json: every known provincial document, with its links to the site's plans and cited-document pages. */
export function catalogueRecords(catalogue: Catalogue, { base }: Publication): CatalogueRecord[] {
  return catalogue.documents.map((doc) => {
    const { data } = doc;
    return {
      id: doc.id,
      title: data.title,
      label: data.label,
      province: data.province,
      provinceSlug: provinceSlug(doc.provinceName),
      provinceSince2025: doc.province?.unit.name ?? null,
      kind: data.kind,
      number: data.number,
      date: data.date,
      period: data.period,
      periodLabel: data.periodLabel ?? null,
      signer: data.signer,
      relation: data.relation,
      confidence: data.confidence,
      weakSource: CONFIDENCE_LEVELS.get(data.confidence).weak,
      source: data.source,
      evidence: data.evidence,
      conflicts: data.conflicts.map((conflict) => ({
        ...conflict,
        claims: conflict.claims.map((claim) => ({ ...claim, url: claim.url ?? null })),
      })),
      plan: doc.plan,
      planUrl: doc.plan ? withBase(base, planPath(doc.plan)) : null,
      document: doc.document,
      derived: doc.derived,
      url: withBase(base, knownDocumentHref(doc)),
    };
  });
}

/** provinces.json: the 63 provinces before 1 July 2025, each with its unit since and what is known of it. */
export function provinceRecords(catalogue: Catalogue, { base }: Publication): ProvinceRecord[] {
  return catalogue.provinces.map(({ province, coverage, documents, plans, name }) => ({
    name: province!.name,
    short: name,
    slug: province!.slug,
    kind: province!.kind,
    since2025: { name: province!.unit.name, kind: province!.unit.kind, from: [...province!.unit.from] },
    coverage,
    documents: documents.map((doc) => doc.id),
    plans: plans.map((plan) => plan.id),
    url: coverage === 'none' ? null : withBase(base, provincePath(name)),
  }));
}

/** JSON as published: two-space indented, UTF-8. */
export const toJson = (value: unknown) => JSON.stringify(value, null, 2);

/** One downloadable file: its path under /data/, what it holds, its body. */
export interface Download {
  path: string;
  format: 'JSON' | 'CSV' | 'JSON Schema';
  body: string;
  /** The schema a JSON file follows, when it has one. */
  schema?: PublicSchemaName;
}

/** Every file of /data/, in the order /du-lieu/ lists them; the endpoints serve these bodies. */
export function downloads(catalogue: Catalogue, publication: Publication): Download[] {
  const { corpus } = catalogue;
  const tasks: TaskRecord[] = taskRecords(corpus.plans, publication);
  const known = catalogueRecords(catalogue, publication);
  const files: Download[] = [
    { path: '/data/tasks.json', format: 'JSON', body: toJson(tasks), schema: 'tasks' },
    { path: '/data/tasks.csv', format: 'CSV', body: tasksCsv(tasks, jsonSchemaOf('tasks')) },
    {
      path: '/data/plans.json',
      format: 'JSON',
      body: toJson(planRecords(corpus, publication, catalogue)),
      schema: 'plans',
    },
    {
      path: '/data/agencies.json',
      format: 'JSON',
      body: toJson(agencyRecords(corpus, publication)),
      schema: 'agencies',
    },
    {
      path: '/data/activity-types.json',
      format: 'JSON',
      body: toJson(activityTypeRecords(corpus, publication)),
      schema: 'activity-types',
    },
    {
      path: '/data/documents.json',
      format: 'JSON',
      body: toJson(documentRecords(corpus, publication, catalogue)),
      schema: 'documents',
    },
    { path: '/data/catalogue.json', format: 'JSON', body: toJson(known), schema: 'catalogue' },
    { path: '/data/catalogue.csv', format: 'CSV', body: recordsCsv(known, jsonSchemaOf('catalogue')) },
    {
      path: '/data/provinces.json',
      format: 'JSON',
      body: toJson(provinceRecords(catalogue, publication)),
      schema: 'provinces',
    },
    ...corpus.plans.map((entry): Download => ({
      path: `/data/${entry.id}.json`,
      format: 'JSON',
      body: toJson(planFile(entry, publication, catalogue)),
      schema: 'plan',
    })),
  ];
  const schemas = (
    ['tasks', 'plans', 'plan', 'agencies', 'activity-types', 'documents', 'catalogue', 'provinces'] as const
  ).map((name): Download => ({
    path: schemaPath(name),
    format: 'JSON Schema',
    body: toJson(jsonSchemaOf(name)),
  }));
  return [...files, ...schemas];
}
