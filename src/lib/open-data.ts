/**
 * The published records: what /data/plans.json, agencies.json, documents.json and each
 * /data/<plan>.json hold, built from the validated content. The shapes are the zod schemas of
 * src/schemas/public-data.ts; pages and endpoints only serialise what these functions return.
 */
import type { AgencyRecord, DocumentRecord, PlanFile, PlanRecord, TaskRecord } from '../schemas/public-data.ts';
import { jsonSchemaOf, type PublicSchemaName } from '../schemas/public-data.ts';
import { AGENCIES } from './agencies.ts';
import { administrativeContext } from './admin-context.ts';
import { planCitation } from './citation.ts';
import type { Corpus } from './corpus.ts';
import { documentSlug } from './legal.ts';
import { agencyPath, documentPath, permalinkOf, schemaPath, sourcePath, withBase, type Publication } from './paths.ts';
import { planRecord, taskRecords, type PlanEntry } from './plans.ts';
import { tasksCsv } from './tasks-csv.ts';
import { vietnameseCollator } from './vietnamese.ts';

/** A plan's public record: its metadata with document links, administrative context and citation. */
export function publicPlanRecord(entry: PlanEntry, publication: Publication): PlanRecord {
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
  };
}

/** plans.json: every plan, in reading order. */
export function planRecords(corpus: Corpus, publication: Publication): PlanRecord[] {
  return corpus.plans.map((entry) => publicPlanRecord(entry, publication));
}

/** <plan>.json: one plan and its tasks. */
export function planFile(entry: PlanEntry, publication: Publication): PlanFile {
  return { plan: publicPlanRecord(entry, publication), tasks: taskRecords([entry], publication) };
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
      en: agency.en,
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

/** documents.json: the cited-document graph. */
export function documentRecords(corpus: Corpus, publication: Publication): DocumentRecord[] {
  return corpus.documents.map(({ slug, ...doc }) => ({
    id: slug,
    ...doc,
    url: withBase(publication.base, documentPath(slug)),
    permalink: permalinkOf(documentPath(slug), publication),
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
export function downloads(corpus: Corpus, publication: Publication): Download[] {
  const tasks: TaskRecord[] = taskRecords(corpus.plans, publication);
  const files: Download[] = [
    { path: '/data/tasks.json', format: 'JSON', body: toJson(tasks), schema: 'tasks' },
    { path: '/data/tasks.csv', format: 'CSV', body: tasksCsv(tasks, jsonSchemaOf('tasks')) },
    { path: '/data/plans.json', format: 'JSON', body: toJson(planRecords(corpus, publication)), schema: 'plans' },
    {
      path: '/data/agencies.json',
      format: 'JSON',
      body: toJson(agencyRecords(corpus, publication)),
      schema: 'agencies',
    },
    {
      path: '/data/documents.json',
      format: 'JSON',
      body: toJson(documentRecords(corpus, publication)),
      schema: 'documents',
    },
    ...corpus.plans.map((entry): Download => ({
      path: `/data/${entry.id}.json`,
      format: 'JSON',
      body: toJson(planFile(entry, publication)),
      schema: 'plan',
    })),
  ];
  const schemas = (['tasks', 'plans', 'plan', 'agencies', 'documents'] as const).map((name): Download => ({
    path: schemaPath(name),
    format: 'JSON Schema',
    body: toJson(jsonSchemaOf(name)),
  }));
  return [...files, ...schemas];
}
