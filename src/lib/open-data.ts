/**
 * The published records: what /data/plans.json, agencies.json, documents.json and each
 * /data/<plan>.json hold, built from the validated content. The shapes are the zod schemas of
 * src/schemas/public-data.ts; pages and endpoints only serialise what these functions return.
 */
import type { AgencyRecord, DocumentRecord, PlanFile, PlanRecord, TaskRecord } from '../schemas/public-data.ts';
import { jsonSchemaOf, type PublicSchemaName } from '../schemas/public-data.ts';
import { AGENCIES } from './agencies.ts';
import { administrativeContext } from './admin-context.ts';
import { permalink, planCitation } from './citation.ts';
import { citedDocuments, documentPath, documentSlug } from './legal.ts';
import { agencyPath, agencyRoles, planRecord, sortPlans, taskRecords, withBase, type PlanEntry } from './plans.ts';
import { tasksCsv } from './tasks-csv.ts';
import { vietnameseCollator } from './vietnamese.ts';

/** Where the files are published: the deployment base ("/" or "/sub/") and the site's address, if known. */
export interface Publication {
  base: string;
  site?: URL | string | null;
}

/** A plan's public record: its metadata with document links, administrative context and citation. */
export function publicPlanRecord(entry: PlanEntry, { base, site }: Publication): PlanRecord {
  const { plan } = entry.data;
  const record = planRecord(entry, base);
  return {
    ...record,
    legalBases: plan.legalBases.map((basis) => {
      const document = documentSlug(basis, plan.province);
      return { ...basis, document, documentUrl: withBase(base, documentPath(document)) };
    }),
    sources: plan.sources.map((source) => ({ ...source, url: withBase(base, sourcePath(source.file)) })),
    administrativeContext: administrativeContext(plan.province),
    citation: planCitation(plan, entry.id, permalink(record.url, site)),
  };
}

/** The page of a raw source file: "sources/000_x.txt" → "/nguon/000_x.txt". */
export const sourcePath = (file: string) => `/nguon/${file.replace(/^sources\//, '')}`;

/** plans.json: every plan, in reading order. */
export function planRecords(entries: PlanEntry[], publication: Publication): PlanRecord[] {
  return sortPlans(entries).map((entry) => publicPlanRecord(entry, publication));
}

/** <plan>.json: one plan and its tasks. */
export function planFile(entries: PlanEntry[], id: string, publication: Publication): PlanFile {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`Không có kế hoạch "${id}"`);
  return { plan: publicPlanRecord(entry, publication), tasks: taskRecords([entry], publication.base) };
}

/** agencies.json: every registry entry, with how the plans write it and how many tasks it has. */
export function agencyRecords(entries: PlanEntry[], { base }: Publication): AgencyRecord[] {
  const roles = agencyRoles(entries);
  return AGENCIES.map((agency) => {
    const mine = roles.filter((role) => role.agency === agency.id);
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
      url: mine.length > 0 ? withBase(base, agencyPath(agency.id)) : null,
    };
  });
}

/** documents.json: the cited-document graph. */
export function documentRecords(entries: PlanEntry[], { base }: Publication): DocumentRecord[] {
  return citedDocuments(entries).map(({ slug, ...doc }) => ({
    id: slug,
    ...doc,
    url: withBase(base, documentPath(slug)),
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
export function downloads(entries: PlanEntry[], publication: Publication): Download[] {
  const tasks: TaskRecord[] = taskRecords(entries, publication.base);
  const files: Download[] = [
    { path: '/data/tasks.json', format: 'JSON', body: toJson(tasks), schema: 'tasks' },
    { path: '/data/tasks.csv', format: 'CSV', body: tasksCsv(tasks, jsonSchemaOf('tasks')) },
    { path: '/data/plans.json', format: 'JSON', body: toJson(planRecords(entries, publication)), schema: 'plans' },
    {
      path: '/data/agencies.json',
      format: 'JSON',
      body: toJson(agencyRecords(entries, publication)),
      schema: 'agencies',
    },
    {
      path: '/data/documents.json',
      format: 'JSON',
      body: toJson(documentRecords(entries, publication)),
      schema: 'documents',
    },
    ...sortPlans(entries).map((entry): Download => ({
      path: `/data/${entry.id}.json`,
      format: 'JSON',
      body: toJson(planFile(entries, entry.id, publication)),
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

/** Where the JSON Schema of a file kind is published. */
export const schemaPath = (name: PublicSchemaName) => `/data/${name}.schema.json`;
